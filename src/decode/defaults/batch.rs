//! batch/v1: pkg/apis/batch/v1/defaults.go and zz_generated.defaults.go (kubernetes v1.36).

use serde_json::Value;

use super::{core, default_ptr, default_value, each, ensure, get, path, Obj};

pub(super) fn apply(kind: &str, o: &mut Obj) {
    match kind {
        "Job" => {
            job(o);
            core::pod_template(ensure(ensure(o, "spec"), "template"));
        }
        "CronJob" => {
            cron_job(ensure(o, "spec"));
            // The job template's pod template gets the PodSpec defaults; the job template
            // itself does not get SetDefaults_Job (that takes a Job, not a JobSpec).
            let job_spec = ensure(ensure(ensure(o, "spec"), "jobTemplate"), "spec");
            core::pod_template(ensure(job_spec, "template"));
        }
        _ => {}
    }
}

/// SetDefaults_Job.
fn job(o: &mut Obj) {
    let template_labels = path(o, &["spec", "template", "metadata"])
        .and_then(|m| m.get("labels"))
        .filter(|l| l.is_object())
        .cloned();
    if let Some(labels) = template_labels {
        default_value(ensure(o, "metadata"), "labels", labels);
    }
    let spec = ensure(o, "spec");
    let unset = |spec: &Obj, key: &str| matches!(spec.get(key), None | Some(Value::Null));
    if unset(spec, "completions") && unset(spec, "parallelism") {
        spec.insert("completions".into(), 1.into());
        spec.insert("parallelism".into(), 1.into());
    }
    default_ptr(spec, "parallelism", 1);
    // With a per-index backoff limit the global one is effectively unlimited.
    let backoff = if unset(spec, "backoffLimitPerIndex") {
        6
    } else {
        i32::MAX
    };
    default_ptr(spec, "backoffLimit", backoff);
    default_ptr(spec, "completionMode", "NonIndexed");
    default_ptr(spec, "suspend", false);
    // JobPodReplacementPolicy is GA (always on) in 1.36.
    let replacement = if unset(spec, "podFailurePolicy") {
        "TerminatingOrFailed"
    } else {
        "Failed"
    };
    default_ptr(spec, "podReplacementPolicy", replacement);
    if let Some(policy) = get(spec, "podFailurePolicy") {
        for rule in each(policy, "rules") {
            for pattern in each(rule, "onPodConditions") {
                default_value(pattern, "status", "True");
            }
        }
    }
}

/// SetDefaults_CronJob.
fn cron_job(spec: &mut Obj) {
    default_value(spec, "concurrencyPolicy", "Allow");
    default_ptr(spec, "suspend", false);
    default_ptr(spec, "successfulJobsHistoryLimit", 3);
    default_ptr(spec, "failedJobsHistoryLimit", 1);
}
