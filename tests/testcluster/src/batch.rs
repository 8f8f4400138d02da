//! batch/v1 CronJobs and Jobs as kube-apiserver stores them: defaults (pkg/apis/batch/v1
//! defaults.go), the Job's generated selector and pod labels (the job strategy's
//! PrepareForCreate), and validation (pkg/apis/batch/validation): schedule parsed as the
//! CronJob controller's cron parser does, concurrency policy, non-negative counts, the pod
//! template (restartPolicy OnFailure or Never, and the pod rules), name lengths.

use serde_json::{json, Map, Value};

use crate::objects::{self, FieldError};

fn set_default(m: &mut Map<String, Value>, k: &str, v: Value) {
    if m.get(k).is_none_or(|x| x.is_null()) {
        m.insert(k.into(), v);
    }
}

fn job_spec_defaults(spec: &mut Map<String, Value>) {
    set_default(spec, "backoffLimit", json!(6));
    set_default(spec, "completions", json!(1));
    set_default(spec, "parallelism", json!(1));
    set_default(spec, "completionMode", json!("NonIndexed"));
    set_default(spec, "suspend", json!(false));
    set_default(spec, "podReplacementPolicy", json!("TerminatingOrFailed"));
    if let Some(t) = spec.get_mut("template") {
        let mut pod = json!({"spec": t.get("spec").cloned().unwrap_or(json!({}))});
        objects::default_pod_spec(&mut pod, false);
        // restartPolicy defaults to Always here too, which Job validation then refuses.
        t["spec"] = pod["spec"].take();
    }
}

/// Defaults and server-set fields of a new object (after its metadata got its uid).
pub fn prepare_create(resource: &str, obj: &mut Value) {
    match resource {
        "cronjobs" => {
            let Some(spec) = obj.get_mut("spec").and_then(|s| s.as_object_mut()) else {
                return;
            };
            set_default(spec, "concurrencyPolicy", json!("Allow"));
            set_default(spec, "suspend", json!(false));
            set_default(spec, "successfulJobsHistoryLimit", json!(3));
            set_default(spec, "failedJobsHistoryLimit", json!(1));
            if let Some(js) = spec
                .get_mut("jobTemplate")
                .and_then(|t| t.get_mut("spec"))
                .and_then(|s| s.as_object_mut())
            {
                job_spec_defaults(js);
            }
            obj["status"] = json!({});
        }
        "jobs" => {
            let uid = obj.pointer("/metadata/uid").cloned().unwrap_or(json!(""));
            let name = obj.pointer("/metadata/name").cloned().unwrap_or(json!(""));
            let Some(spec) = obj.get_mut("spec").and_then(|s| s.as_object_mut()) else {
                return;
            };
            job_spec_defaults(spec);
            let manual = spec.get("manualSelector").and_then(|m| m.as_bool()) == Some(true);
            if !manual {
                spec.insert(
                    "selector".into(),
                    json!({"matchLabels": {"batch.kubernetes.io/controller-uid": uid}}),
                );
                let t = spec.entry("template").or_insert_with(|| json!({}));
                let md = t
                    .as_object_mut()
                    .map(|t| t.entry("metadata").or_insert_with(|| json!({})));
                if let Some(labels) = md
                    .and_then(|m| m.as_object_mut())
                    .map(|m| m.entry("labels").or_insert_with(|| json!({})))
                    .and_then(|l| l.as_object_mut())
                {
                    labels.insert("batch.kubernetes.io/controller-uid".into(), uid.clone());
                    labels.insert("batch.kubernetes.io/job-name".into(), name.clone());
                    labels.insert("controller-uid".into(), uid);
                    labels.insert("job-name".into(), name);
                }
            }
            obj["status"] = json!({});
        }
        _ => {}
    }
}

