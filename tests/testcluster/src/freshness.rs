//! What a watch-based view of etcd sees when etcd's revision goes backwards (a restore without
//! `--bump-revision`, or a rollback to older data), as kube-apiserver's watch cache and the
//! kubelet's pod watch do in a real cluster:
//!
//! Each view remembers the newest revision it has seen. A watch resumes "from revision
//! seen+1"; etcd answers a watch from a revision it has not reached yet by delivering nothing
//! until it gets there. So once the store's revision is found below what the view had seen,
//! the view is *stuck*: it learns nothing new (no added, changed or deleted object) until
//! the store's revision passes the old high-water mark, or the component restarts (a restart
//! lists afresh). A bumped restore moves the revision forward and never gets stuck.
//!
//! How a test (or kubectl-etcd's watchdog) restarts the components: from the node, as on a
//! real one. Every node root carries `/bin/sh` (busybox), `/usr/bin/systemctl` and
//! `/usr/bin/crictl` (see [`crate::node::install_host_tools`]); a privileged pod that mounts
//! the node's `/` runs `chroot /host systemctl restart kubelet` or
//! `chroot /host crictl stop $(chroot /host crictl ps -q --name kube-apiserver)`. Those
//! scripts leave a request under `/run/testcluster/` that the node's kubelet picks up on its
//! next tick: a kubelet restart resets that kubelet's view and ends the exec and port-forward
//! streams through that node (see [`crate::state::Shared::spawn_stream`]); stopping the kube-apiserver
//! container resets the API server's watch cache and ends every open API connection, watches
//! included (the test control plane has one API server; every node's `crictl` reaches it).

use std::sync::Mutex;

#[derive(Debug, Default)]
struct State {
    seen: i64,
    stuck_until: Option<i64>,
    /// The previous reading was below `seen` too.
    below_once: bool,
}

/// One watch-based view (the API server's cache, or one kubelet's pod watch).
#[derive(Debug, Default)]
pub struct Freshness {
    state: Mutex<State>,
}

impl Freshness {
    /// Records the store's current revision `rev` (from a list or a progress notification).
    pub fn observe(&self, rev: i64) {
        if rev <= 0 {
            return;
        }
        let mut s = self.state.lock().unwrap();
        if rev < s.seen {
            // A restore or rollback keeps the revision down; one low reading alone may be a
            // read that raced a member restart, so only a second one in a row counts.
            if s.below_once || s.stuck_until.is_some() {
                let until = s.stuck_until.unwrap_or(0).max(s.seen);
                s.stuck_until = Some(until);
            }
            s.below_once = true;
            return;
        }
        s.below_once = false;
        if s.stuck_until.is_some_and(|u| rev > u) {
            s.stuck_until = None;
        }
        s.seen = s.seen.max(rev);
    }

    /// `Some(r)`: nothing at or below revision `r` reaches this view.
    pub fn stuck(&self) -> Option<i64> {
        self.state.lock().unwrap().stuck_until
    }

    /// The component restarted: it lists afresh and watches from there.
    pub fn restart(&self) {
        *self.state.lock().unwrap() = State::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backwards_sticks_until_passed_or_restarted() {
        let f = Freshness::default();
        f.observe(100);
        f.observe(120);
        assert_eq!(f.stuck(), None);
        // A restore without bump: the store is at 40 (one low reading is not yet a verdict).
        f.observe(40);
        assert_eq!(f.stuck(), None);
        f.observe(41);
        assert_eq!(f.stuck(), Some(120));
        f.observe(120);
        assert_eq!(f.stuck(), Some(120));
        f.observe(121);
        assert_eq!(f.stuck(), None);
        // A bumped restore moves forward: never stuck. Going back from there sticks.
        f.observe(1_000_000_121);
        assert_eq!(f.stuck(), None);
        f.observe(130);
        f.observe(130);
        assert_eq!(f.stuck(), Some(1_000_000_121));
        f.restart();
        assert_eq!(f.stuck(), None);
        f.observe(131);
        assert_eq!(f.stuck(), None);
    }
}
