//! What kube-scheduler and kube-controller-manager do for the objects kubectl-etcd creates:
//! bind pending pods to a node (nodeSelector, required node affinity, taints/tolerations),
//! the Job controller (a pod per attempt, backoff, backoffLimit, activeDeadlineSeconds,
//! status and conditions from the pods' outcome), the CronJob controller (runs on schedule,
//! concurrencyPolicy, startingDeadlineSeconds, history limits, lastScheduleTime /
//! lastSuccessfulTime) and the garbage collector (dependents of deleted owners).

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};
use tokio::sync::watch;

use crate::objects;
use crate::state::Shared;
use crate::store::Stored;
use crate::util;

const TICK: Duration = Duration::from_millis(500);

pub async fn run(shared: Arc<Shared>, mut stop: watch::Receiver<bool>) {
    loop {
        if *stop.borrow() {
            return;
        }
        // Errors (etcd down, conflicts) are retried on the next tick, as controllers requeue.
        let _ = gc(&shared).await;
        let _ = cron_jobs(&shared).await;
        let _ = jobs(&shared).await;
        let _ = schedule(&shared).await;
        tokio::select! {
            _ = tokio::time::sleep(TICK) => {}
            _ = stop.changed() => {}
        }
    }
}

type R<T> = Result<T, crate::store::StoreError>;

fn s<'a>(v: &'a Value, p: &str) -> &'a str {
    v.pointer(p).and_then(|x| x.as_str()).unwrap_or("")
}

fn seconds(t: &str) -> Option<i64> {
    t.parse::<jiff::Timestamp>().ok().map(|t| t.as_second())
}

fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

fn rfc3339(secs: i64) -> String {
    jiff::Timestamp::from_second(secs)
        .map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default()
}

fn owner_uids(o: &Value) -> Vec<String> {
    o.pointer("/metadata/ownerReferences")
        .and_then(|r| r.as_array())
        .map(|a| a.iter().map(|r| s(r, "/uid").to_string()).collect())
        .unwrap_or_default()
}

fn key(resource: &str, o: &Value) -> String {
    format!(
        "/registry/{resource}/{}/{}",
        s(o, "/metadata/namespace"),
        s(o, "/metadata/name")
    )
}

// ---------------------------------------------------------------------------------------
// Garbage collector

