//! `backup schedule|status|unschedule` end to end on the test control plane: the CronJob
//! passes the API server's batch validation, a Job made from it with the real kubectl runs
//! kubectl-etcd's own OCI image (static musl build, scripts/oci_image.py, imported as `ctr
//! images import` does), the backup lands in a real S3 server (moto), `backup status`
//! reports it; with wrong credentials the failure and its reason show; `unschedule` leaves
//! nothing behind but the backups.

use std::process::Command;
use std::time::{Duration, Instant};

use kubectl_etcd_testcluster::{EtcdVersion, TestCluster};

use crate::support::controlplane;
use crate::support::image;
use crate::support::moto::Moto;
use crate::support::run::{clean, ours_path, run, Out};

const NS: &str = "kube-system";
const SECRET_KEY: &str = "s3cr3t-for-the-schedule-test";

fn ours(tc: &TestCluster, env: &[(&str, String)], args: &[&str]) -> Out {
    let mut cmd = clean(ours_path());
    for (k, _) in std::env::vars() {
        if k.starts_with("AWS_") {
            cmd.env_remove(k);
        }
    }
    cmd.envs(env.iter().map(|(k, v)| (*k, v.as_str())))
        .arg(format!("--kubeconfig={}", tc.kubeconfig().display()))
        .args(args);
    run(cmd, None)
}

fn kubectl(tc: &TestCluster, args: &[&str]) -> Out {
    controlplane::kubectl(tc, args, None)
}

/// moto's variables, with a secret key we can look for.
fn env_for(moto: &Moto) -> Vec<(&'static str, String)> {
    moto.env()
        .into_iter()
        .map(|(k, v)| {
            if k == "AWS_SECRET_ACCESS_KEY" {
                (k, SECRET_KEY.to_string())
            } else {
                (k, v)
            }
        })
        .collect()
}

/// Waits (bounded) until the Job has finished; returns its condition type and the Job.
fn wait_job(tc: &TestCluster, job: &str) -> (String, serde_json::Value) {
    let deadline = Instant::now() + Duration::from_secs(180);
    loop {
        let j = kubectl(tc, &["-n", NS, "get", "job", job, "-o", "json"])
            .ok()
            .json();
        let done = j["status"]["conditions"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|c| (c["type"] == "Complete" || c["type"] == "Failed") && c["status"] == "True")
            .map(|c| c["type"].as_str().unwrap_or("").to_string());
        if let Some(t) = done {
            return (t, j);
        }
        if Instant::now() > deadline {
            let pods = kubectl(tc, &["-n", NS, "get", "pods", "-o", "json"]);
            panic!(
                "job {job} did not finish in 180 s: {j}\npods: {}",
                pods.text()
            );
        }
        std::thread::sleep(Duration::from_millis(500));
    }
}

