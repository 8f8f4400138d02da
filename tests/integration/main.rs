//! Integration tests: kubectl-etcd against real etcd 3.4 and 3.5 servers over mutual TLS,
//! compared with the installed etcdctl/etcdutl on the same data.

mod support;

mod backup;
mod backup_emulators;
mod backup_schedule;
mod cluster;
mod decode;
mod direct;
mod errors;
mod krew;
mod kubectl_output;
mod lease_check;
mod maintenance;
mod member_node;
mod membership;
mod plugin;
mod recover;
mod restore;
mod restore_from_url;
mod resync;
mod snapshot;
