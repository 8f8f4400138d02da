//! `member remove --node NODE`: a control-plane node is gone for good. Its etcd member
//! still counts towards quorum and its stale mirror pod still advertises its etcd endpoint,
//! which is what makes `kubeadm join --control-plane` of a replacement fail. Remove both,
//! through the members that are still up, and say what the join needs next.

use anyhow::Result;
use k8s_openapi::api::core::v1::Node;
use kube::api::DeleteParams;
use kube::Api;

use super::member::list;
use super::{emit, emit_doc, Ctx};
use crate::cluster::{api_failure, Cluster, Member};
use crate::etcd::membership::explain;
use crate::etcd::tls::TlsMaterial;
use crate::etcd::Target;
use crate::exit::{Code, Failure};
use crate::output::model::MemberChange;
use crate::output::Format;

pub async fn run(ctx: &Ctx, force: bool) -> Result<Code> {
    let [node] = ctx.global.node.as_slice() else {
        return Err(
            Failure::new(Code::BadArgs, "member remove --node takes exactly one node").into(),
        );
    };
    if !ctx.global.endpoints.is_empty() {
        return Err(Failure::new(Code::BadArgs, "member remove --node works in cluster mode (through the kubeconfig), not with --endpoints")
            .hint("with --endpoints, remove the member by ID or name: `kubectl etcd member remove ID|NAME`")
            .into());
    }
    let mut opts = ctx.cluster_options();
    // --node names the node to remove, not the members to talk to.
    opts.only.clear();
    let cluster = Cluster::connect(opts).await?;
    let ready = node_ready(&cluster, node).await?;
    if ready.as_deref() == Some("True") && !force {
        return Err(Failure::new(
            Code::Error,
            format!("node {node} is Ready: its kubelet reports in, so it is not gone"),
        )
        .hint(format!("to rebuild a broken member on a node that is still up, remove the member by name (`kubectl etcd member remove {node}`) and add it again; if {node} is really gone for good and only looks Ready, pass --force"))
        .into());
    }
    let pods = cluster.members().await?;
    let gone_pod = pods.iter().find(|m| m.node == *node).cloned();
    let others: Vec<Member> = pods
        .iter()
        .filter(|m| m.node != *node && m.phase == "Running" && m.ready)
        .cloned()
        .collect();
    if others.is_empty() {
        return Err(Failure::new(
            Code::Error,
            format!("no etcd pod other than {node}'s is Running and Ready"),
        )
        .hint("removing a member needs the others to have quorum; with all of them down this is a disaster recovery: restore a snapshot (`kubectl etcd snapshot restore`)")
        .into());
    }
    let target = target(ctx, &cluster, &others).await?;
    let members = list(&target).await?;
    let name = gone_pod.as_ref().map(|p| p.name.as_str()).unwrap_or(node);
    let peer_urls = gone_pod
        .as_ref()
        .map(|p| p.initial_advertise_peer_urls.clone())
        .unwrap_or_default();
    let member = members
        .members
        .iter()
        .find(|m| m.name == name || (!peer_urls.is_empty() && m.peer_urls == peer_urls));

    let voters = members.members.iter().filter(|m| !m.is_learner).count();
    eprintln!(
        "Node {node}: Ready={}.",
        ready.as_deref().unwrap_or("(no Node object)")
    );
    eprintln!("Plan:");
    match member {
        Some(m) => {
            let after = voters - usize::from(!m.is_learner);
            eprintln!(
                "  1. remove etcd member {} ({:x}): {voters} voting members -> {after}, quorum {} -> {}",
                m.name,
                m.id,
                voters / 2 + 1,
                after / 2 + 1
            );
        }
        None => eprintln!("  1. etcd has no member {name} any more: nothing to remove"),
    }
    match &gone_pod {
        Some(p) => eprintln!(
            "  2. delete the stale mirror pod {}/{} (it still advertises the dead member's endpoint to kubeadm)",
            p.namespace, p.pod
        ),
        None => eprintln!("  2. no etcd pod of node {node} is left: nothing to delete"),
    }
    crate::confirm::confirm("Go ahead?", ctx.global.yes)?;

    if let Some(m) = member {
        let mut client = target.client().await?;
        let resp = target
            .request("member remove", client.member_remove(m.id))
            .await
            .map_err(explain)?;
        let change = MemberChange::new(resp.header(), None, resp.members());
        match ctx.format() {
            Format::Json | Format::Yaml => emit_doc(ctx, &change)?,
            _ => emit(format!(
                "Member {:16x} removed from cluster {:16x}\n",
                m.id,
                change
                    .header
                    .as_ref()
                    .map(|h| h.cluster_id)
                    .unwrap_or_default()
            ))?,
        }
    }
    if let Some(p) = &gone_pod {
        match cluster
            .pods
            .delete(
                &p.pod,
                &DeleteParams {
                    grace_period_seconds: Some(0),
                    ..Default::default()
                },
            )
            .await
        {
            Ok(_) => eprintln!("Deleted pod {}/{}.", p.namespace, p.pod),
            Err(kube::Error::Api(s)) if s.code == 404 => {}
            Err(e) => {
                return Err(api_failure(e, &format!("delete pod {}", p.pod), &p.namespace)
                    .context(format!("the member is removed, but its mirror pod {} is left: delete it with `kubectl delete pod -n {} {}`", p.pod, p.namespace, p.pod)))
            }
        }
    }
    eprintln!(
        "\nNext, to replace {node}:\n  \
         - if {node} itself is gone: `kubectl delete node {node}` (a replacement with the same name cannot register otherwise)\n  \
         - on a healthy control-plane node: `kubeadm init phase upload-certs --upload-certs` (prints a certificate key) and `kubeadm token create --print-join-command`\n  \
         - on the new machine (empty /var/lib/etcd): that join command with `--control-plane --certificate-key KEY`; kubeadm adds its etcd member itself\n  \
         - afterwards: `kubectl etcd member list` and `kubectl etcd status` show every member healthy"
    );
    Ok(Code::Success)
}

/// The node's Ready condition (`True`, `False`, `Unknown`); None when the Node is gone.
async fn node_ready(cluster: &Cluster, node: &str) -> Result<Option<String>> {
    let nodes: Api<Node> = Api::all(cluster.pods.clone().into_client());
    match nodes.get_opt(node).await {
        Ok(Some(n)) => Ok(Some(
            n.status
                .and_then(|s| s.conditions)
                .into_iter()
                .flatten()
                .find(|c| c.type_ == "Ready")
                .map(|c| c.status)
                .unwrap_or_else(|| "Unknown".into()),
        )),
        Ok(None) => Ok(None),
        Err(e) => Err(api_failure(e, &format!("get node {node}"), "the cluster")),
    }
}

/// A connection through the members that are up.
pub(super) async fn target(ctx: &Ctx, cluster: &Cluster, others: &[Member]) -> Result<Target> {
    let g = &ctx.global;
    let flags = TlsMaterial {
        ca: super::read_pem("--cacert", g.cacert.as_deref())?,
        cert: super::read_pem("--cert", g.cert.as_deref())?,
        key: super::read_pem("--key", g.key.as_deref())?,
        insecure_skip_verify: g.insecure_skip_tls_verify,
    };
    let material = cluster.credentials(flags, &others[0]).await?;
    Target::new(
        cluster.endpoints(others)?,
        &material,
        g.dial_timeout,
        g.command_timeout,
        true,
    )
}
