
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'kubectl-etcd' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'kubectl-etcd'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'kubectl-etcd' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get a key or a range of keys')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Put a key (the value is read from stdin when not given)')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete a key or a range of keys')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Watch a key or prefix and print every change until Ctrl-C')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'How is my etcd? One row per member: version, leader, raft, DB size, alarms, health, server certificate expiry')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Health and status of endpoints (every member in cluster mode)')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Cluster membership')
            [CompletionResult]::new('move-leader', 'move-leader', [CompletionResultType]::ParameterValue, 'Transfer leadership to another member (ID in hex, or its name); sent to the current leader')
            [CompletionResult]::new('defrag', 'defrag', [CompletionResultType]::ParameterValue, 'Defragment each member, followers first and the leader last, after a health check (cluster mode; in direct mode with any of the plan flags); etcdctl''s loop otherwise')
            [CompletionResult]::new('alarm', 'alarm', [CompletionResultType]::ParameterValue, 'List or disarm alarms (NOSPACE, CORRUPT)')
            [CompletionResult]::new('compaction', 'compaction', [CompletionResultType]::ParameterValue, 'Compact the key history up to a revision (older revisions become unreadable)')
            [CompletionResult]::new('lease', 'lease', [CompletionResultType]::ParameterValue, 'Leases: list them, or what one holds and how long it lives (Kubernetes Events share leases)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the cluster''s performance (etcdctl''s `check perf`: writes, then deletes them)')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Save, check and look inside snapshots (backups)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Back up from inside the cluster on a schedule (a CronJob on a control-plane node), and see how those backups are doing')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the plugin version and, with endpoints, the servers'' versions')
            [CompletionResult]::new('secrets-audit', 'secrets-audit', [CompletionResultType]::ParameterValue, 'Is every Secret encrypted at rest? Lists each Secret''s storage (plaintext, or provider and key), online or in a snapshot; exits 1 when any is plaintext')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'What fills the database: keys, bytes and the largest object per resource type')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script for `kubectl-etcd` (bash, zsh, fish, powershell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-etcd;get' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Maximum number of results (0 = no limit)')
            [CompletionResult]::new('--rev', '--rev', [CompletionResultType]::ParameterName, 'Read at this revision (0 = latest)')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort by this field')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Sort order (defaults to ascend when --sort-by is given)')
            [CompletionResult]::new('--snapshot', '--snapshot', [CompletionResultType]::ParameterName, 'Read from a snapshot file instead of a live server (offline; nothing is contacted)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace for kubectl-style addressing (`get deployment web -n prod`; default: default)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for kubectl-style addressing (`get deployment web -n prod`; default: default)')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector (`app=web,tier!=db,env`); values are decoded to apply it')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector (`app=web,tier!=db,env`); values are decoded to apply it')
            [CompletionResult]::new('--etcd-prefix', '--etcd-prefix', [CompletionResultType]::ParameterName, 'Where kube-apiserver keeps its objects (its --etcd-prefix)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Get all keys with this prefix')
            [CompletionResult]::new('--from-key', '--from-key', [CompletionResultType]::ParameterName, 'Get keys that are greater than or equal to the key (byte order)')
            [CompletionResult]::new('--keys-only', '--keys-only', [CompletionResultType]::ParameterName, 'Print keys without values')
            [CompletionResult]::new('--print-value-only', '--print-value-only', [CompletionResultType]::ParameterName, 'Print only values (simple output)')
            [CompletionResult]::new('--count-only', '--count-only', [CompletionResultType]::ParameterName, 'Print only the number of keys')
            [CompletionResult]::new('--decode', '--decode', [CompletionResultType]::ParameterName, 'Show values as the Kubernetes objects kube-apiserver stored in simple output (the default on a terminal); `-o json|yaml` always shows objects')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print stored bytes untouched, as etcdctl does (default when piped; not with -o)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Every namespace, for kubectl-style addressing (`get secrets -A`)')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Every namespace, for kubectl-style addressing (`get secrets -A`)')
            [CompletionResult]::new('--show-managed-fields', '--show-managed-fields', [CompletionResultType]::ParameterName, 'Keep metadata.managedFields in decoded objects (hidden by default, as kubectl does)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;put' {
            [CompletionResult]::new('--lease', '--lease', [CompletionResultType]::ParameterName, 'Attach the key to this lease (hex ID)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--prev-kv', '--prev-kv', [CompletionResultType]::ParameterName, 'Print the previous key-value')
            [CompletionResult]::new('--ignore-value', '--ignore-value', [CompletionResultType]::ParameterName, 'Keep the current value (update the lease only)')
            [CompletionResult]::new('--ignore-lease', '--ignore-lease', [CompletionResultType]::ParameterName, 'Keep the current lease')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;del' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Delete all keys with this prefix')
            [CompletionResult]::new('--from-key', '--from-key', [CompletionResultType]::ParameterName, 'Delete keys greater than or equal to the key')
            [CompletionResult]::new('--prev-kv', '--prev-kv', [CompletionResultType]::ParameterName, 'Print the deleted key-values')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;watch' {
            [CompletionResult]::new('--rev', '--rev', [CompletionResultType]::ParameterName, 'Start watching at this revision (replays history since then)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Watch all keys with this prefix')
            [CompletionResult]::new('--prev-kv', '--prev-kv', [CompletionResultType]::ParameterName, 'Print the previous key-value with each event')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;status' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;endpoint' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Check that each endpoint commits a proposal (and has no alarm)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Version, DB size, leader and raft position of each endpoint')
            [CompletionResult]::new('hashkv', 'hashkv', [CompletionResultType]::ParameterValue, 'Hash of each endpoint''s key-value store at one revision; flags a member whose hash differs from the others''')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-etcd;endpoint;health' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;endpoint;status' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;endpoint;hashkv' {
            [CompletionResult]::new('--rev', '--rev', [CompletionResultType]::ParameterName, 'Revision to hash up to (0 = each endpoint''s latest, as etcdctl; when hashes then differ, they are compared again at one common revision before a member is flagged)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;endpoint;help' {
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Check that each endpoint commits a proposal (and has no alarm)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Version, DB size, leader and raft position of each endpoint')
            [CompletionResult]::new('hashkv', 'hashkv', [CompletionResultType]::ParameterValue, 'Hash of each endpoint''s key-value store at one revision; flags a member whose hash differs from the others''')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-etcd;endpoint;help;health' {
            break
        }
        'kubectl-etcd;endpoint;help;status' {
            break
        }
        'kubectl-etcd;endpoint;help;hashkv' {
            break
        }
        'kubectl-etcd;endpoint;help;help' {
            break
        }
        'kubectl-etcd;member' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the members of the cluster')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member (prints the ETCD_* settings to start it with)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member (ID in hex, or its name); with --node, the member of a control-plane node that is gone for good, and its stale etcd mirror pod')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s peer URLs')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Promote a learner to a voting member (once it has caught up with the leader)')
            [CompletionResult]::new('resync', 'resync', [CompletionResultType]::ParameterValue, 'Rebuild the member on NODE (stacked etcd) from the others: its data dir is moved aside, it is removed, added again as a learner and promoted once it has caught up')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-etcd;member;list' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;member;add' {
            [CompletionResult]::new('--peer-urls', '--peer-urls', [CompletionResultType]::ParameterName, 'The new member''s peer URLs (comma list)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--learner', '--learner', [CompletionResultType]::ParameterName, 'Add as a learner (non-voting until promoted)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;member;remove' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --node: remove it even though the node is Ready')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;member;update' {
            [CompletionResult]::new('--peer-urls', '--peer-urls', [CompletionResultType]::ParameterName, 'The member''s new peer URLs (comma list)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;member;promote' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;member;resync' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the rebuilt member may take to catch up and the cluster to become healthy')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (steps, manifest diff) and stop')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;member;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the members of the cluster')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member (prints the ETCD_* settings to start it with)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member (ID in hex, or its name); with --node, the member of a control-plane node that is gone for good, and its stale etcd mirror pod')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s peer URLs')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Promote a learner to a voting member (once it has caught up with the leader)')
            [CompletionResult]::new('resync', 'resync', [CompletionResultType]::ParameterValue, 'Rebuild the member on NODE (stacked etcd) from the others: its data dir is moved aside, it is removed, added again as a learner and promoted once it has caught up')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-etcd;member;help;list' {
            break
        }
        'kubectl-etcd;member;help;add' {
            break
        }
        'kubectl-etcd;member;help;remove' {
            break
        }
        'kubectl-etcd;member;help;update' {
            break
        }
        'kubectl-etcd;member;help;promote' {
            break
        }
        'kubectl-etcd;member;help;resync' {
            break
        }
        'kubectl-etcd;member;help;help' {
            break
        }
        'kubectl-etcd;move-leader' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;defrag' {
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Only members for which this is true. Variables: dbSize, dbSizeInUse, dbSizeFree (bytes), dbQuota (bytes), dbQuotaUsage (dbSize/dbQuota); operators + - * / % < <= > >= == != && || !')
            [CompletionResult]::new('--wait-between', '--wait-between', [CompletionResultType]::ParameterName, 'Pause between members (Go durations: 10s, 1m)')
            [CompletionResult]::new('--quota-backend-bytes', '--quota-backend-bytes', [CompletionResultType]::ParameterName, 'The members'' quota when neither their pod spec nor etcd (< 3.6) says it (default: etcd''s 2 GiB)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--compact', '--compact', [CompletionResultType]::ParameterName, 'First compact the history at the current revision (kube-apiserver compacts every 5 minutes by itself, so this rarely frees more than a few minutes of history)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and stop')
            [CompletionResult]::new('--skip-health', '--skip-health', [CompletionResultType]::ParameterName, 'Go on even if a member is unhealthy (an active NOSPACE alarm never blocks: defrag is its cure)')
            [CompletionResult]::new('--no-move-leader', '--no-move-leader', [CompletionResultType]::ParameterName, 'Defragment the leader without moving leadership to a defragmented follower first')
            [CompletionResult]::new('--disarm', '--disarm', [CompletionResultType]::ParameterName, 'Afterwards, disarm NOSPACE if every member is below 80% of its quota')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;alarm' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List active alarms')
            [CompletionResult]::new('disarm', 'disarm', [CompletionResultType]::ParameterValue, 'Disarm every active alarm; NOSPACE only once every member is below 80% of its quota')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-etcd;alarm;list' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;alarm;disarm' {
            [CompletionResult]::new('--quota-backend-bytes', '--quota-backend-bytes', [CompletionResultType]::ParameterName, 'The members'' quota when neither their pod spec nor etcd (< 3.6) says it (default: etcd''s 2 GiB)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Disarm NOSPACE even when a member is still above its quota (it comes back at the next write)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;alarm;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List active alarms')
            [CompletionResult]::new('disarm', 'disarm', [CompletionResultType]::ParameterValue, 'Disarm every active alarm; NOSPACE only once every member is below 80% of its quota')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-etcd;alarm;help;list' {
            break
        }
        'kubectl-etcd;alarm;help;disarm' {
            break
        }
        'kubectl-etcd;alarm;help;help' {
            break
        }
        'kubectl-etcd;compaction' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--physical', '--physical', [CompletionResultType]::ParameterName, 'Wait until the compacted revisions are physically removed')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;lease' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every lease (IDs in hex)')
            [CompletionResult]::new('timetolive', 'timetolive', [CompletionResultType]::ParameterValue, 'Granted and remaining TTL of a lease, and with --keys the keys attached to it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-etcd;lease;list' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;lease;timetolive' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--keys', '--keys', [CompletionResultType]::ParameterName, 'Also list the keys attached to the lease')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;lease;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every lease (IDs in hex)')
            [CompletionResult]::new('timetolive', 'timetolive', [CompletionResultType]::ParameterValue, 'Granted and remaining TTL of a lease, and with --keys the keys attached to it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-etcd;lease;help;list' {
            break
        }
        'kubectl-etcd;lease;help;timetolive' {
            break
        }
        'kubectl-etcd;lease;help;help' {
            break
        }
        'kubectl-etcd;check' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('perf', 'perf', [CompletionResultType]::ParameterValue, 'Write load for 60 s and judge it by etcdctl''s criteria: throughput above 90% of the target, slowest write at most 0.5 s, standard deviation at most 0.1 s, no errors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-etcd;check;perf' {
            [CompletionResult]::new('--load', '--load', [CompletionResultType]::ParameterName, 'Workload size')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Where the test keys go (must be empty)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long to write (etcdctl: always 60s)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--auto-compact', '--auto-compact', [CompletionResultType]::ParameterName, 'Compact after the run (at the revision of the deletion)')
            [CompletionResult]::new('--auto-defrag', '--auto-defrag', [CompletionResultType]::ParameterName, 'Defragment every endpoint after the run')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;check;help' {
            [CompletionResult]::new('perf', 'perf', [CompletionResultType]::ParameterValue, 'Write load for 60 s and judge it by etcdctl''s criteria: throughput above 90% of the target, slowest write at most 0.5 s, standard deviation at most 0.1 s, no errors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-etcd;check;help;perf' {
            break
        }
        'kubectl-etcd;check;help;help' {
            break
        }
        'kubectl-etcd;snapshot' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Stream a snapshot from one endpoint into FILE (`-` for stdout), verified, mode 0600')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Hash, revision, total keys and size of a snapshot file (read locally, like etcdutl)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a snapshot''s SHA-256 trailer and its bbolt and etcd structure')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a snapshot onto the cluster''s etcd node(s) through helper pods: new data dir, manifest patched (backup kept outside the manifests folder), wait for health, roll back on failure')
            [CompletionResult]::new('extract', 'extract', [CompletionResultType]::ParameterValue, 'Print objects from a backup as apply-ready YAML (server-set fields removed), to bring back what was deleted: `… | kubectl apply -f -`')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'What changed between a backup and the live cluster (or another backup), per resource')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Backups in a folder or under a URL prefix, newest first: name, time, revision, size, compression and encryption (read from the names `snapshot save DIR/` gives)')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete old backups, keeping what the --keep-* flags say (grandfather-father-son) and always the newest. Prints the plan; deletes only with --yes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-etcd;snapshot;save' {
            [CompletionResult]::new('--encrypt-to', '--encrypt-to', [CompletionResultType]::ParameterName, 'Encrypt to this age recipient (age1…; repeatable). Nothing unencrypted is written')
            [CompletionResult]::new('--recipients-file', '--recipients-file', [CompletionResultType]::ParameterName, 'Encrypt to the recipients in this file (one age1… per line; repeatable)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Cluster name in default file names (default: the kubeconfig''s cluster, else `etcd`)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Compress with zstd (adds `.zst` to default names)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;snapshot;status' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;snapshot;verify' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--skip-hash-check', '--skip-hash-check', [CompletionResultType]::ParameterName, 'Accept a file without the SHA-256 trailer (a `member/snap/db` copied from a data dir)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;snapshot;restore' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory to restore into on each node (default: /var/lib/etcd-restore-<UTC time> beside the current one). Must not exist yet')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long etcd may take to become healthy before the restore is rolled back')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (nodes, data dir, manifest diff) and stop')
            [CompletionResult]::new('--rollback', '--rollback', [CompletionResultType]::ParameterName, 'Put back the manifest saved by the last restore (and wait for etcd)')
            [CompletionResult]::new('--restart-control-plane', '--restart-control-plane', [CompletionResultType]::ParameterName, 'Afterwards, restart kube-apiserver, kube-controller-manager and kube-scheduler (static pods) so that none keeps state from before the restore')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Allow restoring only some members of a multi-member cluster (with --member/--node)')
            [CompletionResult]::new('--skip-hash-check', '--skip-hash-check', [CompletionResultType]::ParameterName, 'Restore a file without SHA-256 trailer (a member/snap/db copy)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Print what the last restore or rollback left on each node (read from the files its watchdog wrote beside the manifest backup) and remove the pods it left behind')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;snapshot;extract' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace of the objects (default: default)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace of the objects (default: default)')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Only objects with these labels')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Only objects with these labels')
            [CompletionResult]::new('--etcd-prefix', '--etcd-prefix', [CompletionResultType]::ParameterName, 'kube-apiserver''s --etcd-prefix')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every object of the namespace (with -n), or of the whole backup')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;snapshot;diff' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace of the objects (default: default)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace of the objects (default: default)')
            [CompletionResult]::new('--against', '--against', [CompletionResultType]::ParameterName, 'Compare with this backup instead of the live cluster (FILE is the older one)')
            [CompletionResult]::new('--etcd-prefix', '--etcd-prefix', [CompletionResultType]::ParameterName, 'kube-apiserver''s --etcd-prefix')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include events and leases, which change all the time')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;snapshot;list' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;snapshot;prune' {
            [CompletionResult]::new('--keep-last', '--keep-last', [CompletionResultType]::ParameterName, 'Keep the N newest backups')
            [CompletionResult]::new('--keep-hourly', '--keep-hourly', [CompletionResultType]::ParameterName, 'Keep the newest backup of each of the last N hours that have one')
            [CompletionResult]::new('--keep-daily', '--keep-daily', [CompletionResultType]::ParameterName, 'Keep the newest backup of each of the last N days that have one')
            [CompletionResult]::new('--keep-weekly', '--keep-weekly', [CompletionResultType]::ParameterName, 'Keep the newest backup of each of the last N weeks (Monday to Sunday) that have one')
            [CompletionResult]::new('--keep-monthly', '--keep-monthly', [CompletionResultType]::ParameterName, 'Keep the newest backup of each of the last N months that have one')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;snapshot;help' {
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Stream a snapshot from one endpoint into FILE (`-` for stdout), verified, mode 0600')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Hash, revision, total keys and size of a snapshot file (read locally, like etcdutl)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a snapshot''s SHA-256 trailer and its bbolt and etcd structure')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a snapshot onto the cluster''s etcd node(s) through helper pods: new data dir, manifest patched (backup kept outside the manifests folder), wait for health, roll back on failure')
            [CompletionResult]::new('extract', 'extract', [CompletionResultType]::ParameterValue, 'Print objects from a backup as apply-ready YAML (server-set fields removed), to bring back what was deleted: `… | kubectl apply -f -`')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'What changed between a backup and the live cluster (or another backup), per resource')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Backups in a folder or under a URL prefix, newest first: name, time, revision, size, compression and encryption (read from the names `snapshot save DIR/` gives)')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete old backups, keeping what the --keep-* flags say (grandfather-father-son) and always the newest. Prints the plan; deletes only with --yes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-etcd;snapshot;help;save' {
            break
        }
        'kubectl-etcd;snapshot;help;status' {
            break
        }
        'kubectl-etcd;snapshot;help;verify' {
            break
        }
        'kubectl-etcd;snapshot;help;restore' {
            break
        }
        'kubectl-etcd;snapshot;help;extract' {
            break
        }
        'kubectl-etcd;snapshot;help;diff' {
            break
        }
        'kubectl-etcd;snapshot;help;list' {
            break
        }
        'kubectl-etcd;snapshot;help;prune' {
            break
        }
        'kubectl-etcd;snapshot;help;help' {
            break
        }
        'kubectl-etcd;backup' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Back up etcd on a schedule from inside the cluster: a CronJob in the etcd namespace that runs kubectl-etcd on a control-plane node, saves from the local member to URL and prunes. Running it again with the same --name updates the schedule')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Each schedule: when it last succeeded and failed (with the reason), and how old the newest backup at its destination is')
            [CompletionResult]::new('unschedule', 'unschedule', [CompletionResultType]::ParameterValue, 'Remove a schedule: its CronJob, Jobs and pods, and the credentials Secret if `backup schedule --credentials-from-env` created it')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'What the schedule''s pod runs: save from the member given by --endpoints to URL, then prune; writes a one-line result to the termination log')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-etcd;backup;schedule' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Destination folder: s3://BUCKET/PREFIX/, gs://…, azblob://CONTAINER/…')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'When: a shorthand (30m, 6h, 12h, 1d), a macro (@hourly, @daily, @weekly) or cron syntax ("0 */12 * * *", UTC on kubeadm)')
            [CompletionResult]::new('--keep-last', '--keep-last', [CompletionResultType]::ParameterName, 'Keep the N newest backups')
            [CompletionResult]::new('--keep-hourly', '--keep-hourly', [CompletionResultType]::ParameterName, 'Keep the newest backup of each of the last N hours that have one')
            [CompletionResult]::new('--keep-daily', '--keep-daily', [CompletionResultType]::ParameterName, 'Keep the newest backup of each of the last N days that have one')
            [CompletionResult]::new('--keep-weekly', '--keep-weekly', [CompletionResultType]::ParameterName, 'Keep the newest backup of each of the last N weeks that have one')
            [CompletionResult]::new('--keep-monthly', '--keep-monthly', [CompletionResultType]::ParameterName, 'Keep the newest backup of each of the last N months that have one')
            [CompletionResult]::new('--encrypt-to', '--encrypt-to', [CompletionResultType]::ParameterName, 'Encrypt to this age recipient (age1…; repeatable). Only public keys go into the cluster')
            [CompletionResult]::new('--recipients-file', '--recipients-file', [CompletionResultType]::ParameterName, 'Encrypt to the recipients in this file (one age1… per line)')
            [CompletionResult]::new('--credentials-secret', '--credentials-secret', [CompletionResultType]::ParameterName, 'Use an existing Secret in the etcd namespace; its keys become the job''s environment (e.g. AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION)')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Image to run (default: this release''s image; set it for a mirror or an air-gapped registry)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the schedule (the CronJob''s name)')
            [CompletionResult]::new('--cluster-name', '--cluster-name', [CompletionResultType]::ParameterName, 'Cluster name in backup file names (default: the kubeconfig''s cluster)')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'How long one backup may run before it is stopped')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Compress with zstd')
            [CompletionResult]::new('--credentials-from-env', '--credentials-from-env', [CompletionResultType]::ParameterName, 'Put the destination credentials found in this shell (AWS_*, GOOGLE_*, AZURE_*) into a Secret that the schedule owns')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the objects that would be created (Secret values redacted) and create nothing')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;backup;status' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;backup;unschedule' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;backup;run' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Destination folder')
            [CompletionResult]::new('--cluster-name', '--cluster-name', [CompletionResultType]::ParameterName, 'Cluster name in backup file names')
            [CompletionResult]::new('--keep-last', '--keep-last', [CompletionResultType]::ParameterName, 'Keep the N newest backups')
            [CompletionResult]::new('--keep-hourly', '--keep-hourly', [CompletionResultType]::ParameterName, 'Keep the newest backup of each of the last N hours that have one')
            [CompletionResult]::new('--keep-daily', '--keep-daily', [CompletionResultType]::ParameterName, 'Keep the newest backup of each of the last N days that have one')
            [CompletionResult]::new('--keep-weekly', '--keep-weekly', [CompletionResultType]::ParameterName, 'Keep the newest backup of each of the last N weeks that have one')
            [CompletionResult]::new('--keep-monthly', '--keep-monthly', [CompletionResultType]::ParameterName, 'Keep the newest backup of each of the last N months that have one')
            [CompletionResult]::new('--encrypt-to', '--encrypt-to', [CompletionResultType]::ParameterName, 'encrypt-to')
            [CompletionResult]::new('--termination-log', '--termination-log', [CompletionResultType]::ParameterName, 'Where the one-line result goes (Kubernetes shows it as the container''s termination message)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'compress')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;backup;help' {
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Back up etcd on a schedule from inside the cluster: a CronJob in the etcd namespace that runs kubectl-etcd on a control-plane node, saves from the local member to URL and prunes. Running it again with the same --name updates the schedule')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Each schedule: when it last succeeded and failed (with the reason), and how old the newest backup at its destination is')
            [CompletionResult]::new('unschedule', 'unschedule', [CompletionResultType]::ParameterValue, 'Remove a schedule: its CronJob, Jobs and pods, and the credentials Secret if `backup schedule --credentials-from-env` created it')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'What the schedule''s pod runs: save from the member given by --endpoints to URL, then prune; writes a one-line result to the termination log')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-etcd;backup;help;schedule' {
            break
        }
        'kubectl-etcd;backup;help;status' {
            break
        }
        'kubectl-etcd;backup;help;unschedule' {
            break
        }
        'kubectl-etcd;backup;help;run' {
            break
        }
        'kubectl-etcd;backup;help;help' {
            break
        }
        'kubectl-etcd;version' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;secrets-audit' {
            [CompletionResult]::new('--snapshot', '--snapshot', [CompletionResultType]::ParameterName, 'Audit a snapshot file instead of the live cluster')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;usage' {
            [CompletionResult]::new('--snapshot', '--snapshot', [CompletionResultType]::ParameterName, 'Read a snapshot file instead of the live cluster')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;completion' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd client URLs (https://host:port). Selects direct mode')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Time limit of each request (snapshot save and watch are exempt unless given explicitly)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'etcdctl''s output format (simple, json, table, fields); `-o` is kubectl''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'kubectl''s output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one object, or a List). Commands without objects print their own document in this format')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubeconfig context to use')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Kubeconfig cluster to use. Alone (no value), etcdctl''s meaning: every member''s URLs')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Kubeconfig user to use')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long each Kubernetes API request may wait for the server''s answer: 0 (no limit), seconds, or a duration (30s, 1m); 1m by default')
            [CompletionResult]::new('--etcd-namespace', '--etcd-namespace', [CompletionResultType]::ParameterName, 'Namespace of the etcd static pods')
            [CompletionResult]::new('--etcd-selector', '--etcd-selector', [CompletionResultType]::ParameterName, 'Label selector of the etcd static pods')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only these members (etcd name or pod name; comma list)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only the members on these nodes (comma list)')
            [CompletionResult]::new('--helper-image', '--helper-image', [CompletionResultType]::ParameterName, 'Image of the helper pod that reads etcd''s certificates on its node (needs `cat`)')
            [CompletionResult]::new('--helper-timeout', '--helper-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the helper pod to start')
            [CompletionResult]::new('--encryption-config', '--encryption-config', [CompletionResultType]::ParameterName, 'kube-apiserver''s EncryptionConfiguration, to read Secrets encrypted at rest (aescbc, aesgcm, secretbox)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (encryption only; anyone in the middle can read everything)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (asked before writes when stdin is a terminal)')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Connect to each member''s advertised client URL instead of through a port-forward')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-etcd;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get a key or a range of keys')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Put a key (the value is read from stdin when not given)')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete a key or a range of keys')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Watch a key or prefix and print every change until Ctrl-C')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'How is my etcd? One row per member: version, leader, raft, DB size, alarms, health, server certificate expiry')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Health and status of endpoints (every member in cluster mode)')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Cluster membership')
            [CompletionResult]::new('move-leader', 'move-leader', [CompletionResultType]::ParameterValue, 'Transfer leadership to another member (ID in hex, or its name); sent to the current leader')
            [CompletionResult]::new('defrag', 'defrag', [CompletionResultType]::ParameterValue, 'Defragment each member, followers first and the leader last, after a health check (cluster mode; in direct mode with any of the plan flags); etcdctl''s loop otherwise')
            [CompletionResult]::new('alarm', 'alarm', [CompletionResultType]::ParameterValue, 'List or disarm alarms (NOSPACE, CORRUPT)')
            [CompletionResult]::new('compaction', 'compaction', [CompletionResultType]::ParameterValue, 'Compact the key history up to a revision (older revisions become unreadable)')
            [CompletionResult]::new('lease', 'lease', [CompletionResultType]::ParameterValue, 'Leases: list them, or what one holds and how long it lives (Kubernetes Events share leases)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the cluster''s performance (etcdctl''s `check perf`: writes, then deletes them)')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Save, check and look inside snapshots (backups)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Back up from inside the cluster on a schedule (a CronJob on a control-plane node), and see how those backups are doing')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the plugin version and, with endpoints, the servers'' versions')
            [CompletionResult]::new('secrets-audit', 'secrets-audit', [CompletionResultType]::ParameterValue, 'Is every Secret encrypted at rest? Lists each Secret''s storage (plaintext, or provider and key), online or in a snapshot; exits 1 when any is plaintext')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'What fills the database: keys, bytes and the largest object per resource type')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script for `kubectl-etcd` (bash, zsh, fish, powershell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-etcd;help;get' {
            break
        }
        'kubectl-etcd;help;put' {
            break
        }
        'kubectl-etcd;help;del' {
            break
        }
        'kubectl-etcd;help;watch' {
            break
        }
        'kubectl-etcd;help;status' {
            break
        }
        'kubectl-etcd;help;endpoint' {
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Check that each endpoint commits a proposal (and has no alarm)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Version, DB size, leader and raft position of each endpoint')
            [CompletionResult]::new('hashkv', 'hashkv', [CompletionResultType]::ParameterValue, 'Hash of each endpoint''s key-value store at one revision; flags a member whose hash differs from the others''')
            break
        }
        'kubectl-etcd;help;endpoint;health' {
            break
        }
        'kubectl-etcd;help;endpoint;status' {
            break
        }
        'kubectl-etcd;help;endpoint;hashkv' {
            break
        }
        'kubectl-etcd;help;member' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the members of the cluster')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member (prints the ETCD_* settings to start it with)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member (ID in hex, or its name); with --node, the member of a control-plane node that is gone for good, and its stale etcd mirror pod')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s peer URLs')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Promote a learner to a voting member (once it has caught up with the leader)')
            [CompletionResult]::new('resync', 'resync', [CompletionResultType]::ParameterValue, 'Rebuild the member on NODE (stacked etcd) from the others: its data dir is moved aside, it is removed, added again as a learner and promoted once it has caught up')
            break
        }
        'kubectl-etcd;help;member;list' {
            break
        }
        'kubectl-etcd;help;member;add' {
            break
        }
        'kubectl-etcd;help;member;remove' {
            break
        }
        'kubectl-etcd;help;member;update' {
            break
        }
        'kubectl-etcd;help;member;promote' {
            break
        }
        'kubectl-etcd;help;member;resync' {
            break
        }
        'kubectl-etcd;help;move-leader' {
            break
        }
        'kubectl-etcd;help;defrag' {
            break
        }
        'kubectl-etcd;help;alarm' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List active alarms')
            [CompletionResult]::new('disarm', 'disarm', [CompletionResultType]::ParameterValue, 'Disarm every active alarm; NOSPACE only once every member is below 80% of its quota')
            break
        }
        'kubectl-etcd;help;alarm;list' {
            break
        }
        'kubectl-etcd;help;alarm;disarm' {
            break
        }
        'kubectl-etcd;help;compaction' {
            break
        }
        'kubectl-etcd;help;lease' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every lease (IDs in hex)')
            [CompletionResult]::new('timetolive', 'timetolive', [CompletionResultType]::ParameterValue, 'Granted and remaining TTL of a lease, and with --keys the keys attached to it')
            break
        }
        'kubectl-etcd;help;lease;list' {
            break
        }
        'kubectl-etcd;help;lease;timetolive' {
            break
        }
        'kubectl-etcd;help;check' {
            [CompletionResult]::new('perf', 'perf', [CompletionResultType]::ParameterValue, 'Write load for 60 s and judge it by etcdctl''s criteria: throughput above 90% of the target, slowest write at most 0.5 s, standard deviation at most 0.1 s, no errors')
            break
        }
        'kubectl-etcd;help;check;perf' {
            break
        }
        'kubectl-etcd;help;snapshot' {
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Stream a snapshot from one endpoint into FILE (`-` for stdout), verified, mode 0600')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Hash, revision, total keys and size of a snapshot file (read locally, like etcdutl)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a snapshot''s SHA-256 trailer and its bbolt and etcd structure')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a snapshot onto the cluster''s etcd node(s) through helper pods: new data dir, manifest patched (backup kept outside the manifests folder), wait for health, roll back on failure')
            [CompletionResult]::new('extract', 'extract', [CompletionResultType]::ParameterValue, 'Print objects from a backup as apply-ready YAML (server-set fields removed), to bring back what was deleted: `… | kubectl apply -f -`')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'What changed between a backup and the live cluster (or another backup), per resource')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Backups in a folder or under a URL prefix, newest first: name, time, revision, size, compression and encryption (read from the names `snapshot save DIR/` gives)')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete old backups, keeping what the --keep-* flags say (grandfather-father-son) and always the newest. Prints the plan; deletes only with --yes')
            break
        }
        'kubectl-etcd;help;snapshot;save' {
            break
        }
        'kubectl-etcd;help;snapshot;status' {
            break
        }
        'kubectl-etcd;help;snapshot;verify' {
            break
        }
        'kubectl-etcd;help;snapshot;restore' {
            break
        }
        'kubectl-etcd;help;snapshot;extract' {
            break
        }
        'kubectl-etcd;help;snapshot;diff' {
            break
        }
        'kubectl-etcd;help;snapshot;list' {
            break
        }
        'kubectl-etcd;help;snapshot;prune' {
            break
        }
        'kubectl-etcd;help;backup' {
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Back up etcd on a schedule from inside the cluster: a CronJob in the etcd namespace that runs kubectl-etcd on a control-plane node, saves from the local member to URL and prunes. Running it again with the same --name updates the schedule')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Each schedule: when it last succeeded and failed (with the reason), and how old the newest backup at its destination is')
            [CompletionResult]::new('unschedule', 'unschedule', [CompletionResultType]::ParameterValue, 'Remove a schedule: its CronJob, Jobs and pods, and the credentials Secret if `backup schedule --credentials-from-env` created it')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'What the schedule''s pod runs: save from the member given by --endpoints to URL, then prune; writes a one-line result to the termination log')
            break
        }
        'kubectl-etcd;help;backup;schedule' {
            break
        }
        'kubectl-etcd;help;backup;status' {
            break
        }
        'kubectl-etcd;help;backup;unschedule' {
            break
        }
        'kubectl-etcd;help;backup;run' {
            break
        }
        'kubectl-etcd;help;version' {
            break
        }
        'kubectl-etcd;help;secrets-audit' {
            break
        }
        'kubectl-etcd;help;usage' {
            break
        }
        'kubectl-etcd;help;completion' {
            break
        }
        'kubectl-etcd;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
