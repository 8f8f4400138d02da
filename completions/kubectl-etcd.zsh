#compdef kubectl-etcd

autoload -U is-at-least

_kubectl-etcd() {
    typeset -A opt_args
    typeset -a _arguments_options
    local ret=1

    if is-at-least 5.2; then
        _arguments_options=(-s -S -C)
    else
        _arguments_options=(-s -C)
    fi

    local context curcontext="$curcontext" state line
    _arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_kubectl-etcd_commands" \
"*::: :->kubectl-etcd" \
&& ret=0
    case $state in
    (kubectl-etcd)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'--limit=[Maximum number of results (0 = no limit)]:LIMIT:_default' \
'--rev=[Read at this revision (0 = latest)]:REV:_default' \
'--sort-by=[Sort by this field]:SORT_BY:(CREATE KEY MODIFY VALUE VERSION)' \
'--order=[Sort order (defaults to ascend when --sort-by is given)]:ORDER:(ASCEND DESCEND)' \
'--snapshot=[Read from a snapshot file instead of a live server (offline; nothing is contacted)]:FILE:_files' \
'-n+[Namespace for kubectl-style addressing (\`get deployment web -n prod\`; default\: default)]:NS:_default' \
'--namespace=[Namespace for kubectl-style addressing (\`get deployment web -n prod\`; default\: default)]:NS:_default' \
'-l+[Label selector (\`app=web,tier!=db,env\`); values are decoded to apply it]:SELECTOR:_default' \
'--selector=[Label selector (\`app=web,tier!=db,env\`); values are decoded to apply it]:SELECTOR:_default' \
'--etcd-prefix=[Where kube-apiserver keeps its objects (its --etcd-prefix)]:PREFIX:_default' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'(--from-key)--prefix[Get all keys with this prefix]' \
'()--from-key[Get keys that are greater than or equal to the key (byte order)]' \
'(--count-only)--keys-only[Print keys without values]' \
'--print-value-only[Print only values (simple output)]' \
'--count-only[Print only the number of keys]' \
'(--raw)--decode[Show values as the Kubernetes objects kube-apiserver stored in simple output (the default on a terminal); \`-o json|yaml\` always shows objects]' \
'--raw[Print stored bytes untouched, as etcdctl does (default when piped; not with -o)]' \
'(-n --namespace)-A[Every namespace, for kubectl-style addressing (\`get secrets -A\`)]' \
'(-n --namespace)--all-namespaces[Every namespace, for kubectl-style addressing (\`get secrets -A\`)]' \
'--show-managed-fields[Keep metadata.managedFields in decoded objects (hidden by default, as kubectl does)]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':key_arg -- Key (or start of the range), or a kubectl resource type (`deployment`, `deploy/web`):_default' \
'::range_end -- End of the range \[key, range_end), or the object'\''s name after a resource type:_default' \
&& ret=0
;;
(put)
_arguments "${_arguments_options[@]}" : \
'--lease=[Attach the key to this lease (hex ID)]:HEX_ID:_default' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--prev-kv[Print the previous key-value]' \
'--ignore-value[Keep the current value (update the lease only)]' \
'--ignore-lease[Keep the current lease]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':key_arg:_default' \
'::value -- Value; read from stdin when omitted:_default' \
&& ret=0
;;
(del)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'(--from-key)--prefix[Delete all keys with this prefix]' \
'()--from-key[Delete keys greater than or equal to the key]' \
'--prev-kv[Print the deleted key-values]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':key_arg:_default' \
'::range_end:_default' \
&& ret=0
;;
(watch)
_arguments "${_arguments_options[@]}" : \
'--rev=[Start watching at this revision (replays history since then)]:REV:_default' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'()--prefix[Watch all keys with this prefix]' \
'--prev-kv[Print the previous key-value with each event]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':key_arg:_default' \
'::range_end:_default' \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(endpoint)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_kubectl-etcd__subcmd__endpoint_commands" \
"*::: :->endpoint" \
&& ret=0

    case $state in
    (endpoint)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-endpoint-command-$line[1]:"
        case $line[1] in
            (health)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(hashkv)
_arguments "${_arguments_options[@]}" : \
'--rev=[Revision to hash up to (0 = each endpoint'\''s latest, as etcdctl; when hashes then differ, they are compared again at one common revision before a member is flagged)]:REV:_default' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kubectl-etcd__subcmd__endpoint__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-endpoint-help-command-$line[1]:"
        case $line[1] in
            (health)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(hashkv)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(member)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_kubectl-etcd__subcmd__member_commands" \
"*::: :->member" \
&& ret=0

    case $state in
    (member)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-member-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
'*--peer-urls=[The new member'\''s peer URLs (comma list)]:URLS:_default' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--learner[Add as a learner (non-voting until promoted)]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':name -- The new member'\''s name (its --name):_default' \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--force[With --node\: remove it even though the node is Ready]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::member_ref -- Member ID (hex) or name; omit with --node:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--peer-urls=[The member'\''s new peer URLs (comma list)]:URLS:_default' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':member_ref -- Member ID (hex) or name:_default' \
&& ret=0
;;
(promote)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':member_ref -- Member ID (hex, as `member list` prints it) or name:_default' \
&& ret=0
;;
(resync)
_arguments "${_arguments_options[@]}" : \
'--timeout=[How long the rebuilt member may take to catch up and the cluster to become healthy]:DURATION:_default' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--dry-run[Print the plan (steps, manifest diff) and stop]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':resync_node -- The node whose etcd member to rebuild:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kubectl-etcd__subcmd__member__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-member-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(promote)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(resync)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(move-leader)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':member_ref -- Member ID (hex, as `member list` prints it) or name:_default' \
&& ret=0
;;
(defrag)
_arguments "${_arguments_options[@]}" : \
'--rule=[Only members for which this is true. Variables\: dbSize, dbSizeInUse, dbSizeFree (bytes), dbQuota (bytes), dbQuotaUsage (dbSize/dbQuota); operators + - * / % < <= > >= == != && || !]:EXPR:_default' \
'--wait-between=[Pause between members (Go durations\: 10s, 1m)]:DURATION:_default' \
'--quota-backend-bytes=[The members'\'' quota when neither their pod spec nor etcd (< 3.6) says it (default\: etcd'\''s 2 GiB)]:BYTES:_default' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--compact[First compact the history at the current revision (kube-apiserver compacts every 5 minutes by itself, so this rarely frees more than a few minutes of history)]' \
'--dry-run[Print the plan and stop]' \
'--skip-health[Go on even if a member is unhealthy (an active NOSPACE alarm never blocks\: defrag is its cure)]' \
'--no-move-leader[Defragment the leader without moving leadership to a defragmented follower first]' \
'--disarm[Afterwards, disarm NOSPACE if every member is below 80% of its quota]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(alarm)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_kubectl-etcd__subcmd__alarm_commands" \
"*::: :->alarm" \
&& ret=0

    case $state in
    (alarm)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-alarm-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(disarm)