#[test]
fn schedule_runs_the_image_in_the_cluster_and_reports_success_and_failure() {
    let tarball = image::tarball();
    let tc = controlplane::start(1, EtcdVersion::V35);
    let refs = tc.import_image(0, tarball).unwrap();
    assert_eq!(refs, [image::default_reference()]);
    let moto = Moto::start(false);
    moto.create_bucket("backups");
    let env = env_for(&moto);
    let schedule = [
        "backup",
        "schedule",
        "--to",
        "s3://backups/etcd/",
        "--every",
        "12h",
        "--credentials-from-env",
        "--keep-last",
        "2",
    ];

    // --dry-run prints the objects and creates nothing.
    let mut dry = schedule.to_vec();
    dry.push("--dry-run");
    let out = ours(&tc, &env, &dry).ok();
    let docs: Vec<serde_yaml::Value> = serde_yaml::Deserializer::from_slice(&out.stdout)
        .map(|d| serde::Deserialize::deserialize(d).unwrap())
        .collect();
    assert_eq!(docs.len(), 2, "{}", out.text());
    assert_eq!(docs[1]["kind"], "CronJob");
    assert_eq!(docs[1]["spec"]["schedule"], "0 */12 * * *");
    assert!(!out.text().contains(SECRET_KEY), "{}", out.text());
    let none = kubectl(
        &tc,
        &[
            "-n",
            NS,
            "get",
            "cronjobs,secrets",
            "-l",
            "kubectl-etcd.io/backup-schedule",
            "-o",
            "name",
        ],
    )
    .ok();
    assert_eq!(none.text(), "");

    // Bad input is refused before anything is created.
    let out = ours(
        &tc,
        &env,
        &[
            "backup",
            "schedule",
            "--to",
            "s3://backups/etcd/",
            "--every",
            "7h",
        ],
    );
    assert_eq!(out.code, 128, "{}", out.stderr);
    assert!(out.stderr.contains("invalid --every"), "{}", out.stderr);
    let out = ours(
        &tc,
        &env,
        &[
            "backup",
            "schedule",
            "--to",
            "/var/backups/",
            "--every",
            "1h",
        ],
    );
    assert_eq!(out.code, 128, "{}", out.stderr);
    assert!(
        out.stderr.contains("needs object storage"),
        "{}",
        out.stderr
    );

    // The API server validates CronJobs as kube-apiserver does (the real kubectl's request).
    let bad = kubectl(
        &tc,
        &[
            "-n",
            NS,
            "create",
            "cronjob",
            "bad",
            "--image=busybox",
            "--schedule=61 * * * *",
        ],
    );
    assert_ne!(bad.code, 0);
    assert!(
        bad.stderr.contains("spec.schedule: Invalid value"),
        "{}",
        bad.stderr
    );

    // RBAC refusals say what a schedule needs.
    tc.deny("create", "secrets");
    let out = ours(&tc, &env, &schedule);
    tc.allow_all();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("cannot create secrets in kube-system"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("hint: backup schedules need"),
        "{}",
        out.stderr
    );

    let out = ours(&tc, &env, &schedule).ok();
    assert!(
        out.text().contains("cronjob.batch/etcd-backup created"),
        "{}",
        out.text()
    );
    assert!(
        out.text()
            .contains("secret/etcd-backup-credentials created"),
        "{}",
        out.text()
    );
    let cj = kubectl(
        &tc,
        &["-n", NS, "get", "cronjob", "etcd-backup", "-o", "json"],
    )
    .ok();
    assert!(
        !cj.text().contains(SECRET_KEY),
        "credentials in the CronJob: {}",
        cj.text()
    );
    let cj = cj.json();
    assert_eq!(cj["spec"]["concurrencyPolicy"], "Forbid");
    let pod = &cj["spec"]["jobTemplate"]["spec"]["template"]["spec"];
    assert_eq!(pod["hostNetwork"], true);
    assert_eq!(pod["containers"][0]["image"], image::default_reference());
    let secret = kubectl(
        &tc,
        &[
            "-n",
            NS,
            "get",
            "secret",
            "etcd-backup-credentials",
            "-o",
            "jsonpath={.data.AWS_SECRET_ACCESS_KEY}",
        ],
    )
    .ok();
    use base64::Engine;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(secret.text().trim())
        .unwrap();
    assert_eq!(decoded, SECRET_KEY.as_bytes());

    // A run now, as an operator starts one: the real kubectl makes the Job from the CronJob.
    kubectl(
        &tc,
        &[
            "-n",
            NS,
            "create",
            "job",
            "--from=cronjob/etcd-backup",
            "run-1",
        ],
    )
    .ok();
    let (outcome, job) = wait_job(&tc, "run-1");
    assert_eq!(outcome, "Complete", "{job}");
    let keys = moto.keys("backups", "etcd/");
    assert_eq!(keys.len(), 1, "{keys:?}");
    assert!(keys[0].ends_with(".db"), "{keys:?}");
    // A real snapshot: etcdutl reads it.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.db");
    std::fs::write(&file, moto.object("backups", &keys[0])).unwrap();
    let etcdutl = Command::new("/opt/kubectl-etcd-test/etcd-3.5/usr/bin/etcdutl")
        .args(["snapshot", "status", "-w", "json"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        etcdutl.status.success(),
        "{}",
        String::from_utf8_lossy(&etcdutl.stderr)
    );

    let status = ours(&tc, &env, &["backup", "status", "-o", "json"])
        .ok()
        .json();
    let s = &status["schedules"][0];
    assert_eq!(s["name"], "etcd-backup");
    assert_eq!(s["lastSuccess"]["job"], "run-1");
    assert!(s["lastFailure"].is_null(), "{s}");
    assert_eq!(
        s["newestBackup"]["url"],
        format!("s3://backups/{}", keys[0])
    );
    assert_eq!(s["newestBackup"]["source"], "destination");
    assert_eq!(s["warnings"], serde_json::json!([]));

    // Why the job runs as uid 0: as the image's own user (65532, when the security context
    // does not say otherwise) kubeadm's 0600 etcd key is out of reach, and status says so.
    let mut cj = kubectl(
        &tc,
        &["-n", NS, "get", "cronjob", "etcd-backup", "-o", "json"],
    )
    .ok()
    .json();
    cj["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["securityContext"]
        .as_object_mut()
        .unwrap()
        .retain(|k, _| !k.starts_with("runAs"));
    let edited = dir.path().join("cronjob.json");
    std::fs::write(&edited, cj.to_string()).unwrap();
    kubectl(&tc, &["replace", "-f", edited.to_str().unwrap()]).ok();
    kubectl(
        &tc,
        &[
            "-n",
            NS,
            "create",
            "job",
            "--from=cronjob/etcd-backup",
            "run-as-image-user",
        ],
    )
    .ok();
    let (outcome, job) = wait_job(&tc, "run-as-image-user");
    assert_eq!(outcome, "Failed", "{job}");
    let out = ours(&tc, &env, &["backup", "status", "-o", "json"]);
    let s = &out.json()["schedules"][0];
    let reason = s["lastFailure"]["message"].as_str().unwrap_or("");
    assert!(
        reason.contains("cannot read --key") && reason.contains("Permission denied"),
        "{s}"
    );

    // Wrong credentials: the schedule is updated in place, the next run fails, and status
    // says why (from the pod's termination message).
    let strict = Moto::start(true);
    let out = ours(&tc, &env_for(&strict), &schedule).ok();
    assert!(
        out.text().contains("cronjob.batch/etcd-backup configured"),
        "{}",
        out.text()
    );
    kubectl(
        &tc,
        &[
            "-n",
            NS,
            "create",
            "job",
            "--from=cronjob/etcd-backup",
            "run-2",
        ],
    )
    .ok();
    let (outcome, job) = wait_job(&tc, "run-2");
    assert_eq!(outcome, "Failed", "{job}");
    let out = ours(&tc, &env, &["backup", "status", "-o", "json"]);
    assert_eq!(
        out.code, 1,
        "a failing schedule is an error: {}",
        out.stderr
    );
    let s = &out.json()["schedules"][0];
    assert_eq!(s["lastFailure"]["job"], "run-2");
    let reason = s["lastFailure"]["message"].as_str().unwrap_or("");
    assert!(reason.contains("InvalidAccessKeyId"), "{s}");
    let human = ours(&tc, &env, &["backup", "status", "etcd-backup"]);
    assert!(
        human.text().contains("InvalidAccessKeyId"),
        "{}",
        human.text()
    );
    assert!(
        human.text().contains("WARNING: the last run failed"),
        "{}",
        human.text()
    );

    // Unschedule: nothing of it is left, the backups stay.
    ours(&tc, &env, &["backup", "unschedule", "etcd-backup"]).ok();
    let left = kubectl(
        &tc,
        &[
            "-n",
            NS,
            "get",
            "cronjobs,jobs,pods,secrets",
            "-l",
            "kubectl-etcd.io/backup-schedule",
            "-o",
            "name",
        ],
    )
    .ok();
    assert_eq!(left.text(), "", "left behind");
    assert_eq!(moto.keys("backups", "etcd/"), keys);
    let etcd = kubectl(
        &tc,
        &["-n", NS, "get", "pod", &tc.etcd_pod_name(0), "-o", "name"],
    )
    .ok();
    assert!(!etcd.text().is_empty());
}
