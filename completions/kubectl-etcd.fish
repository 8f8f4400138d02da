# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kubectl_etcd_global_optspecs
    string join \n endpoints= cacert= cert= key= insecure-skip-tls-verify dial-timeout= command-timeout= w/write-out= o/output= y/yes kubeconfig= context= cluster= user= request-timeout= etcd-namespace= etcd-selector= member= node= helper-image= helper-timeout= direct encryption-config= identity= h/help V/version
end

function __fish_kubectl_etcd_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kubectl_etcd_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kubectl_etcd_using_subcommand
    set -l cmd (__fish_kubectl_etcd_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -s V -l version -d 'Print version'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "get" -d 'Get a key or a range of keys'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "put" -d 'Put a key (the value is read from stdin when not given)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "del" -d 'Delete a key or a range of keys'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "watch" -d 'Watch a key or prefix and print every change until Ctrl-C'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "status" -d 'How is my etcd? One row per member: version, leader, raft, DB size, alarms, health, server certificate expiry'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "endpoint" -d 'Health and status of endpoints (every member in cluster mode)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "member" -d 'Cluster membership'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "move-leader" -d 'Transfer leadership to another member (ID in hex, or its name); sent to the current leader'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "defrag" -d 'Defragment each member, followers first and the leader last, after a health check (cluster mode; in direct mode with any of the plan flags); etcdctl\'s loop otherwise'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "alarm" -d 'List or disarm alarms (NOSPACE, CORRUPT)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "compaction" -d 'Compact the key history up to a revision (older revisions become unreadable)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "lease" -d 'Leases: list them, or what one holds and how long it lives (Kubernetes Events share leases)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "check" -d 'Check the cluster\'s performance (etcdctl\'s `check perf`: writes, then deletes them)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "snapshot" -d 'Save, check and look inside snapshots (backups)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "backup" -d 'Back up from inside the cluster on a schedule (a CronJob on a control-plane node), and see how those backups are doing'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "version" -d 'Print the plugin version and, with endpoints, the servers\' versions'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "secrets-audit" -d 'Is every Secret encrypted at rest? Lists each Secret\'s storage (plaintext, or provider and key), online or in a snapshot; exits 1 when any is plaintext'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "usage" -d 'What fills the database: keys, bytes and the largest object per resource type'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "completion" -d 'Print a shell completion script for `kubectl-etcd` (bash, zsh, fish, powershell)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l limit -d 'Maximum number of results (0 = no limit)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l rev -d 'Read at this revision (0 = latest)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l sort-by -d 'Sort by this field' -r -f -a "CREATE\t''
KEY\t''
MODIFY\t''
VALUE\t''
VERSION\t''"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l order -d 'Sort order (defaults to ascend when --sort-by is given)' -r -f -a "ASCEND\t''
DESCEND\t''"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l snapshot -d 'Read from a snapshot file instead of a live server (offline; nothing is contacted)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -s n -l namespace -d 'Namespace for kubectl-style addressing (`get deployment web -n prod`; default: default)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -s l -l selector -d 'Label selector (`app=web,tier!=db,env`); values are decoded to apply it' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l etcd-prefix -d 'Where kube-apiserver keeps its objects (its --etcd-prefix)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l prefix -d 'Get all keys with this prefix'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l from-key -d 'Get keys that are greater than or equal to the key (byte order)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l keys-only -d 'Print keys without values'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l print-value-only -d 'Print only values (simple output)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l count-only -d 'Print only the number of keys'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l decode -d 'Show values as the Kubernetes objects kube-apiserver stored in simple output (the default on a terminal); `-o json|yaml` always shows objects'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l raw -d 'Print stored bytes untouched, as etcdctl does (default when piped; not with -o)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -s A -l all-namespaces -d 'Every namespace, for kubectl-style addressing (`get secrets -A`)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l show-managed-fields -d 'Keep metadata.managedFields in decoded objects (hidden by default, as kubectl does)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l lease -d 'Attach the key to this lease (hex ID)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l prev-kv -d 'Print the previous key-value'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l ignore-value -d 'Keep the current value (update the lease only)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l ignore-lease -d 'Keep the current lease'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l prefix -d 'Delete all keys with this prefix'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l from-key -d 'Delete keys greater than or equal to the key'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l prev-kv -d 'Print the deleted key-values'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l rev -d 'Start watching at this revision (replays history since then)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l prefix -d 'Watch all keys with this prefix'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l prev-kv -d 'Print the previous key-value with each event'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -f -a "health" -d 'Check that each endpoint commits a proposal (and has no alarm)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -f -a "status" -d 'Version, DB size, leader and raft position of each endpoint'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -f -a "hashkv" -d 'Hash of each endpoint\'s key-value store at one revision; flags a member whose hash differs from the others\''
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l rev -d 'Revision to hash up to (0 = each endpoint\'s latest, as etcdctl; when hashes then differ, they are compared again at one common revision before a member is flagged)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from help" -f -a "health" -d 'Check that each endpoint commits a proposal (and has no alarm)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from help" -f -a "status" -d 'Version, DB size, leader and raft position of each endpoint'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from help" -f -a "hashkv" -d 'Hash of each endpoint\'s key-value store at one revision; flags a member whose hash differs from the others\''
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -f -a "list" -d 'List the members of the cluster'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -f -a "add" -d 'Add a member (prints the ETCD_* settings to start it with)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -f -a "remove" -d 'Remove a member (ID in hex, or its name); with --node, the member of a control-plane node that is gone for good, and its stale etcd mirror pod'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -f -a "update" -d 'Change a member\'s peer URLs'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -f -a "promote" -d 'Promote a learner to a voting member (once it has caught up with the leader)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -f -a "resync" -d 'Rebuild the member on NODE (stacked etcd) from the others: its data dir is moved aside, it is removed, added again as a learner and promoted once it has caught up'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote resync help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l peer-urls -d 'The new member\'s peer URLs (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l learner -d 'Add as a learner (non-voting until promoted)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l force -d 'With --node: remove it even though the node is Ready'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l peer-urls -d 'The member\'s new peer URLs (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from promote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l timeout -d 'How long the rebuilt member may take to catch up and the cluster to become healthy' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l dry-run -d 'Print the plan (steps, manifest diff) and stop'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from resync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the members of the cluster'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a member (prints the ETCD_* settings to start it with)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a member (ID in hex, or its name); with --node, the member of a control-plane node that is gone for good, and its stale etcd mirror pod'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a member\'s peer URLs'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "promote" -d 'Promote a learner to a voting member (once it has caught up with the leader)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "resync" -d 'Rebuild the member on NODE (stacked etcd) from the others: its data dir is moved aside, it is removed, added again as a learner and promoted once it has caught up'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand move-leader" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l rule -d 'Only members for which this is true. Variables: dbSize, dbSizeInUse, dbSizeFree (bytes), dbQuota (bytes), dbQuotaUsage (dbSize/dbQuota); operators + - * / % < <= > >= == != && || !' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l wait-between -d 'Pause between members (Go durations: 10s, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l quota-backend-bytes -d 'The members\' quota when neither their pod spec nor etcd (< 3.6) says it (default: etcd\'s 2 GiB)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l compact -d 'First compact the history at the current revision (kube-apiserver compacts every 5 minutes by itself, so this rarely frees more than a few minutes of history)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l dry-run -d 'Print the plan and stop'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l skip-health -d 'Go on even if a member is unhealthy (an active NOSPACE alarm never blocks: defrag is its cure)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l no-move-leader -d 'Defragment the leader without moving leadership to a defragmented follower first'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l disarm -d 'Afterwards, disarm NOSPACE if every member is below 80% of its quota'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -f -a "list" -d 'List active alarms'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -f -a "disarm" -d 'Disarm every active alarm; NOSPACE only once every member is below 80% of its quota'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l quota-backend-bytes -d 'The members\' quota when neither their pod spec nor etcd (< 3.6) says it (default: etcd\'s 2 GiB)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l force -d 'Disarm NOSPACE even when a member is still above its quota (it comes back at the next write)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "list" -d 'List active alarms'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "disarm" -d 'Disarm every active alarm; NOSPACE only once every member is below 80% of its quota'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l physical -d 'Wait until the compacted revisions are physically removed'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -f -a "list" -d 'List every lease (IDs in hex)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -f -a "timetolive" -d 'Granted and remaining TTL of a lease, and with --keys the keys attached to it'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and not __fish_seen_subcommand_from list timetolive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l keys -d 'Also list the keys attached to the lease'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every lease (IDs in hex)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "timetolive" -d 'Granted and remaining TTL of a lease, and with --keys the keys attached to it'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -f -a "perf" -d 'Write load for 60 s and judge it by etcdctl\'s criteria: throughput above 90% of the target, slowest write at most 0.5 s, standard deviation at most 0.1 s, no errors'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and not __fish_seen_subcommand_from perf help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l load -d 'Workload size' -r -f -a "s\t'150 writes/s, 50 clients'
m\t'1000 writes/s, 200 clients'
l\t'8000 writes/s, 500 clients'
xl\t'15000 writes/s, 1000 clients'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l prefix -d 'Where the test keys go (must be empty)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l duration -d 'How long to write (etcdctl: always 60s)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l auto-compact -d 'Compact after the run (at the revision of the deletion)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l auto-defrag -d 'Defragment every endpoint after the run'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from perf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "perf" -d 'Write load for 60 s and judge it by etcdctl\'s criteria: throughput above 90% of the target, slowest write at most 0.5 s, standard deviation at most 0.1 s, no errors'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -f -a "save" -d 'Stream a snapshot from one endpoint into FILE (`-` for stdout), verified, mode 0600'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -f -a "status" -d 'Hash, revision, total keys and size of a snapshot file (read locally, like etcdutl)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -f -a "verify" -d 'Check a snapshot\'s SHA-256 trailer and its bbolt and etcd structure'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -f -a "restore" -d 'Restore a snapshot onto the cluster\'s etcd node(s) through helper pods: new data dir, manifest patched (backup kept outside the manifests folder), wait for health, roll back on failure'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -f -a "extract" -d 'Print objects from a backup as apply-ready YAML (server-set fields removed), to bring back what was deleted: `… | kubectl apply -f -`'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -f -a "diff" -d 'What changed between a backup and the live cluster (or another backup), per resource'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -f -a "list" -d 'Backups in a folder or under a URL prefix, newest first: name, time, revision, size, compression and encryption (read from the names `snapshot save DIR/` gives)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -f -a "prune" -d 'Delete old backups, keeping what the --keep-* flags say (grandfather-father-son) and always the newest. Prints the plan; deletes only with --yes'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify restore extract diff list prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l encrypt-to -d 'Encrypt to this age recipient (age1…; repeatable). Nothing unencrypted is written' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l recipients-file -d 'Encrypt to the recipients in this file (one age1… per line; repeatable)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l name -d 'Cluster name in default file names (default: the kubeconfig\'s cluster, else `etcd`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l force -d 'Replace FILE if it exists'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l compress -d 'Compress with zstd (adds `.zst` to default names)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l skip-hash-check -d 'Accept a file without the SHA-256 trailer (a `member/snap/db` copied from a data dir)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l data-dir -d 'Data directory to restore into on each node (default: /var/lib/etcd-restore-<UTC time> beside the current one). Must not exist yet' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l timeout -d 'How long etcd may take to become healthy before the restore is rolled back' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l dry-run -d 'Print the plan (nodes, data dir, manifest diff) and stop'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l rollback -d 'Put back the manifest saved by the last restore (and wait for etcd)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l restart-control-plane -d 'Afterwards, restart kube-apiserver, kube-controller-manager and kube-scheduler (static pods) so that none keeps state from before the restore'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l force -d 'Allow restoring only some members of a multi-member cluster (with --member/--node)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l skip-hash-check -d 'Restore a file without SHA-256 trailer (a member/snap/db copy)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l status -d 'Print what the last restore or rollback left on each node (read from the files its watchdog wrote beside the manifest backup) and remove the pods it left behind'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -s n -l namespace -d 'Namespace of the objects (default: default)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -s l -l selector -d 'Only objects with these labels' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l etcd-prefix -d 'kube-apiserver\'s --etcd-prefix' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l all -d 'Every object of the namespace (with -n), or of the whole backup'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from extract" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -s n -l namespace -d 'Namespace of the objects (default: default)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l against -d 'Compare with this backup instead of the live cluster (FILE is the older one)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l etcd-prefix -d 'kube-apiserver\'s --etcd-prefix' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l all -d 'Include events and leases, which change all the time'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l keep-last -d 'Keep the N newest backups' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l keep-hourly -d 'Keep the newest backup of each of the last N hours that have one' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l keep-daily -d 'Keep the newest backup of each of the last N days that have one' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l keep-weekly -d 'Keep the newest backup of each of the last N weeks (Monday to Sunday) that have one' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l keep-monthly -d 'Keep the newest backup of each of the last N months that have one' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "save" -d 'Stream a snapshot from one endpoint into FILE (`-` for stdout), verified, mode 0600'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "status" -d 'Hash, revision, total keys and size of a snapshot file (read locally, like etcdutl)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a snapshot\'s SHA-256 trailer and its bbolt and etcd structure'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restore a snapshot onto the cluster\'s etcd node(s) through helper pods: new data dir, manifest patched (backup kept outside the manifests folder), wait for health, roll back on failure'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "extract" -d 'Print objects from a backup as apply-ready YAML (server-set fields removed), to bring back what was deleted: `… | kubectl apply -f -`'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "diff" -d 'What changed between a backup and the live cluster (or another backup), per resource'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "list" -d 'Backups in a folder or under a URL prefix, newest first: name, time, revision, size, compression and encryption (read from the names `snapshot save DIR/` gives)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Delete old backups, keeping what the --keep-* flags say (grandfather-father-son) and always the newest. Prints the plan; deletes only with --yes'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -f -a "schedule" -d 'Back up etcd on a schedule from inside the cluster: a CronJob in the etcd namespace that runs kubectl-etcd on a control-plane node, saves from the local member to URL and prunes. Running it again with the same --name updates the schedule'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -f -a "status" -d 'Each schedule: when it last succeeded and failed (with the reason), and how old the newest backup at its destination is'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -f -a "unschedule" -d 'Remove a schedule: its CronJob, Jobs and pods, and the credentials Secret if `backup schedule --credentials-from-env` created it'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -f -a "run" -d 'What the schedule\'s pod runs: save from the member given by --endpoints to URL, then prune; writes a one-line result to the termination log'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and not __fish_seen_subcommand_from schedule status unschedule run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l to -d 'Destination folder: s3://BUCKET/PREFIX/, gs://…, azblob://CONTAINER/…' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l every -d 'When: a shorthand (30m, 6h, 12h, 1d), a macro (@hourly, @daily, @weekly) or cron syntax ("0 */12 * * *", UTC on kubeadm)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l keep-last -d 'Keep the N newest backups' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l keep-hourly -d 'Keep the newest backup of each of the last N hours that have one' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l keep-daily -d 'Keep the newest backup of each of the last N days that have one' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l keep-weekly -d 'Keep the newest backup of each of the last N weeks that have one' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l keep-monthly -d 'Keep the newest backup of each of the last N months that have one' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l encrypt-to -d 'Encrypt to this age recipient (age1…; repeatable). Only public keys go into the cluster' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l recipients-file -d 'Encrypt to the recipients in this file (one age1… per line)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l credentials-secret -d 'Use an existing Secret in the etcd namespace; its keys become the job\'s environment (e.g. AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l image -d 'Image to run (default: this release\'s image; set it for a mirror or an air-gapped registry)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l name -d 'Name of the schedule (the CronJob\'s name)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l cluster-name -d 'Cluster name in backup file names (default: the kubeconfig\'s cluster)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l deadline -d 'How long one backup may run before it is stopped' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l compress -d 'Compress with zstd'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l credentials-from-env -d 'Put the destination credentials found in this shell (AWS_*, GOOGLE_*, AZURE_*) into a Secret that the schedule owns'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l dry-run -d 'Print the objects that would be created (Secret values redacted) and create nothing'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l to -d 'Destination folder' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l cluster-name -d 'Cluster name in backup file names' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l keep-last -d 'Keep the N newest backups' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l keep-hourly -d 'Keep the newest backup of each of the last N hours that have one' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l keep-daily -d 'Keep the newest backup of each of the last N days that have one' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l keep-weekly -d 'Keep the newest backup of each of the last N weeks that have one' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l keep-monthly -d 'Keep the newest backup of each of the last N months that have one' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l encrypt-to -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l termination-log -d 'Where the one-line result goes (Kubernetes shows it as the container\'s termination message)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l compress
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'Back up etcd on a schedule from inside the cluster: a CronJob in the etcd namespace that runs kubectl-etcd on a control-plane node, saves from the local member to URL and prunes. Running it again with the same --name updates the schedule'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "status" -d 'Each schedule: when it last succeeded and failed (with the reason), and how old the newest backup at its destination is'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "unschedule" -d 'Remove a schedule: its CronJob, Jobs and pods, and the credentials Secret if `backup schedule --credentials-from-env` created it'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "run" -d 'What the schedule\'s pod runs: save from the member given by --endpoints to URL, then prune; writes a one-line result to the termination log'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l snapshot -d 'Audit a snapshot file instead of the live cluster' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand secrets-audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l snapshot -d 'Read a snapshot file instead of the live cluster' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand usage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -s w -l write-out -d 'etcdctl\'s output format (simple, json, table, fields); `-o` is kubectl\'s' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'
yaml\t'The JSON document as YAML (not etcdctl\'s; kept for scripts that used it)'
fields\t'etcdctl\'s `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm, lease, snapshot status)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -s o -l output -d 'kubectl\'s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format' -r -f -a "json\t'As `kubectl get -o json`'
yaml\t'As `kubectl get -o yaml`'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l kubeconfig -d 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l context -d 'Kubeconfig context to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l cluster -d 'Kubeconfig cluster to use. Alone (no value), etcdctl\'s meaning: every member\'s URLs' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l user -d 'Kubeconfig user to use' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l request-timeout -d 'How long each Kubernetes API request may wait for the server\'s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l etcd-namespace -d 'Namespace of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l etcd-selector -d 'Label selector of the etcd static pods' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l member -d 'Only these members (etcd name or pod name; comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l node -d 'Only the members on these nodes (comma list)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l helper-image -d 'Image of the helper pod that reads etcd\'s certificates on its node (needs `cat`)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l helper-timeout -d 'How long to wait for the helper pod to start' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l encryption-config -d 'kube-apiserver\'s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l identity -d 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -s y -l yes -d 'Answer yes to every confirmation (asked before writes when stdin is a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l direct -d 'Connect to each member\'s advertised client URL instead of through a port-forward'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "get" -d 'Get a key or a range of keys'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "put" -d 'Put a key (the value is read from stdin when not given)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "del" -d 'Delete a key or a range of keys'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "watch" -d 'Watch a key or prefix and print every change until Ctrl-C'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "status" -d 'How is my etcd? One row per member: version, leader, raft, DB size, alarms, health, server certificate expiry'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "endpoint" -d 'Health and status of endpoints (every member in cluster mode)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "member" -d 'Cluster membership'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "move-leader" -d 'Transfer leadership to another member (ID in hex, or its name); sent to the current leader'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "defrag" -d 'Defragment each member, followers first and the leader last, after a health check (cluster mode; in direct mode with any of the plan flags); etcdctl\'s loop otherwise'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "alarm" -d 'List or disarm alarms (NOSPACE, CORRUPT)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "compaction" -d 'Compact the key history up to a revision (older revisions become unreadable)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "lease" -d 'Leases: list them, or what one holds and how long it lives (Kubernetes Events share leases)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "check" -d 'Check the cluster\'s performance (etcdctl\'s `check perf`: writes, then deletes them)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "snapshot" -d 'Save, check and look inside snapshots (backups)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "backup" -d 'Back up from inside the cluster on a schedule (a CronJob on a control-plane node), and see how those backups are doing'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "version" -d 'Print the plugin version and, with endpoints, the servers\' versions'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "secrets-audit" -d 'Is every Secret encrypted at rest? Lists each Secret\'s storage (plaintext, or provider and key), online or in a snapshot; exits 1 when any is plaintext'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "usage" -d 'What fills the database: keys, bytes and the largest object per resource type'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "completion" -d 'Print a shell completion script for `kubectl-etcd` (bash, zsh, fish, powershell)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch status endpoint member move-leader defrag alarm compaction lease check snapshot backup version secrets-audit usage completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from endpoint" -f -a "health" -d 'Check that each endpoint commits a proposal (and has no alarm)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from endpoint" -f -a "status" -d 'Version, DB size, leader and raft position of each endpoint'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from endpoint" -f -a "hashkv" -d 'Hash of each endpoint\'s key-value store at one revision; flags a member whose hash differs from the others\''
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "list" -d 'List the members of the cluster'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "add" -d 'Add a member (prints the ETCD_* settings to start it with)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "remove" -d 'Remove a member (ID in hex, or its name); with --node, the member of a control-plane node that is gone for good, and its stale etcd mirror pod'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "update" -d 'Change a member\'s peer URLs'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "promote" -d 'Promote a learner to a voting member (once it has caught up with the leader)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "resync" -d 'Rebuild the member on NODE (stacked etcd) from the others: its data dir is moved aside, it is removed, added again as a learner and promoted once it has caught up'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from alarm" -f -a "list" -d 'List active alarms'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from alarm" -f -a "disarm" -d 'Disarm every active alarm; NOSPACE only once every member is below 80% of its quota'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from lease" -f -a "list" -d 'List every lease (IDs in hex)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from lease" -f -a "timetolive" -d 'Granted and remaining TTL of a lease, and with --keys the keys attached to it'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "perf" -d 'Write load for 60 s and judge it by etcdctl\'s criteria: throughput above 90% of the target, slowest write at most 0.5 s, standard deviation at most 0.1 s, no errors'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "save" -d 'Stream a snapshot from one endpoint into FILE (`-` for stdout), verified, mode 0600'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "status" -d 'Hash, revision, total keys and size of a snapshot file (read locally, like etcdutl)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "verify" -d 'Check a snapshot\'s SHA-256 trailer and its bbolt and etcd structure'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "restore" -d 'Restore a snapshot onto the cluster\'s etcd node(s) through helper pods: new data dir, manifest patched (backup kept outside the manifests folder), wait for health, roll back on failure'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "extract" -d 'Print objects from a backup as apply-ready YAML (server-set fields removed), to bring back what was deleted: `… | kubectl apply -f -`'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "diff" -d 'What changed between a backup and the live cluster (or another backup), per resource'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "list" -d 'Backups in a folder or under a URL prefix, newest first: name, time, revision, size, compression and encryption (read from the names `snapshot save DIR/` gives)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "prune" -d 'Delete old backups, keeping what the --keep-* flags say (grandfather-father-son) and always the newest. Prints the plan; deletes only with --yes'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "schedule" -d 'Back up etcd on a schedule from inside the cluster: a CronJob in the etcd namespace that runs kubectl-etcd on a control-plane node, saves from the local member to URL and prunes. Running it again with the same --name updates the schedule'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "status" -d 'Each schedule: when it last succeeded and failed (with the reason), and how old the newest backup at its destination is'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "unschedule" -d 'Remove a schedule: its CronJob, Jobs and pods, and the credentials Secret if `backup schedule --credentials-from-env` created it'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "run" -d 'What the schedule\'s pod runs: save from the member given by --endpoints to URL, then prune; writes a one-line result to the termination log'
