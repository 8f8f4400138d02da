# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kubectl_etcd_global_optspecs
    string join \n endpoints= cacert= cert= key= insecure-skip-tls-verify dial-timeout= command-timeout= w/write-out= y/yes h/help V/version
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
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -s V -l version -d 'Print version'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "get" -d 'Get a key or a range of keys'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "put" -d 'Put a key (the value is read from stdin when not given)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "del" -d 'Delete a key or a range of keys'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "watch" -d 'Watch a key or prefix and print every change until Ctrl-C'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "endpoint" -d 'Health and status of endpoints'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "member" -d 'Cluster membership'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "defrag" -d 'Defragment the storage of each endpoint (blocks that member while it runs)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "alarm" -d 'List or disarm alarms (NOSPACE, CORRUPT)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "compaction" -d 'Compact the key history up to a revision (older revisions become unreadable)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "snapshot" -d 'Save, check and look inside snapshots (backups)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_needs_command" -f -a "version" -d 'Print the plugin version and, with endpoints, the servers\' versions'
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
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l prefix -d 'Get all keys with this prefix'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l from-key -d 'Get keys that are greater than or equal to the key (byte order)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l keys-only -d 'Print keys without values'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l print-value-only -d 'Print only values (simple output)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l count-only -d 'Print only the number of keys'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l lease -d 'Attach the key to this lease (hex ID)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l prev-kv -d 'Print the previous key-value'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l ignore-value -d 'Keep the current value (update the lease only)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l ignore-lease -d 'Keep the current lease'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand put" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l prefix -d 'Delete all keys with this prefix'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l from-key -d 'Delete keys greater than or equal to the key'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l prev-kv -d 'Print the deleted key-values'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand del" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l rev -d 'Start watching at this revision (replays history since then)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l prefix -d 'Watch all keys with this prefix'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l prev-kv -d 'Print the previous key-value with each event'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status help" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status help" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status help" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status help" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status help" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status help" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status help" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status help" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status help" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status help" -f -a "health" -d 'Check that each endpoint commits a proposal (and has no alarm)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status help" -f -a "status" -d 'Version, DB size, leader and raft position of each endpoint'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and not __fish_seen_subcommand_from health status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l cluster -d 'Use every member\'s client URLs (from member list) instead of --endpoints'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from health" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l cluster -d 'Use every member\'s client URLs (from member list) instead of --endpoints'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from help" -f -a "health" -d 'Check that each endpoint commits a proposal (and has no alarm)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from help" -f -a "status" -d 'Version, DB size, leader and raft position of each endpoint'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand endpoint; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list help" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list help" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list help" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list help" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list help" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list help" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list help" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list help" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List the members of the cluster'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the members of the cluster'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l cluster -d 'Use every member\'s client URLs (from member list) instead of --endpoints'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand defrag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -f -a "list" -d 'List active alarms'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -f -a "disarm" -d 'Disarm every active alarm'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "list" -d 'List active alarms'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "disarm" -d 'Disarm every active alarm'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l physical -d 'Wait until the compacted revisions are physically removed'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand compaction" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify help" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify help" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify help" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify help" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify help" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify help" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify help" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify help" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify help" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify help" -f -a "save" -d 'Stream a snapshot from one endpoint into FILE (`-` for stdout), verified, mode 0600'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify help" -f -a "status" -d 'Hash, revision, total keys and size of a snapshot file (read locally, like etcdutl)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify help" -f -a "verify" -d 'Check a snapshot\'s SHA-256 trailer and its bbolt and etcd structure'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and not __fish_seen_subcommand_from save status verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l force -d 'Replace FILE if it exists'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l skip-hash-check -d 'Accept a file without the SHA-256 trailer (a `member/snap/db` copied from a data dir)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "save" -d 'Stream a snapshot from one endpoint into FILE (`-` for stdout), verified, mode 0600'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "status" -d 'Hash, revision, total keys and size of a snapshot file (read locally, like etcdutl)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a snapshot\'s SHA-256 trailer and its bbolt and etcd structure'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l endpoints -d 'Comma-separated etcd client URLs (https://host:port). Selects direct mode' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l cacert -d 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l cert -d 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l key -d 'Private key of the client certificate' -r -F
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l dial-timeout -d 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l command-timeout -d 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)' -r
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -s w -s o -l write-out -d 'Output format. `-o` is accepted too, as kubectl users type it' -r -f -a "simple\t'Human-readable text, as etcdctl prints it'
json\t'etcdctl\'s JSON (one document per line; keys and values base64)'
table\t'ASCII table (endpoint, member and snapshot status commands)'"
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -l insecure-skip-tls-verify -d 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -s y -l yes -d 'Answer yes to every confirmation (needed for writes when stdin is not a terminal)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch endpoint member defrag alarm compaction snapshot version completion help" -f -a "get" -d 'Get a key or a range of keys'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch endpoint member defrag alarm compaction snapshot version completion help" -f -a "put" -d 'Put a key (the value is read from stdin when not given)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch endpoint member defrag alarm compaction snapshot version completion help" -f -a "del" -d 'Delete a key or a range of keys'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch endpoint member defrag alarm compaction snapshot version completion help" -f -a "watch" -d 'Watch a key or prefix and print every change until Ctrl-C'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch endpoint member defrag alarm compaction snapshot version completion help" -f -a "endpoint" -d 'Health and status of endpoints'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch endpoint member defrag alarm compaction snapshot version completion help" -f -a "member" -d 'Cluster membership'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch endpoint member defrag alarm compaction snapshot version completion help" -f -a "defrag" -d 'Defragment the storage of each endpoint (blocks that member while it runs)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch endpoint member defrag alarm compaction snapshot version completion help" -f -a "alarm" -d 'List or disarm alarms (NOSPACE, CORRUPT)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch endpoint member defrag alarm compaction snapshot version completion help" -f -a "compaction" -d 'Compact the key history up to a revision (older revisions become unreadable)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch endpoint member defrag alarm compaction snapshot version completion help" -f -a "snapshot" -d 'Save, check and look inside snapshots (backups)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch endpoint member defrag alarm compaction snapshot version completion help" -f -a "version" -d 'Print the plugin version and, with endpoints, the servers\' versions'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch endpoint member defrag alarm compaction snapshot version completion help" -f -a "completion" -d 'Print a shell completion script for `kubectl-etcd` (bash, zsh, fish, powershell)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and not __fish_seen_subcommand_from get put del watch endpoint member defrag alarm compaction snapshot version completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from endpoint" -f -a "health" -d 'Check that each endpoint commits a proposal (and has no alarm)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from endpoint" -f -a "status" -d 'Version, DB size, leader and raft position of each endpoint'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "list" -d 'List the members of the cluster'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from alarm" -f -a "list" -d 'List active alarms'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from alarm" -f -a "disarm" -d 'Disarm every active alarm'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "save" -d 'Stream a snapshot from one endpoint into FILE (`-` for stdout), verified, mode 0600'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "status" -d 'Hash, revision, total keys and size of a snapshot file (read locally, like etcdutl)'
complete -c kubectl-etcd -n "__fish_kubectl_etcd_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "verify" -d 'Check a snapshot\'s SHA-256 trailer and its bbolt and etcd structure'
