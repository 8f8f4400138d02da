//! `backup unschedule NAME`: the CronJob, its Jobs and their pods, and the credentials
//! Secret only when `backup schedule --credentials-from-env` created it. Backups at the
//! destination are never touched.

use std::time::{Duration, Instant};

use anyhow::Result;
use k8s_openapi::api::batch::v1::{CronJob, Job};
use k8s_openapi::api::core::v1::{Pod, Secret};
use kube::api::{Api, DeleteParams, ListParams};

use super::{Ctx, LABEL_OWNED_SECRET, LABEL_SCHEDULE};
use crate::cli_backup::BackupUnscheduleArgs;
use crate::exit::{Code, Failure};

pub async fn run(ctx: &Ctx, args: BackupUnscheduleArgs) -> Result<Code> {
    let ns = ctx.global.etcd_namespace.clone();
    let name = args.name;
    let client = super::client(ctx).await?;
    let cron_jobs: Api<CronJob> = Api::namespaced(client.clone(), &ns);
    let jobs: Api<Job> = Api::namespaced(client.clone(), &ns);
    let pods: Api<Pod> = Api::namespaced(client.clone(), &ns);
    let secrets: Api<Secret> = Api::namespaced(client, &ns);
    let fail = |e, what| super::api_failure(e, what, &ns);
    let sel = format!("{LABEL_SCHEDULE}={name}");
    let cj = cron_jobs
        .get_opt(&name)
        .await
        .map_err(|e| fail(e, "get cronjobs"))?;
    match &cj {
        Some(c)
            if c.metadata
                .labels
                .as_ref()
                .and_then(|l| l.get(LABEL_SCHEDULE))
                .is_none() =>
        {
            return Err(Failure::new(
                Code::Error,
                format!("cronjob {name} in {ns} is not a kubectl-etcd backup schedule; left alone"),
            )
            .into())
        }
        Some(_) => {
            cron_jobs
                .delete(&name, &DeleteParams::background())
                .await
                .map_err(|e| fail(e, "delete cronjobs"))?;
            println!("cronjob.batch/{name} deleted");
        }
        None => eprintln!("No cronjob {name} in {ns}; removing what is left of it."),
    }
    // Jobs left behind (a Job's own default is to orphan its pods: say Background).
    delete_labelled(
        &jobs,
        &sel,
        &DeleteParams::background(),
        "job.batch",
        "jobs",
        &ns,
    )
    .await?;
    delete_labelled(&pods, &sel, &DeleteParams::default(), "pod", "pods", &ns).await?;
    let owned_secrets = format!("{sel},{LABEL_OWNED_SECRET}");
    delete_labelled(
        &secrets,
        &owned_secrets,
        &DeleteParams::default(),
        "secret",
        "secrets",
        &ns,
    )
    .await?;
    // The garbage collector may still be at work: wait (bounded) until nothing is left.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let left_jobs = jobs
            .list(&ListParams::default().labels(&sel))
            .await
            .map(|l| l.items.len())
            .unwrap_or(0);
        let left_pods = pods
            .list(&ListParams::default().labels(&sel))
            .await
            .map(|l| l.items.len())
            .unwrap_or(0);
        if left_jobs + left_pods == 0 {
            break;
        }
        if Instant::now() > deadline {
            eprintln!("Still terminating: {left_jobs} job(s), {left_pods} pod(s) labelled {sel}; check with kubectl -n {ns} get jobs,pods -l {sel}");
            return Ok(Code::Error);
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    if cj.is_some() {
        eprintln!("Backup schedule {name} removed; the backups at its destination are kept.");
    }
    Ok(Code::Success)
}

/// Deletes every `plural` matching `selector`, printing `kind/name deleted` as kubectl does;
/// one already gone (the garbage collector got there first) is not an error.
async fn delete_labelled<K>(
    api: &Api<K>,
    selector: &str,
    params: &DeleteParams,
    kind: &str,
    plural: &str,
    ns: &str,
) -> Result<()>
where
    K: kube::Resource + Clone + serde::de::DeserializeOwned + std::fmt::Debug,
{
    let items = api
        .list(&ListParams::default().labels(selector))
        .await
        .map_err(|e| super::api_failure(e, &format!("list {plural}"), ns))?
        .items;
    for item in items {
        let name = item.meta().name.clone().unwrap_or_default();
        match api.delete(&name, params).await {
            Ok(_) => println!("{kind}/{name} deleted"),
            Err(kube::Error::Api(s)) if s.code == 404 => {}
            Err(e) => return Err(super::api_failure(e, &format!("delete {plural}"), ns)),
        }
    }
    Ok(())
}