_arguments "${_arguments_options[@]}" : \
'--quota-backend-bytes=[The members'\'' quota when neither their pod spec nor etcd (< 3.6) says it (default\: etcd'\''s 2 GiB)]:BYTES:_default' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--force[Disarm NOSPACE even when a member is still above its quota (it comes back at the next write)]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kubectl-etcd__subcmd__alarm__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-alarm-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(disarm)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(compaction)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--physical[Wait until the compacted revisions are physically removed]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':revision -- Revision to compact up to (exclusive of newer history):_default' \
&& ret=0
;;
(lease)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_kubectl-etcd__subcmd__lease_commands" \
"*::: :->lease" \
&& ret=0

    case $state in
    (lease)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-lease-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(timetolive)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--keys[Also list the keys attached to the lease]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':id -- Lease ID in hex, as `lease list` prints it:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kubectl-etcd__subcmd__lease__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-lease-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(timetolive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(check)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_kubectl-etcd__subcmd__check_commands" \
"*::: :->check" \
&& ret=0

    case $state in
    (check)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-check-command-$line[1]:"
        case $line[1] in
            (perf)
_arguments "${_arguments_options[@]}" : \
'--load=[Workload size]:LOAD:((s\:"150 writes/s, 50 clients"
m\:"1000 writes/s, 200 clients"
l\:"8000 writes/s, 500 clients"
xl\:"15000 writes/s, 1000 clients"))' \
'--prefix=[Where the test keys go (must be empty)]:PREFIX:_default' \
'--duration=[How long to write (etcdctl\: always 60s)]:DURATION:_default' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--auto-compact[Compact after the run (at the revision of the deletion)]' \
'--auto-defrag[Defragment every endpoint after the run]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kubectl-etcd__subcmd__check__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-check-help-command-$line[1]:"
        case $line[1] in
            (perf)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(snapshot)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_kubectl-etcd__subcmd__snapshot_commands" \
"*::: :->snapshot" \
&& ret=0

    case $state in
    (snapshot)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-snapshot-command-$line[1]:"
        case $line[1] in
            (save)