/// robfig/cron's ParseStandard: five fields or a descriptor; plus the API's TZ rule.
pub fn check_schedule(field: &str, schedule: &str) -> Vec<FieldError> {
    let mut errs = vec![];
    let s = schedule.trim();
    let parsed = if let Some(d) = s.strip_prefix('@') {
        match d {
            "yearly" | "annually" | "monthly" | "weekly" | "daily" | "midnight" | "hourly" => {
                Ok(())
            }
            d if d.starts_with("every ") => Ok(()),
            _ => Err(format!("Unrecognized descriptor: {s}")),
        }
    } else {
        let n = s.split_whitespace().count();
        if n != 5 {
            Err(format!("Expected exactly 5 fields, found {n}: {s}"))
        } else if s.contains(['L', 'W', '#']) && !s.contains("WED") && !s.contains("JUL") {
            Err(format!("Failed to parse int from {s}"))
        } else {
            croner::parser::CronParser::builder()
                .seconds(croner::parser::Seconds::Disallowed)
                .year(croner::parser::Year::Disallowed)
                .build()
                .parse(s)
                .map(|_| ())
                .map_err(|e| e.to_string())
        }
    };
    if let Err(e) = parsed {
        errs.push(FieldError::invalid(field, schedule, &e));
    }
    if schedule.contains("TZ") {
        errs.push(FieldError::invalid(
            field,
            schedule,
            "cannot use TZ or CRON_TZ in schedule, use timeZone field instead",
        ));
    }
    errs
}

fn nonneg(errs: &mut Vec<FieldError>, v: &Value, ptr: &str, field: &str) {
    if let Some(x) = v.pointer(ptr) {
        if x.as_i64().is_none_or(|n| n < 0) {
            errs.push(FieldError::invalid(
                field,
                &x.to_string(),
                "must be greater than or equal to 0",
            ));
        }
    }
}

/// A pod template's rules, with the template's field path.
fn check_template(errs: &mut Vec<FieldError>, spec: &Value, path: &str) {
    let template = spec.get("template").cloned().unwrap_or(json!({}));
    let pod = json!({"metadata": template.get("metadata").cloned().unwrap_or(json!({})),
                     "spec": template.get("spec").cloned().unwrap_or(json!({}))});
    for mut e in objects::validate_pod(&pod) {
        e.field = format!("{path}.template.{}", e.field);
        errs.push(e);
    }
    if let Some(labels) = template
        .pointer("/metadata/labels")
        .and_then(|l| l.as_object())
    {
        for (k, v) in labels {
            let v = v.as_str().unwrap_or("");
            let ok = v.len() <= 63
                && v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
                && (v.is_empty()
                    || (v.starts_with(|c: char| c.is_ascii_alphanumeric())
                        && v.ends_with(|c: char| c.is_ascii_alphanumeric())));
            if !ok {
                errs.push(FieldError::invalid(
                    format!("{path}.template.metadata.labels"),
                    v,
                    &format!("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (label {k}), and must be no more than 63 characters"),
                ));
            }
        }
    }
    let rp = spec
        .pointer("/template/spec/restartPolicy")
        .and_then(|r| r.as_str())
        .unwrap_or("");
    if rp != "OnFailure" && rp != "Never" {
        errs.push(FieldError::not_supported(
            format!("{path}.template.spec.restartPolicy"),
            rp,
            &["OnFailure", "Never"],
        ));
    }
    nonneg(errs, spec, "/parallelism", &format!("{path}.parallelism"));
    nonneg(errs, spec, "/completions", &format!("{path}.completions"));
    nonneg(
        errs,
        spec,
        "/activeDeadlineSeconds",
        &format!("{path}.activeDeadlineSeconds"),
    );
    nonneg(errs, spec, "/backoffLimit", &format!("{path}.backoffLimit"));
    nonneg(
        errs,
        spec,
        "/ttlSecondsAfterFinished",
        &format!("{path}.ttlSecondsAfterFinished"),
    );
}