async fn gc(shared: &Shared) -> R<()> {
    // Dependents first, owners after: an owner created after its dependent was listed is
    // then still seen.
    let (pods, _) = shared.store.list("/registry/pods/").await?;
    let (jobs, _) = shared.store.list("/registry/jobs/").await?;
    let (cjs, _) = shared.store.list("/registry/cronjobs/").await?;
    let job_uids: HashSet<String> = jobs
        .iter()
        .map(|j| s(&j.obj, "/metadata/uid").to_string())
        .collect();
    let cj_uids: HashSet<String> = cjs
        .iter()
        .map(|c| s(&c.obj, "/metadata/uid").to_string())
        .collect();
    for p in &pods {
        let owners = owner_uids(&p.obj);
        let job_owned = p
            .obj
            .pointer("/metadata/ownerReferences")
            .and_then(|r| r.as_array())
            .is_some_and(|a| a.iter().any(|r| s(r, "/kind") == "Job"));
        if job_owned && !owners.is_empty() && owners.iter().all(|u| !job_uids.contains(u)) {
            shared.store.delete(&key("pods", &p.obj)).await?;
        }
    }
    for j in &jobs {
        let owners = owner_uids(&j.obj);
        if !owners.is_empty() && owners.iter().all(|u| !cj_uids.contains(u)) {
            shared.store.delete(&key("jobs", &j.obj)).await?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Scheduler

fn tolerates(pod: &Value, taint: &Value) -> bool {
    let effect = s(taint, "/effect");
    if effect == "PreferNoSchedule" {
        return true;
    }
    pod.pointer("/spec/tolerations")
        .and_then(|t| t.as_array())
        .is_some_and(|ts| {
            ts.iter().any(|t| {
                let key_ok = s(t, "/key").is_empty() && s(t, "/operator") == "Exists"
                    || s(t, "/key") == s(taint, "/key");
                let op_ok = match s(t, "/operator") {
                    "Exists" => true,
                    _ => s(t, "/value") == s(taint, "/value"),
                };
                let effect_ok = s(t, "/effect").is_empty() || s(t, "/effect") == effect;
                key_ok && op_ok && effect_ok
            })
        })
}

fn requirement_ok(labels: &Value, r: &Value) -> bool {
    let v = labels.get(s(r, "/key")).and_then(|v| v.as_str());
    let values: Vec<&str> = r
        .get("values")
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|x| x.as_str()).collect())
        .unwrap_or_default();
    match s(r, "/operator") {
        "In" => v.is_some_and(|v| values.contains(&v)),
        "NotIn" => v.is_none_or(|v| !values.contains(&v)),
        "Exists" => v.is_some(),
        "DoesNotExist" => v.is_none(),
        _ => false,
    }
}

/// Whether `node` may run `pod`: nodeSelector, required node affinity, NoSchedule/NoExecute
/// taints.
pub fn fits(pod: &Value, node: &Value) -> bool {
    let labels = node
        .pointer("/metadata/labels")
        .cloned()
        .unwrap_or(json!({}));
    if let Some(sel) = pod
        .pointer("/spec/nodeSelector")
        .and_then(|n| n.as_object())
    {
        if sel.iter().any(|(k, v)| labels.get(k) != Some(v)) {
            return false;
        }
    }
    if let Some(terms) = pod
        .pointer("/spec/affinity/nodeAffinity/requiredDuringSchedulingIgnoredDuringExecution/nodeSelectorTerms")
        .and_then(|t| t.as_array())
    {
        // Terms are ORed, the expressions of a term ANDed.
        let any = terms.iter().any(|t| {
            t.get("matchExpressions")
                .and_then(|e| e.as_array())
                .map(|es| es.iter().all(|r| requirement_ok(&labels, r)))
                .unwrap_or(true)
        });
        if !any {
            return false;
        }
    }
    node.pointer("/spec/taints")
        .and_then(|t| t.as_array())
        .map(|ts| ts.iter().all(|t| tolerates(pod, t)))
        .unwrap_or(true)
}

async fn schedule(shared: &Shared) -> R<()> {
    let (pods, _) = shared.store.list("/registry/pods/").await?;
    let mut nodes: Option<Vec<Stored>> = None;
    for p in pods {
        if !s(&p.obj, "/spec/nodeName").is_empty()
            || !s(&p.obj, "/spec/schedulerName").eq("default-scheduler")
        {
            continue;
        }
        if nodes.is_none() {
            nodes = Some(shared.store.list("/registry/minions/").await?.0);
        }
        let all = nodes.as_deref().unwrap_or(&[]);
        let fit = all.iter().find(|n| fits(&p.obj, &n.obj));
        let mut o = p.obj.clone();
        match fit {
            Some(n) => {
                o["spec"]["nodeName"] = json!(s(&n.obj, "/metadata/name"));
                o["status"]["conditions"] = json!([{"type": "PodScheduled", "status": "True", "lastProbeTime": null, "lastTransitionTime": util::now_rfc3339()}]);
            }
            None => {
                let msg = format!("0/{} nodes are available: {} node(s) didn't match Pod's node affinity/selector or had untolerated taints. preemption: 0/{} nodes are available: {} Preemption is not helpful for scheduling.", all.len(), all.len(), all.len(), all.len());
                if s(&o, "/status/conditions/0/message") == msg {
                    continue;
                }
                o["status"]["conditions"] = json!([{"type": "PodScheduled", "status": "False", "reason": "Unschedulable", "message": msg, "lastProbeTime": null, "lastTransitionTime": util::now_rfc3339()}]);
            }
        }
        let _ = shared
            .store
            .update(&key("pods", &p.obj), &o, Some(p.rev))
            .await;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Job controller

fn condition(o: &Value, ty: &str) -> bool {
    o.pointer("/status/conditions")
        .and_then(|c| c.as_array())
        .is_some_and(|cs| {
            cs.iter()
                .any(|c| s(c, "/type") == ty && s(c, "/status") == "True")
        })
}

pub fn job_finished(job: &Value) -> Option<&'static str> {
    if condition(job, "Complete") {
        Some("Complete")
    } else if condition(job, "Failed") {
        Some("Failed")
    } else {
        None
    }
}

fn owner_ref(kind: &str, api_version: &str, o: &Value) -> Value {
    json!({"apiVersion": api_version, "kind": kind, "name": s(o, "/metadata/name"), "uid": s(o, "/metadata/uid"), "controller": true, "blockOwnerDeletion": true})
}

/// A pod for the job, stored as the API server stores a created pod.
async fn create_pod(shared: &Shared, job: &Value) -> R<()> {
    let ns = s(job, "/metadata/namespace");
    let name = objects::generate_name(&format!("{}-", s(job, "/metadata/name")));
    let t = job.pointer("/spec/template").cloned().unwrap_or(json!({}));
    let mut meta = t.get("metadata").cloned().unwrap_or(json!({}));
    meta["name"] = json!(name);
    meta["generateName"] = json!(format!("{}-", s(job, "/metadata/name")));
    meta["ownerReferences"] = json!([owner_ref("Job", "batch/v1", job)]);
    let mut pod = json!({"kind": "Pod", "apiVersion": "v1", "metadata": meta, "spec": t.get("spec").cloned().unwrap_or(json!({}))});
    objects::new_metadata(&mut pod, Some(ns));
    pod["metadata"]["generation"] = json!(1);
    objects::default_pod_spec(&mut pod, false);
    let qos = objects::qos_class(&pod);
    pod["status"] = json!({"phase": "Pending", "qosClass": qos});
    shared
        .store
        .create(&format!("/registry/pods/{ns}/{name}"), &pod)
        .await
        .map(|_| ())
}

async fn jobs(shared: &Shared) -> R<()> {
    let (jobs, _) = shared.store.list("/registry/jobs/").await?;
    if jobs.is_empty() {
        return Ok(());
    }
    let (pods, _) = shared.store.list("/registry/pods/").await?;
    for j in jobs {
        if job_finished(&j.obj).is_some() || j.obj.pointer("/spec/suspend") == Some(&json!(true)) {
            continue;
        }
        let uid = s(&j.obj, "/metadata/uid").to_string();
        let mine: Vec<&Stored> = pods
            .iter()
            .filter(|p| owner_uids(&p.obj).contains(&uid))
            .collect();
        let phase = |p: &&Stored| s(&p.obj, "/status/phase").to_string();
        let succeeded = mine.iter().filter(|p| phase(p) == "Succeeded").count() as i64;
        let failed = mine.iter().filter(|p| phase(p) == "Failed").count() as i64;
        let active: Vec<&&Stored> = mine
            .iter()
            .filter(|p| phase(p) != "Succeeded" && phase(p) != "Failed")
            .collect();
        let completions = j
            .obj
            .pointer("/spec/completions")
            .and_then(|c| c.as_i64())
            .unwrap_or(1);
        let backoff_limit = j
            .obj
            .pointer("/spec/backoffLimit")
            .and_then(|c| c.as_i64())
            .unwrap_or(6);
        let mut o = j.obj.clone();
        let start = match s(&o, "/status/startTime") {
            "" => {
                let t = util::now_rfc3339();
                o["status"]["startTime"] = json!(t);
                t
            }
            t => t.to_string(),
        };
        let ts = util::now_rfc3339();
        let finish = |o: &mut Value, ty: &str, reason: &str, message: &str| {
            let target = if ty == "Complete" {
                "SuccessCriteriaMet"
            } else {
                "FailureTarget"
            };
            o["status"]["conditions"] = json!([
                {"type": target, "status": "True", "reason": reason, "message": message, "lastProbeTime": ts, "lastTransitionTime": ts},
                {"type": ty, "status": "True", "reason": reason, "message": message, "lastProbeTime": ts, "lastTransitionTime": ts},
            ]);
        };
        let deadline = j
            .obj
            .pointer("/spec/activeDeadlineSeconds")
            .and_then(|d| d.as_i64());
        let mut stop_active = false;
        if succeeded >= completions {
            finish(
                &mut o,
                "Complete",
                "CompletionsReached",
                "Reached expected number of succeeded pods",
            );
            o["status"]["completionTime"] = json!(ts);
        } else if failed > backoff_limit {
            finish(
                &mut o,
                "Failed",
                "BackoffLimitExceeded",
                "Job has reached the specified backoff limit",
            );
            stop_active = true;
        } else if deadline.is_some_and(|d| seconds(&start).is_some_and(|st| now() - st >= d)) {
            finish(
                &mut o,
                "Failed",
                "DeadlineExceeded",
                "Job was active longer than specified deadline",
            );
            stop_active = true;
        } else if active.is_empty() {
            // The next attempt, after the controller's backoff (10 s, doubling, at most 6 min)
            // since the last failure.
            let last_fail = mine
                .iter()
                .filter(|p| phase(p) == "Failed")
                .filter_map(|p| {
                    p.obj
                        .pointer("/status/containerStatuses/0/state/terminated/finishedAt")
                        .and_then(|f| f.as_str())
                        .and_then(seconds)
                })
                .max();
            let wait = if failed == 0 {
                0
            } else {
                (10i64 << (failed - 1).min(6)).min(360)
            };
            if last_fail.is_none_or(|t| now() - t >= wait) {
                create_pod(shared, &j.obj).await?;
            }
        }
        if stop_active {
            for p in &active {
                shared.store.delete(&key("pods", &p.obj)).await?;
            }
        }
        let ready = active
            .iter()
            .filter(|p| {
                p.obj
                    .pointer("/status/conditions")
                    .and_then(|c| c.as_array())
                    .is_some_and(|cs| {
                        cs.iter()
                            .any(|c| s(c, "/type") == "Ready" && s(c, "/status") == "True")
                    })
            })
            .count();
        let st = o["status"].as_object_mut().expect("status is an object");
        let set = |st: &mut serde_json::Map<String, Value>, k: &str, v: i64| {
            if v > 0 {
                st.insert(k.into(), json!(v));
            } else {
                st.remove(k);
            }
        };
        set(
            st,
            "active",
            if stop_active { 0 } else { active.len() as i64 },
        );
        set(st, "succeeded", succeeded);
        set(st, "failed", failed);
        st.insert("ready".into(), json!(ready));
        st.insert("terminating".into(), json!(0));
        st.insert("uncountedTerminatedPods".into(), json!({}));
        if o != j.obj {
            let _ = shared
                .store
                .update(&key("jobs", &j.obj), &o, Some(j.rev))
                .await;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// CronJob controller

fn cron(schedule: &str) -> Option<croner::Cron> {
    let s = match schedule.trim() {
        "@midnight" => "@daily",
        s => s,
    };
    croner::parser::CronParser::builder()
        .seconds(croner::parser::Seconds::Disallowed)
        .year(croner::parser::Year::Disallowed)
        .build()
        .parse(s)
        .ok()
}

/// The most recent scheduled time in (after, now], if any.
fn due(schedule: &str, after: i64) -> Option<i64> {
    let c = cron(schedule)?;
    let utc = jiff::tz::TimeZone::UTC;
    let mut t = jiff::Timestamp::from_second(after).ok()?.to_zoned(utc);
    let mut last = None;
    for _ in 0..1000 {
        t = c.find_next_occurrence(&t, false).ok()?;
        if t.timestamp().as_second() > now() {
            break;
        }
        last = Some(t.timestamp().as_second());
    }
    last
}

async fn cron_jobs(shared: &Shared) -> R<()> {
    let (cjs, _) = shared.store.list("/registry/cronjobs/").await?;
    if cjs.is_empty() {
        return Ok(());
    }
    let (jobs, _) = shared.store.list("/registry/jobs/").await?;
    for c in cjs {
        let uid = s(&c.obj, "/metadata/uid").to_string();
        let ns = s(&c.obj, "/metadata/namespace").to_string();
        let mut mine: Vec<&Stored> = jobs
            .iter()
            .filter(|j| owner_uids(&j.obj).contains(&uid))
            .collect();
        mine.sort_by_key(|j| s(&j.obj, "/metadata/creationTimestamp").to_string());
        let mut o = c.obj.clone();
        let running: Vec<&&Stored> = mine
            .iter()
            .filter(|j| job_finished(&j.obj).is_none())
            .collect();
        let last_success = mine
            .iter()
            .filter(|j| job_finished(&j.obj) == Some("Complete"))
            .filter_map(|j| {
                j.obj
                    .pointer("/status/completionTime")
                    .and_then(|t| t.as_str())
            })
            .max()
            .map(String::from);
        if let Some(t) = last_success {
            if s(&o, "/status/lastSuccessfulTime") < t.as_str() {
                o["status"]["lastSuccessfulTime"] = json!(t);
            }
        }
        // History limits: the oldest finished jobs beyond them go (with their pods, by GC).
        for (kind, field, default) in [
            ("Complete", "successfulJobsHistoryLimit", 3),
            ("Failed", "failedJobsHistoryLimit", 1),
        ] {
            let limit = c
                .obj
                .pointer(&format!("/spec/{field}"))
                .and_then(|l| l.as_i64())
                .unwrap_or(default);
            let done: Vec<&&Stored> = mine
                .iter()
                .filter(|j| job_finished(&j.obj) == Some(kind))
                .collect();
            let extra = done.len().saturating_sub(limit.max(0) as usize);
            for j in done.iter().take(extra) {
                shared.store.delete(&key("jobs", &j.obj)).await?;
            }
        }
        let mut active: Vec<Value> = running
            .iter()
            .map(|j| json!({"kind": "Job", "namespace": ns, "name": s(&j.obj, "/metadata/name"), "uid": s(&j.obj, "/metadata/uid"), "apiVersion": "batch/v1", "resourceVersion": j.rev.to_string()}))
            .collect();
        let suspended = c.obj.pointer("/spec/suspend") == Some(&json!(true));
        let after = match s(&o, "/status/lastScheduleTime") {
            "" => seconds(s(&o, "/metadata/creationTimestamp")).unwrap_or(now()),
            t => seconds(t).unwrap_or(now()),
        };
        if let (false, Some(at)) = (suspended, due(s(&c.obj, "/spec/schedule"), after)) {
            let too_late = c
                .obj
                .pointer("/spec/startingDeadlineSeconds")
                .and_then(|d| d.as_i64())
                .is_some_and(|d| now() - at > d);
            let policy = s(&c.obj, "/spec/concurrencyPolicy");
            if too_late {
                o["status"]["lastScheduleTime"] = json!(rfc3339(at));
            } else if policy == "Forbid" && !running.is_empty() {
                // Skipped until the running one ends (or the deadline passes).
            } else {
                if policy == "Replace" {
                    for j in &running {
                        shared.store.delete(&key("jobs", &j.obj)).await?;
                    }
                    active.clear();
                }
                let name = format!("{}-{}", s(&c.obj, "/metadata/name"), at / 60);
                let t = c
                    .obj
                    .pointer("/spec/jobTemplate")
                    .cloned()
                    .unwrap_or(json!({}));
                let mut meta = t.get("metadata").cloned().unwrap_or(json!({}));
                meta["name"] = json!(name);
                meta["ownerReferences"] = json!([owner_ref("CronJob", "batch/v1", &c.obj)]);
                meta["annotations"]["batch.kubernetes.io/cronjob-scheduled-timestamp"] =
                    json!(rfc3339(at));
                let mut job = json!({"kind": "Job", "apiVersion": "batch/v1", "metadata": meta, "spec": t.get("spec").cloned().unwrap_or(json!({}))});
                objects::new_metadata(&mut job, Some(&ns));
                job["metadata"]["generation"] = json!(1);
                crate::batch::prepare_create("jobs", &mut job);
                let k = format!("/registry/jobs/{ns}/{name}");
                match shared.store.create(&k, &job).await {
                    Ok(created) => {
                        active.push(json!({"kind": "Job", "namespace": ns, "name": name, "uid": s(&created, "/metadata/uid"), "apiVersion": "batch/v1", "resourceVersion": s(&created, "/metadata/resourceVersion")}));
                    }
                    Err(crate::store::StoreError::Exists) => {}
                    Err(e) => return Err(e),
                }
                o["status"]["lastScheduleTime"] = json!(rfc3339(at));
            }
        }
        if active.is_empty() {
            if let Some(st) = o.get_mut("status").and_then(|s| s.as_object_mut()) {
                st.remove("active");
            }
        } else {
            o["status"]["active"] = json!(active);
        }
        if o != c.obj {
            let _ = shared
                .store
                .update(&key("cronjobs", &c.obj), &o, Some(c.rev))
                .await;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheduling_follows_affinity_and_taints() {
        let node = json!({"metadata": {"labels": {"kubernetes.io/hostname": "cp-0", "node-role.kubernetes.io/control-plane": ""}},
                          "spec": {"taints": [{"key": "node-role.kubernetes.io/control-plane", "effect": "NoSchedule"}]}});
        let tol = json!([{"key": "node-role.kubernetes.io/control-plane", "operator": "Exists", "effect": "NoSchedule"}]);
        let aff = |host: &str| {
            json!({"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [{"matchExpressions": [
            {"key": "node-role.kubernetes.io/control-plane", "operator": "Exists"},
            {"key": "kubernetes.io/hostname", "operator": "In", "values": [host]}]}]}}})
        };
        assert!(fits(
            &json!({"spec": {"tolerations": tol, "affinity": aff("cp-0")}}),
            &node
        ));
        assert!(!fits(
            &json!({"spec": {"tolerations": tol, "affinity": aff("cp-1")}}),
            &node
        ));
        assert!(!fits(&json!({"spec": {"affinity": aff("cp-0")}}), &node));
        assert!(!fits(
            &json!({"spec": {"tolerations": tol, "nodeSelector": {"disk": "ssd"}}}),
            &node
        ));
    }

    #[test]
    fn due_times() {
        let t = now() - 3600 * 2;
        let d = due("0 * * * *", t).unwrap();
        assert_eq!(d % 3600, 0);
        assert!(d > now() - 3600 && d <= now());
        assert_eq!(due("0 0 1 1 *", now() - 10), None);
    }
}