_arguments "${_arguments_options[@]}" : \
'*--encrypt-to=[Encrypt to this age recipient (age1…; repeatable). Nothing unencrypted is written]:RECIPIENT:_default' \
'*--recipients-file=[Encrypt to the recipients in this file (one age1… per line; repeatable)]:FILE:_files' \
'--name=[Cluster name in default file names (default\: the kubeconfig'\''s cluster, else \`etcd\`)]:NAME:_default' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--force[Replace FILE if it exists]' \
'--compress[Compress with zstd (adds \`.zst\` to default names)]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':file -- Destination\: a file, `-` for stdout, a folder ending in `/`, or a URL (s3\://BUCKET/PREFIX/, gs\://…, azblob\://CONTAINER/…, file\://…). A folder gets a name `<cluster>-<UTC time>-rev<revision>.db\[.zst\]\[.age\]`:_files' \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':file:_files' \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--skip-hash-check[Accept a file without the SHA-256 trailer (a \`member/snap/db\` copied from a data dir)]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':file:_files' \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
'--data-dir=[Data directory to restore into on each node (default\: /var/lib/etcd-restore-<UTC time> beside the current one). Must not exist yet]:DIR:_files' \
'--timeout=[How long etcd may take to become healthy before the restore is rolled back]:DURATION:_default' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--dry-run[Print the plan (nodes, data dir, manifest diff) and stop]' \
'(--data-dir)--rollback[Put back the manifest saved by the last restore (and wait for etcd)]' \
'--restart-control-plane[Afterwards, restart kube-apiserver, kube-controller-manager and kube-scheduler (static pods) so that none keeps state from before the restore]' \
'--force[Allow restoring only some members of a multi-member cluster (with --member/--node)]' \
'--skip-hash-check[Restore a file without SHA-256 trailer (a member/snap/db copy)]' \
'(--data-dir --rollback --dry-run)--status[Print what the last restore or rollback left on each node (read from the files its watchdog wrote beside the manifest backup) and remove the pods it left behind]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::file -- The snapshot to restore (not needed with --rollback or --status):_files' \
&& ret=0
;;
(extract)
_arguments "${_arguments_options[@]}" : \
'-n+[Namespace of the objects (default\: default)]:NS:_default' \
'--namespace=[Namespace of the objects (default\: default)]:NS:_default' \
'-l+[Only objects with these labels]:SELECTOR:_default' \
'--selector=[Only objects with these labels]:SELECTOR:_default' \
'--etcd-prefix=[kube-apiserver'\''s --etcd-prefix]:PREFIX:_default' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--all[Every object of the namespace (with -n), or of the whole backup]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':file:_files' \
'*::objects -- Objects\: TYPE/NAME (several), TYPE NAME…, or TYPE (every object of that type):_default' \
&& ret=0
;;
(diff)
_arguments "${_arguments_options[@]}" : \
'-n+[Namespace of the objects (default\: default)]:NS:_default' \
'--namespace=[Namespace of the objects (default\: default)]:NS:_default' \
'--against=[Compare with this backup instead of the live cluster (FILE is the older one)]:FILE2:_files' \
'--etcd-prefix=[kube-apiserver'\''s --etcd-prefix]:PREFIX:_default' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--all[Include events and leases, which change all the time]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':file:_files' \
'*::objects -- Only these objects (TYPE/NAME, TYPE NAME…, or TYPE), each with a field-level diff of its YAML:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':location -- A folder or URL prefix (s3\://BUCKET/PREFIX/, gs\://…, azblob\://…, a local directory):_files' \
&& ret=0
;;
(prune)
_arguments "${_arguments_options[@]}" : \
'--keep-last=[Keep the N newest backups]:N:_default' \
'--keep-hourly=[Keep the newest backup of each of the last N hours that have one]:N:_default' \
'--keep-daily=[Keep the newest backup of each of the last N days that have one]:N:_default' \
'--keep-weekly=[Keep the newest backup of each of the last N weeks (Monday to Sunday) that have one]:N:_default' \
'--keep-monthly=[Keep the newest backup of each of the last N months that have one]:N:_default' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':location -- A folder or URL prefix, as for `snapshot list`:_files' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kubectl-etcd__subcmd__snapshot__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-snapshot-help-command-$line[1]:"
        case $line[1] in
            (save)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(extract)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(diff)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(prune)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(backup)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_kubectl-etcd__subcmd__backup_commands" \
"*::: :->backup" \
&& ret=0

    case $state in
    (backup)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-backup-command-$line[1]:"
        case $line[1] in
            (schedule)
_arguments "${_arguments_options[@]}" : \
'--to=[Destination folder\: s3\://BUCKET/PREFIX/, gs\://…, azblob\://CONTAINER/…]:URL:_default' \
'--every=[When\: a shorthand (30m, 6h, 12h, 1d), a macro (@hourly, @daily, @weekly) or cron syntax ("0 */12 * * *", UTC on kubeadm)]:SCHEDULE:_default' \
'--keep-last=[Keep the N newest backups]:N:_default' \
'--keep-hourly=[Keep the newest backup of each of the last N hours that have one]:N:_default' \
'--keep-daily=[Keep the newest backup of each of the last N days that have one]:N:_default' \
'--keep-weekly=[Keep the newest backup of each of the last N weeks that have one]:N:_default' \
'--keep-monthly=[Keep the newest backup of each of the last N months that have one]:N:_default' \
'*--encrypt-to=[Encrypt to this age recipient (age1…; repeatable). Only public keys go into the cluster]:RECIPIENT:_default' \
'*--recipients-file=[Encrypt to the recipients in this file (one age1… per line)]:FILE:_files' \
'--credentials-secret=[Use an existing Secret in the etcd namespace; its keys become the job'\''s environment (e.g. AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION)]:NAME:_default' \
'--image=[Image to run (default\: this release'\''s image; set it for a mirror or an air-gapped registry)]:REF:_default' \
'--name=[Name of the schedule (the CronJob'\''s name)]:NAME:_default' \
'--cluster-name=[Cluster name in backup file names (default\: the kubeconfig'\''s cluster)]:NAME:_default' \
'--deadline=[How long one backup may run before it is stopped]:DURATION:_default' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--compress[Compress with zstd]' \
'(--credentials-secret)--credentials-from-env[Put the destination credentials found in this shell (AWS_*, GOOGLE_*, AZURE_*) into a Secret that the schedule owns]' \
'--dry-run[Print the objects that would be created (Secret values redacted) and create nothing]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::name -- One schedule (default\: all):_default' \
&& ret=0
;;
(unschedule)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':name -- The schedule to remove:_default' \
&& ret=0
;;
(run)
_arguments "${_arguments_options[@]}" : \
'--to=[Destination folder]:URL:_default' \
'--cluster-name=[Cluster name in backup file names]:NAME:_default' \
'--keep-last=[Keep the N newest backups]:N:_default' \
'--keep-hourly=[Keep the newest backup of each of the last N hours that have one]:N:_default' \
'--keep-daily=[Keep the newest backup of each of the last N days that have one]:N:_default' \
'--keep-weekly=[Keep the newest backup of each of the last N weeks that have one]:N:_default' \
'--keep-monthly=[Keep the newest backup of each of the last N months that have one]:N:_default' \
'*--encrypt-to=[]:RECIPIENT:_default' \
'--termination-log=[Where the one-line result goes (Kubernetes shows it as the container'\''s termination message)]:FILE:_files' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--compress[]' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kubectl-etcd__subcmd__backup__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-backup-help-command-$line[1]:"
        case $line[1] in
            (schedule)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unschedule)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(run)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(version)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(secrets-audit)
_arguments "${_arguments_options[@]}" : \
'--snapshot=[Audit a snapshot file instead of the live cluster]:FILE:_files' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(usage)
_arguments "${_arguments_options[@]}" : \
'--snapshot=[Read a snapshot file instead of the live cluster]:FILE:_files' \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::prefix -- Only keys under this prefix:_default' \
&& ret=0
;;
(completion)
_arguments "${_arguments_options[@]}" : \
'*--endpoints=[Comma-separated etcd client URLs (https\://host\:port). Selects direct mode]:URLS:_default' \
'--cacert=[CA bundle that signed the etcd server certificate (kubeadm\: /etc/kubernetes/pki/etcd/ca.crt)]:FILE:_files' \
'--cert=[Client certificate (kubeadm\: /etc/kubernetes/pki/apiserver-etcd-client.crt)]:FILE:_files' \
'--key=[Private key of the client certificate]:FILE:_files' \
'--dial-timeout=[How long to wait for a connection to an endpoint (Go durations\: 2s, 500ms, 1m)]:DURATION:_default' \
'--command-timeout=[Time limit of each request (snapshot save and watch are exempt unless given explicitly)]:DURATION:_default' \
'-w+[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'--write-out=[etcdctl'\''s output format (simple, json, table, fields); \`-o\` is kubectl'\''s]:WRITE_OUT:((simple\:"Human-readable text, as etcdctl prints it"
json\:"etcdctl'\''s JSON (one document per line; keys and values base64)"
table\:"ASCII table (endpoint, member and snapshot status commands)"
yaml\:"The JSON document as YAML (not etcdctl'\''s; kept for scripts that used it)"
fields\:"etcdctl'\''s \`"Name" \: value\` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)"))' \
'-o+[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--output=[kubectl'\''s output\: the Kubernetes objects as \`kubectl get -o json|yaml\` prints them (one object, or a List). Commands without objects print their own document in this format]:FORMAT:((json\:"As \`kubectl get -o json\`"
yaml\:"As \`kubectl get -o yaml\`"))' \
'--kubeconfig=[Kubeconfig file (cluster mode; default\: KUBECONFIG, then ~/.kube/config)]:FILE:_files' \
'--context=[Kubeconfig context to use]:NAME:_default' \
'--cluster=[Kubeconfig cluster to use. Alone (no value), etcdctl'\''s meaning\: every member'\''s URLs]::NAME:_default' \
'--user=[Kubeconfig user to use]:NAME:_default' \
'--request-timeout=[How long each Kubernetes API request may wait for the server'\''s answer\: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default]:DURATION:_default' \
'--etcd-namespace=[Namespace of the etcd static pods]:NS:_default' \
'--etcd-selector=[Label selector of the etcd static pods]:SELECTOR:_default' \
'*--member=[Only these members (etcd name or pod name; comma list)]:NAME:_default' \
'*--node=[Only the members on these nodes (comma list)]:NODE:_default' \
'--helper-image=[Image of the helper pod that reads etcd'\''s certificates on its node (needs \`cat\`)]:IMAGE:_default' \
'--helper-timeout=[How long to wait for the helper pod to start]:DURATION:_default' \
'--encryption-config=[kube-apiserver'\''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)]:FILE:_files' \
'*--identity=[age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to]:FILE:_files' \
'--insecure-skip-tls-verify[Do not verify the server certificate (encryption only; anyone in the middle can read everything)]' \
'-y[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--yes[Answer yes to every confirmation (asked before writes when stdin is a terminal)]' \
'--direct[Connect to each member'\''s advertised client URL instead of through a port-forward]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':shell:(bash elvish fish powershell zsh)' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kubectl-etcd__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(put)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(del)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(watch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(endpoint)
_arguments "${_arguments_options[@]}" : \
":: :_kubectl-etcd__subcmd__help__subcmd__endpoint_commands" \
"*::: :->endpoint" \
&& ret=0

    case $state in
    (endpoint)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-help-endpoint-command-$line[1]:"
        case $line[1] in
            (health)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(hashkv)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(member)
_arguments "${_arguments_options[@]}" : \
":: :_kubectl-etcd__subcmd__help__subcmd__member_commands" \
"*::: :->member" \
&& ret=0

    case $state in
    (member)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-help-member-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(promote)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(resync)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(move-leader)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(defrag)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(alarm)
_arguments "${_arguments_options[@]}" : \
":: :_kubectl-etcd__subcmd__help__subcmd__alarm_commands" \
"*::: :->alarm" \
&& ret=0

    case $state in
    (alarm)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-help-alarm-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(disarm)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(compaction)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(lease)
_arguments "${_arguments_options[@]}" : \
":: :_kubectl-etcd__subcmd__help__subcmd__lease_commands" \
"*::: :->lease" \
&& ret=0

    case $state in
    (lease)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-help-lease-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(timetolive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(check)
_arguments "${_arguments_options[@]}" : \
":: :_kubectl-etcd__subcmd__help__subcmd__check_commands" \
"*::: :->check" \
&& ret=0

    case $state in
    (check)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-help-check-command-$line[1]:"
        case $line[1] in
            (perf)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(snapshot)
_arguments "${_arguments_options[@]}" : \
":: :_kubectl-etcd__subcmd__help__subcmd__snapshot_commands" \
"*::: :->snapshot" \
&& ret=0

    case $state in
    (snapshot)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-help-snapshot-command-$line[1]:"
        case $line[1] in
            (save)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(extract)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(diff)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(prune)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(backup)
_arguments "${_arguments_options[@]}" : \
":: :_kubectl-etcd__subcmd__help__subcmd__backup_commands" \
"*::: :->backup" \
&& ret=0

    case $state in
    (backup)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kubectl-etcd-help-backup-command-$line[1]:"
        case $line[1] in
            (schedule)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unschedule)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(run)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(version)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(secrets-audit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(usage)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(completion)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
}

(( $+functions[_kubectl-etcd_commands] )) ||
_kubectl-etcd_commands() {
    local commands; commands=(
'get:Get a key or a range of keys' \
'put:Put a key (the value is read from stdin when not given)' \
'del:Delete a key or a range of keys' \
'watch:Watch a key or prefix and print every change until Ctrl-C' \
'status:How is my etcd? One row per member\: version, leader, raft, DB size, alarms, health, server certificate expiry' \
'endpoint:Health and status of endpoints (every member in cluster mode)' \
'member:Cluster membership' \
'move-leader:Transfer leadership to another member (ID in hex, or its name); sent to the current leader' \
'defrag:Defragment each member, followers first and the leader last, after a health check (cluster mode; in direct mode with any of the plan flags); etcdctl'\''s loop otherwise' \
'alarm:List or disarm alarms (NOSPACE, CORRUPT)' \
'compaction:Compact the key history up to a revision (older revisions become unreadable)' \
'lease:Leases\: list them, or what one holds and how long it lives (Kubernetes Events share leases)' \
'check:Check the cluster'\''s performance (etcdctl'\''s \`check perf\`\: writes, then deletes them)' \
'snapshot:Save, check and look inside snapshots (backups)' \
'backup:Back up from inside the cluster on a schedule (a CronJob on a control-plane node), and see how those backups are doing' \
'version:Print the plugin version and, with endpoints, the servers'\'' versions' \
'secrets-audit:Is every Secret encrypted at rest? Lists each Secret'\''s storage (plaintext, or provider and key), online or in a snapshot; exits 1 when any is plaintext' \
'usage:What fills the database\: keys, bytes and the largest object per resource type' \
'completion:Print a shell completion script for \`kubectl-etcd\` (bash, zsh, fish, powershell)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kubectl-etcd commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__alarm_commands] )) ||
_kubectl-etcd__subcmd__alarm_commands() {
    local commands; commands=(
'list:List active alarms' \
'disarm:Disarm every active alarm; NOSPACE only once every member is below 80% of its quota' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kubectl-etcd alarm commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__alarm__subcmd__disarm_commands] )) ||
_kubectl-etcd__subcmd__alarm__subcmd__disarm_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd alarm disarm commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__alarm__subcmd__help_commands] )) ||
_kubectl-etcd__subcmd__alarm__subcmd__help_commands() {
    local commands; commands=(
'list:List active alarms' \
'disarm:Disarm every active alarm; NOSPACE only once every member is below 80% of its quota' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kubectl-etcd alarm help commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__alarm__subcmd__help__subcmd__disarm_commands] )) ||
_kubectl-etcd__subcmd__alarm__subcmd__help__subcmd__disarm_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd alarm help disarm commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__alarm__subcmd__help__subcmd__help_commands] )) ||
_kubectl-etcd__subcmd__alarm__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd alarm help help commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__alarm__subcmd__help__subcmd__list_commands] )) ||
_kubectl-etcd__subcmd__alarm__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd alarm help list commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__alarm__subcmd__list_commands] )) ||
_kubectl-etcd__subcmd__alarm__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd alarm list commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__backup_commands] )) ||
_kubectl-etcd__subcmd__backup_commands() {
    local commands; commands=(
'schedule:Back up etcd on a schedule from inside the cluster\: a CronJob in the etcd namespace that runs kubectl-etcd on a control-plane node, saves from the local member to URL and prunes. Running it again with the same --name updates the schedule' \
'status:Each schedule\: when it last succeeded and failed (with the reason), and how old the newest backup at its destination is' \
'unschedule:Remove a schedule\: its CronJob, Jobs and pods, and the credentials Secret if \`backup schedule --credentials-from-env\` created it' \
'run:What the schedule'\''s pod runs\: save from the member given by --endpoints to URL, then prune; writes a one-line result to the termination log' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kubectl-etcd backup commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__backup__subcmd__help_commands] )) ||
_kubectl-etcd__subcmd__backup__subcmd__help_commands() {
    local commands; commands=(
'schedule:Back up etcd on a schedule from inside the cluster\: a CronJob in the etcd namespace that runs kubectl-etcd on a control-plane node, saves from the local member to URL and prunes. Running it again with the same --name updates the schedule' \
'status:Each schedule\: when it last succeeded and failed (with the reason), and how old the newest backup at its destination is' \
'unschedule:Remove a schedule\: its CronJob, Jobs and pods, and the credentials Secret if \`backup schedule --credentials-from-env\` created it' \
'run:What the schedule'\''s pod runs\: save from the member given by --endpoints to URL, then prune; writes a one-line result to the termination log' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kubectl-etcd backup help commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__backup__subcmd__help__subcmd__help_commands] )) ||
_kubectl-etcd__subcmd__backup__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd backup help help commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__backup__subcmd__help__subcmd__run_commands] )) ||
_kubectl-etcd__subcmd__backup__subcmd__help__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd backup help run commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__backup__subcmd__help__subcmd__schedule_commands] )) ||
_kubectl-etcd__subcmd__backup__subcmd__help__subcmd__schedule_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd backup help schedule commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__backup__subcmd__help__subcmd__status_commands] )) ||
_kubectl-etcd__subcmd__backup__subcmd__help__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd backup help status commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__backup__subcmd__help__subcmd__unschedule_commands] )) ||
_kubectl-etcd__subcmd__backup__subcmd__help__subcmd__unschedule_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd backup help unschedule commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__backup__subcmd__run_commands] )) ||
_kubectl-etcd__subcmd__backup__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd backup run commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__backup__subcmd__schedule_commands] )) ||
_kubectl-etcd__subcmd__backup__subcmd__schedule_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd backup schedule commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__backup__subcmd__status_commands] )) ||
_kubectl-etcd__subcmd__backup__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd backup status commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__backup__subcmd__unschedule_commands] )) ||
_kubectl-etcd__subcmd__backup__subcmd__unschedule_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd backup unschedule commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__check_commands] )) ||
_kubectl-etcd__subcmd__check_commands() {
    local commands; commands=(
'perf:Write load for 60 s and judge it by etcdctl'\''s criteria\: throughput above 90% of the target, slowest write at most 0.5 s, standard deviation at most 0.1 s, no errors' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kubectl-etcd check commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__check__subcmd__help_commands] )) ||
_kubectl-etcd__subcmd__check__subcmd__help_commands() {
    local commands; commands=(
'perf:Write load for 60 s and judge it by etcdctl'\''s criteria\: throughput above 90% of the target, slowest write at most 0.5 s, standard deviation at most 0.1 s, no errors' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kubectl-etcd check help commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__check__subcmd__help__subcmd__help_commands] )) ||
_kubectl-etcd__subcmd__check__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd check help help commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__check__subcmd__help__subcmd__perf_commands] )) ||
_kubectl-etcd__subcmd__check__subcmd__help__subcmd__perf_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd check help perf commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__check__subcmd__perf_commands] )) ||
_kubectl-etcd__subcmd__check__subcmd__perf_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd check perf commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__compaction_commands] )) ||
_kubectl-etcd__subcmd__compaction_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd compaction commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__completion_commands] )) ||
_kubectl-etcd__subcmd__completion_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd completion commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__defrag_commands] )) ||
_kubectl-etcd__subcmd__defrag_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd defrag commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__del_commands] )) ||
_kubectl-etcd__subcmd__del_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd del commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__endpoint_commands] )) ||
_kubectl-etcd__subcmd__endpoint_commands() {
    local commands; commands=(
'health:Check that each endpoint commits a proposal (and has no alarm)' \
'status:Version, DB size, leader and raft position of each endpoint' \
'hashkv:Hash of each endpoint'\''s key-value store at one revision; flags a member whose hash differs from the others'\''' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kubectl-etcd endpoint commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__endpoint__subcmd__hashkv_commands] )) ||
_kubectl-etcd__subcmd__endpoint__subcmd__hashkv_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd endpoint hashkv commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__endpoint__subcmd__health_commands] )) ||
_kubectl-etcd__subcmd__endpoint__subcmd__health_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd endpoint health commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__endpoint__subcmd__help_commands] )) ||
_kubectl-etcd__subcmd__endpoint__subcmd__help_commands() {
    local commands; commands=(
'health:Check that each endpoint commits a proposal (and has no alarm)' \
'status:Version, DB size, leader and raft position of each endpoint' \
'hashkv:Hash of each endpoint'\''s key-value store at one revision; flags a member whose hash differs from the others'\''' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kubectl-etcd endpoint help commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__endpoint__subcmd__help__subcmd__hashkv_commands] )) ||
_kubectl-etcd__subcmd__endpoint__subcmd__help__subcmd__hashkv_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd endpoint help hashkv commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__endpoint__subcmd__help__subcmd__health_commands] )) ||
_kubectl-etcd__subcmd__endpoint__subcmd__help__subcmd__health_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd endpoint help health commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__endpoint__subcmd__help__subcmd__help_commands] )) ||
_kubectl-etcd__subcmd__endpoint__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd endpoint help help commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__endpoint__subcmd__help__subcmd__status_commands] )) ||
_kubectl-etcd__subcmd__endpoint__subcmd__help__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd endpoint help status commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__endpoint__subcmd__status_commands] )) ||
_kubectl-etcd__subcmd__endpoint__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd endpoint status commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__get_commands] )) ||
_kubectl-etcd__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd get commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help_commands] )) ||
_kubectl-etcd__subcmd__help_commands() {
    local commands; commands=(
'get:Get a key or a range of keys' \
'put:Put a key (the value is read from stdin when not given)' \
'del:Delete a key or a range of keys' \
'watch:Watch a key or prefix and print every change until Ctrl-C' \
'status:How is my etcd? One row per member\: version, leader, raft, DB size, alarms, health, server certificate expiry' \
'endpoint:Health and status of endpoints (every member in cluster mode)' \
'member:Cluster membership' \
'move-leader:Transfer leadership to another member (ID in hex, or its name); sent to the current leader' \
'defrag:Defragment each member, followers first and the leader last, after a health check (cluster mode; in direct mode with any of the plan flags); etcdctl'\''s loop otherwise' \
'alarm:List or disarm alarms (NOSPACE, CORRUPT)' \
'compaction:Compact the key history up to a revision (older revisions become unreadable)' \
'lease:Leases\: list them, or what one holds and how long it lives (Kubernetes Events share leases)' \
'check:Check the cluster'\''s performance (etcdctl'\''s \`check perf\`\: writes, then deletes them)' \
'snapshot:Save, check and look inside snapshots (backups)' \
'backup:Back up from inside the cluster on a schedule (a CronJob on a control-plane node), and see how those backups are doing' \
'version:Print the plugin version and, with endpoints, the servers'\'' versions' \
'secrets-audit:Is every Secret encrypted at rest? Lists each Secret'\''s storage (plaintext, or provider and key), online or in a snapshot; exits 1 when any is plaintext' \
'usage:What fills the database\: keys, bytes and the largest object per resource type' \
'completion:Print a shell completion script for \`kubectl-etcd\` (bash, zsh, fish, powershell)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kubectl-etcd help commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__alarm_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__alarm_commands() {
    local commands; commands=(
'list:List active alarms' \
'disarm:Disarm every active alarm; NOSPACE only once every member is below 80% of its quota' \
    )
    _describe -t commands 'kubectl-etcd help alarm commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__alarm__subcmd__disarm_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__alarm__subcmd__disarm_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help alarm disarm commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__alarm__subcmd__list_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__alarm__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help alarm list commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__backup_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__backup_commands() {
    local commands; commands=(
'schedule:Back up etcd on a schedule from inside the cluster\: a CronJob in the etcd namespace that runs kubectl-etcd on a control-plane node, saves from the local member to URL and prunes. Running it again with the same --name updates the schedule' \
'status:Each schedule\: when it last succeeded and failed (with the reason), and how old the newest backup at its destination is' \
'unschedule:Remove a schedule\: its CronJob, Jobs and pods, and the credentials Secret if \`backup schedule --credentials-from-env\` created it' \
'run:What the schedule'\''s pod runs\: save from the member given by --endpoints to URL, then prune; writes a one-line result to the termination log' \
    )
    _describe -t commands 'kubectl-etcd help backup commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__backup__subcmd__run_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__backup__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help backup run commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__backup__subcmd__schedule_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__backup__subcmd__schedule_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help backup schedule commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__backup__subcmd__status_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__backup__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help backup status commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__backup__subcmd__unschedule_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__backup__subcmd__unschedule_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help backup unschedule commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__check_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__check_commands() {
    local commands; commands=(
'perf:Write load for 60 s and judge it by etcdctl'\''s criteria\: throughput above 90% of the target, slowest write at most 0.5 s, standard deviation at most 0.1 s, no errors' \
    )
    _describe -t commands 'kubectl-etcd help check commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__check__subcmd__perf_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__check__subcmd__perf_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help check perf commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__compaction_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__compaction_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help compaction commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__completion_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__completion_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help completion commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__defrag_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__defrag_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help defrag commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__del_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__del_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help del commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__endpoint_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__endpoint_commands() {
    local commands; commands=(
'health:Check that each endpoint commits a proposal (and has no alarm)' \
'status:Version, DB size, leader and raft position of each endpoint' \
'hashkv:Hash of each endpoint'\''s key-value store at one revision; flags a member whose hash differs from the others'\''' \
    )
    _describe -t commands 'kubectl-etcd help endpoint commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__endpoint__subcmd__hashkv_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__endpoint__subcmd__hashkv_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help endpoint hashkv commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__endpoint__subcmd__health_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__endpoint__subcmd__health_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help endpoint health commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__endpoint__subcmd__status_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__endpoint__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help endpoint status commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__get_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help get commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__help_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help help commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__lease_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__lease_commands() {
    local commands; commands=(
'list:List every lease (IDs in hex)' \
'timetolive:Granted and remaining TTL of a lease, and with --keys the keys attached to it' \
    )
    _describe -t commands 'kubectl-etcd help lease commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__lease__subcmd__list_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__lease__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help lease list commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__lease__subcmd__timetolive_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__lease__subcmd__timetolive_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help lease timetolive commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__member_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__member_commands() {
    local commands; commands=(
'list:List the members of the cluster' \
'add:Add a member (prints the ETCD_* settings to start it with)' \
'remove:Remove a member (ID in hex, or its name); with --node, the member of a control-plane node that is gone for good, and its stale etcd mirror pod' \
'update:Change a member'\''s peer URLs' \
'promote:Promote a learner to a voting member (once it has caught up with the leader)' \
'resync:Rebuild the member on NODE (stacked etcd) from the others\: its data dir is moved aside, it is removed, added again as a learner and promoted once it has caught up' \
    )
    _describe -t commands 'kubectl-etcd help member commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__member__subcmd__add_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__member__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help member add commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__member__subcmd__list_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__member__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help member list commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__member__subcmd__promote_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__member__subcmd__promote_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help member promote commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__member__subcmd__remove_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__member__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help member remove commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__member__subcmd__resync_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__member__subcmd__resync_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help member resync commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__member__subcmd__update_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__member__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help member update commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__move-leader_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__move-leader_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help move-leader commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__put_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__put_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help put commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__secrets-audit_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__secrets-audit_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help secrets-audit commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__snapshot_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__snapshot_commands() {
    local commands; commands=(
'save:Stream a snapshot from one endpoint into FILE (\`-\` for stdout), verified, mode 0600' \
'status:Hash, revision, total keys and size of a snapshot file (read locally, like etcdutl)' \
'verify:Check a snapshot'\''s SHA-256 trailer and its bbolt and etcd structure' \
'restore:Restore a snapshot onto the cluster'\''s etcd node(s) through helper pods\: new data dir, manifest patched (backup kept outside the manifests folder), wait for health, roll back on failure' \
'extract:Print objects from a backup as apply-ready YAML (server-set fields removed), to bring back what was deleted\: \`… | kubectl apply -f -\`' \
'diff:What changed between a backup and the live cluster (or another backup), per resource' \
'list:Backups in a folder or under a URL prefix, newest first\: name, time, revision, size, compression and encryption (read from the names \`snapshot save DIR/\` gives)' \
'prune:Delete old backups, keeping what the --keep-* flags say (grandfather-father-son) and always the newest. Prints the plan; deletes only with --yes' \
    )
    _describe -t commands 'kubectl-etcd help snapshot commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__snapshot__subcmd__diff_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__snapshot__subcmd__diff_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help snapshot diff commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__snapshot__subcmd__extract_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__snapshot__subcmd__extract_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help snapshot extract commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__snapshot__subcmd__list_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__snapshot__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help snapshot list commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__snapshot__subcmd__prune_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__snapshot__subcmd__prune_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help snapshot prune commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__snapshot__subcmd__restore_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__snapshot__subcmd__restore_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help snapshot restore commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__snapshot__subcmd__save_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__snapshot__subcmd__save_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help snapshot save commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__snapshot__subcmd__status_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__snapshot__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help snapshot status commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__snapshot__subcmd__verify_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__snapshot__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help snapshot verify commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__status_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help status commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__usage_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__usage_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help usage commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__version_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__version_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help version commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__help__subcmd__watch_commands] )) ||
_kubectl-etcd__subcmd__help__subcmd__watch_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd help watch commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__lease_commands] )) ||
_kubectl-etcd__subcmd__lease_commands() {
    local commands; commands=(
'list:List every lease (IDs in hex)' \
'timetolive:Granted and remaining TTL of a lease, and with --keys the keys attached to it' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kubectl-etcd lease commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__lease__subcmd__help_commands] )) ||
_kubectl-etcd__subcmd__lease__subcmd__help_commands() {
    local commands; commands=(
'list:List every lease (IDs in hex)' \
'timetolive:Granted and remaining TTL of a lease, and with --keys the keys attached to it' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kubectl-etcd lease help commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__lease__subcmd__help__subcmd__help_commands] )) ||
_kubectl-etcd__subcmd__lease__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd lease help help commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__lease__subcmd__help__subcmd__list_commands] )) ||
_kubectl-etcd__subcmd__lease__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd lease help list commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__lease__subcmd__help__subcmd__timetolive_commands] )) ||
_kubectl-etcd__subcmd__lease__subcmd__help__subcmd__timetolive_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd lease help timetolive commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__lease__subcmd__list_commands] )) ||
_kubectl-etcd__subcmd__lease__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd lease list commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__lease__subcmd__timetolive_commands] )) ||
_kubectl-etcd__subcmd__lease__subcmd__timetolive_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd lease timetolive commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__member_commands] )) ||
_kubectl-etcd__subcmd__member_commands() {
    local commands; commands=(
'list:List the members of the cluster' \
'add:Add a member (prints the ETCD_* settings to start it with)' \
'remove:Remove a member (ID in hex, or its name); with --node, the member of a control-plane node that is gone for good, and its stale etcd mirror pod' \
'update:Change a member'\''s peer URLs' \
'promote:Promote a learner to a voting member (once it has caught up with the leader)' \
'resync:Rebuild the member on NODE (stacked etcd) from the others\: its data dir is moved aside, it is removed, added again as a learner and promoted once it has caught up' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kubectl-etcd member commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__member__subcmd__add_commands] )) ||
_kubectl-etcd__subcmd__member__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd member add commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__member__subcmd__help_commands] )) ||
_kubectl-etcd__subcmd__member__subcmd__help_commands() {
    local commands; commands=(
'list:List the members of the cluster' \
'add:Add a member (prints the ETCD_* settings to start it with)' \
'remove:Remove a member (ID in hex, or its name); with --node, the member of a control-plane node that is gone for good, and its stale etcd mirror pod' \
'update:Change a member'\''s peer URLs' \
'promote:Promote a learner to a voting member (once it has caught up with the leader)' \
'resync:Rebuild the member on NODE (stacked etcd) from the others\: its data dir is moved aside, it is removed, added again as a learner and promoted once it has caught up' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kubectl-etcd member help commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__member__subcmd__help__subcmd__add_commands] )) ||
_kubectl-etcd__subcmd__member__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd member help add commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__member__subcmd__help__subcmd__help_commands] )) ||
_kubectl-etcd__subcmd__member__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd member help help commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__member__subcmd__help__subcmd__list_commands] )) ||
_kubectl-etcd__subcmd__member__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd member help list commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__member__subcmd__help__subcmd__promote_commands] )) ||
_kubectl-etcd__subcmd__member__subcmd__help__subcmd__promote_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd member help promote commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__member__subcmd__help__subcmd__remove_commands] )) ||
_kubectl-etcd__subcmd__member__subcmd__help__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd member help remove commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__member__subcmd__help__subcmd__resync_commands] )) ||
_kubectl-etcd__subcmd__member__subcmd__help__subcmd__resync_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd member help resync commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__member__subcmd__help__subcmd__update_commands] )) ||
_kubectl-etcd__subcmd__member__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd member help update commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__member__subcmd__list_commands] )) ||
_kubectl-etcd__subcmd__member__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd member list commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__member__subcmd__promote_commands] )) ||
_kubectl-etcd__subcmd__member__subcmd__promote_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd member promote commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__member__subcmd__remove_commands] )) ||
_kubectl-etcd__subcmd__member__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd member remove commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__member__subcmd__resync_commands] )) ||
_kubectl-etcd__subcmd__member__subcmd__resync_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd member resync commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__member__subcmd__update_commands] )) ||
_kubectl-etcd__subcmd__member__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd member update commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__move-leader_commands] )) ||
_kubectl-etcd__subcmd__move-leader_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd move-leader commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__put_commands] )) ||
_kubectl-etcd__subcmd__put_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd put commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__secrets-audit_commands] )) ||
_kubectl-etcd__subcmd__secrets-audit_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd secrets-audit commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot_commands] )) ||
_kubectl-etcd__subcmd__snapshot_commands() {
    local commands; commands=(
'save:Stream a snapshot from one endpoint into FILE (\`-\` for stdout), verified, mode 0600' \
'status:Hash, revision, total keys and size of a snapshot file (read locally, like etcdutl)' \
'verify:Check a snapshot'\''s SHA-256 trailer and its bbolt and etcd structure' \
'restore:Restore a snapshot onto the cluster'\''s etcd node(s) through helper pods\: new data dir, manifest patched (backup kept outside the manifests folder), wait for health, roll back on failure' \
'extract:Print objects from a backup as apply-ready YAML (server-set fields removed), to bring back what was deleted\: \`… | kubectl apply -f -\`' \
'diff:What changed between a backup and the live cluster (or another backup), per resource' \
'list:Backups in a folder or under a URL prefix, newest first\: name, time, revision, size, compression and encryption (read from the names \`snapshot save DIR/\` gives)' \
'prune:Delete old backups, keeping what the --keep-* flags say (grandfather-father-son) and always the newest. Prints the plan; deletes only with --yes' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kubectl-etcd snapshot commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__diff_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__diff_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd snapshot diff commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__extract_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__extract_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd snapshot extract commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__help_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__help_commands() {
    local commands; commands=(
'save:Stream a snapshot from one endpoint into FILE (\`-\` for stdout), verified, mode 0600' \
'status:Hash, revision, total keys and size of a snapshot file (read locally, like etcdutl)' \
'verify:Check a snapshot'\''s SHA-256 trailer and its bbolt and etcd structure' \
'restore:Restore a snapshot onto the cluster'\''s etcd node(s) through helper pods\: new data dir, manifest patched (backup kept outside the manifests folder), wait for health, roll back on failure' \
'extract:Print objects from a backup as apply-ready YAML (server-set fields removed), to bring back what was deleted\: \`… | kubectl apply -f -\`' \
'diff:What changed between a backup and the live cluster (or another backup), per resource' \
'list:Backups in a folder or under a URL prefix, newest first\: name, time, revision, size, compression and encryption (read from the names \`snapshot save DIR/\` gives)' \
'prune:Delete old backups, keeping what the --keep-* flags say (grandfather-father-son) and always the newest. Prints the plan; deletes only with --yes' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kubectl-etcd snapshot help commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__diff_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__diff_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd snapshot help diff commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__extract_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__extract_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd snapshot help extract commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__help_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd snapshot help help commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__list_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd snapshot help list commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__prune_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__prune_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd snapshot help prune commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__restore_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__restore_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd snapshot help restore commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__save_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__save_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd snapshot help save commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__status_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd snapshot help status commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__verify_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__help__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd snapshot help verify commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__list_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd snapshot list commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__prune_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__prune_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd snapshot prune commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__restore_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__restore_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd snapshot restore commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__save_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__save_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd snapshot save commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__status_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd snapshot status commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__snapshot__subcmd__verify_commands] )) ||
_kubectl-etcd__subcmd__snapshot__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd snapshot verify commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__status_commands] )) ||
_kubectl-etcd__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd status commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__usage_commands] )) ||
_kubectl-etcd__subcmd__usage_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd usage commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__version_commands] )) ||
_kubectl-etcd__subcmd__version_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd version commands' commands "$@"
}
(( $+functions[_kubectl-etcd__subcmd__watch_commands] )) ||
_kubectl-etcd__subcmd__watch_commands() {
    local commands; commands=()
    _describe -t commands 'kubectl-etcd watch commands' commands "$@"
}

if [ "$funcstack[1]" = "_kubectl-etcd" ]; then
    _kubectl-etcd "$@"
else
    compdef _kubectl-etcd kubectl-etcd
fi