/// Validation of a CronJob or Job about to be stored (defaults applied).
pub fn validate(resource: &str, obj: &Value) -> Vec<FieldError> {
    let mut errs = vec![];
    let name = obj
        .pointer("/metadata/name")
        .and_then(|n| n.as_str())
        .unwrap_or("");
    let spec = obj.get("spec").cloned().unwrap_or(json!({}));
    match resource {
        "cronjobs" => {
            if name.len() > 52 {
                errs.push(FieldError::invalid(
                    "metadata.name",
                    name,
                    "must be no more than 52 characters",
                ));
            }
            match spec.get("schedule").and_then(|s| s.as_str()) {
                None | Some("") => errs.push(FieldError::required("spec.schedule", "")),
                Some(s) => errs.extend(check_schedule("spec.schedule", s)),
            }
            nonneg(
                &mut errs,
                &spec,
                "/startingDeadlineSeconds",
                "spec.startingDeadlineSeconds",
            );
            nonneg(
                &mut errs,
                &spec,
                "/successfulJobsHistoryLimit",
                "spec.successfulJobsHistoryLimit",
            );
            nonneg(
                &mut errs,
                &spec,
                "/failedJobsHistoryLimit",
                "spec.failedJobsHistoryLimit",
            );
            match spec
                .get("concurrencyPolicy")
                .and_then(|c| c.as_str())
                .unwrap_or("")
            {
                "Allow" | "Forbid" | "Replace" => {}
                "" => errs.push(FieldError::required("spec.concurrencyPolicy", "")),
                p => errs.push(FieldError::not_supported(
                    "spec.concurrencyPolicy",
                    p,
                    &["Allow", "Forbid", "Replace"],
                )),
            }
            let js = spec
                .pointer("/jobTemplate/spec")
                .cloned()
                .unwrap_or(json!({}));
            check_template(&mut errs, &js, "spec.jobTemplate.spec");
            if js.get("selector").is_some_and(|s| !s.is_null()) {
                errs.push(FieldError::invalid(
                    "spec.jobTemplate.spec.selector",
                    "",
                    "`selector` will be auto-generated",
                ));
            }
            if js.get("manualSelector").and_then(|m| m.as_bool()) == Some(true) {
                errs.push(FieldError::not_supported(
                    "spec.jobTemplate.spec.manualSelector",
                    "true",
                    &["nil", "false"],
                ));
            }
        }
        "jobs" => {
            check_template(&mut errs, &spec, "spec");
            let selector = spec
                .pointer("/selector/matchLabels")
                .and_then(|m| m.as_object());
            match selector {
                None => errs.push(FieldError::required("spec.selector", "")),
                Some(sel) => {
                    let labels = spec
                        .pointer("/template/metadata/labels")
                        .and_then(|l| l.as_object())
                        .cloned()
                        .unwrap_or_default();
                    if sel.iter().any(|(k, v)| labels.get(k) != Some(v)) {
                        errs.push(FieldError::invalid(
                            "spec.template.metadata.labels",
                            "",
                            "`selector` does not match template `labels`",
                        ));
                    }
                }
            }
        }
        _ => {}
    }
    errs
}

/// Update rules: a Job's selector, completions and pod template cannot change.
pub fn validate_update(resource: &str, new: &Value, old: &Value) -> Vec<FieldError> {
    let mut errs = validate(resource, new);
    if resource == "jobs" {
        for f in ["selector", "completions", "template"] {
            if new.pointer(&format!("/spec/{f}")) != old.pointer(&format!("/spec/{f}")) {
                errs.push(FieldError::invalid(
                    format!("spec.{f}"),
                    "",
                    "field is immutable",
                ));
            }
        }
    }
    errs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules_as_the_api_server_parses_them() {
        for ok in [
            "0 */12 * * *",
            "@daily",
            "@every 1h",
            "30 2 * * MON-FRI",
            "*/5 * * * *",
        ] {
            assert!(check_schedule("s", ok).is_empty(), "{ok}");
        }
        for bad in [
            "",
            "0 0 * *",
            "61 * * * *",
            "@sometimes",
            "CRON_TZ=UTC 0 0 * * *",
            "0 0 * * * *",
        ] {
            assert!(!check_schedule("s", bad).is_empty(), "{bad}");
        }
    }

    #[test]
    fn job_defaults_select_its_pods() {
        let mut job = json!({"metadata": {"name": "j", "uid": "u1"}, "spec": {"template": {"spec": {"restartPolicy": "Never", "containers": [{"name": "c", "image": "busybox"}]}}}});
        prepare_create("jobs", &mut job);
        assert!(validate("jobs", &job).is_empty());
        assert_eq!(
            job["spec"]["template"]["metadata"]["labels"]["job-name"],
            "j"
        );
        let mut always = json!({"metadata": {"name": "j", "uid": "u1"}, "spec": {"template": {"spec": {"containers": [{"name": "c", "image": "busybox"}]}}}});
        prepare_create("jobs", &mut always);
        let errs = validate("jobs", &always);
        assert!(
            errs.iter()
                .any(|e| e.field == "spec.template.spec.restartPolicy"),
            "{errs:?}"
        );
    }
}
