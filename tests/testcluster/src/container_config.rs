//! What the kubelet works out for a container before starting it, beyond the image's
//! root: environment from Secrets/ConfigMaps (`envFrom`), the user it runs as (security
//! context, else the image's `User`), and afterwards its termination message.

use std::path::Path;

use base64::Engine;
use serde_json::Value;

use crate::images;
use crate::runtime::ImageRoot;
use crate::state::Shared;

/// `envFrom`: every key of the named Secrets/ConfigMaps. A missing one is the kubelet's
/// CreateContainerConfigError (unless `optional`).
pub async fn env_from(
    shared: &Shared,
    ns: &str,
    c: &Value,
) -> Result<Vec<(String, String)>, String> {
    let mut out = vec![];
    for src in c
        .get("envFrom")
        .and_then(|e| e.as_array())
        .cloned()
        .unwrap_or_default()
    {
        let prefix = src.get("prefix").and_then(|p| p.as_str()).unwrap_or("");
        let (kind, key, r) = if let Some(r) = src.get("secretRef") {
            ("secret", "secrets", r)
        } else if let Some(r) = src.get("configMapRef") {
            ("configmap", "configmaps", r)
        } else {
            continue;
        };
        let name = r.get("name").and_then(|n| n.as_str()).unwrap_or("");
        let optional = r.get("optional").and_then(|o| o.as_bool()).unwrap_or(false);
        let obj = shared
            .store
            .get(&format!("/registry/{key}/{ns}/{name}"))
            .await
            .map_err(|e| e.to_string())?;
        let Some(obj) = obj else {
            if optional {
                continue;
            }
            return Err(format!("{kind} \"{name}\" not found"));
        };
        let data = obj
            .obj
            .get("data")
            .and_then(|d| d.as_object())
            .cloned()
            .unwrap_or_default();
        for (k, v) in data {
            let v = v.as_str().unwrap_or("");
            let v = if kind == "secret" {
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(v)
                    .unwrap_or_default();
                String::from_utf8_lossy(&bytes).to_string()
            } else {
                v.to_string()
            };
            out.push((format!("{prefix}{k}"), v));
        }
    }
    Ok(out)
}

fn sc_i64(pod: &Value, c: &Value, field: &str) -> Option<i64> {
    c.pointer(&format!("/securityContext/{field}"))
        .or_else(|| pod.pointer(&format!("/spec/securityContext/{field}")))
        .and_then(|v| v.as_i64())
}

fn sc_bool(pod: &Value, c: &Value, field: &str) -> Option<bool> {
    c.pointer(&format!("/securityContext/{field}"))
        .or_else(|| pod.pointer(&format!("/spec/securityContext/{field}")))
        .and_then(|v| v.as_bool())
}

/// The (uid, gid) the container runs as; `None` = root. The security context wins over the
/// image's `User`; `runAsNonRoot` is checked as the kubelet does.
pub fn run_as(pod: &Value, c: &Value, root: &ImageRoot) -> Result<Option<(u32, u32)>, String> {
    let image_user = match root {
        ImageRoot::Oci(img) => Some(images::resolve_user(img).map_err(|e| e.to_string())?),
        _ => None,
    };
    let uid = sc_i64(pod, c, "runAsUser")
        .map(|u| u as u32)
        .or(image_user.map(|u| u.0))
        .unwrap_or(0);
    let gid = sc_i64(pod, c, "runAsGroup")
        .map(|g| g as u32)
        .or(image_user.filter(|u| u.0 == uid).map(|u| u.1))
        .unwrap_or(0);
    if sc_bool(pod, c, "runAsNonRoot") == Some(true) && uid == 0 {
        return Err(if sc_i64(pod, c, "runAsUser").is_some() {
            "container's runAsUser breaks non-root policy".to_string()
        } else {
            "container has runAsNonRoot and image will run as root".to_string()
        });
    }
    Ok((uid != 0).then_some((uid, gid)))
}

pub fn read_only_root(pod: &Value, c: &Value) -> bool {
    let _ = pod;
    c.pointer("/securityContext/readOnlyRootFilesystem")
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// An image's argv: `command` replaces the Entrypoint (and drops Cmd), `args` replace Cmd.
pub fn oci_argv(img: &images::OciImage, command: &[String], args: &[String]) -> Vec<String> {
    let mut argv: Vec<String> = if command.is_empty() {
        img.entrypoint.clone()
    } else {
        command.to_vec()
    };
    if !args.is_empty() {
        argv.extend(args.iter().cloned());
    } else if command.is_empty() {
        argv.extend(img.cmd.iter().cloned());
    }
    argv
}

/// The image's `Env` under the container's own variables (which win).
pub fn with_image_env(
    env: Vec<(String, String)>,
    explicit: &[String],
    img: &images::OciImage,
) -> Vec<(String, String)> {
    let mut env = env;
    for (k, v) in &img.env {
        if explicit.contains(k) {
            continue;
        }
        env.retain(|(x, _)| x != k);
        env.push((k.clone(), v.clone()));
    }
    env
}

/// The termination message: the file the container wrote (at most 4096 bytes), else with
/// `FallbackToLogsOnError` and a failure the end of its log (at most 80 lines / 2048 bytes).
pub fn termination_message(
    file: &Path,
    policy: &str,
    log: &Path,
    exit_code: i32,
) -> Option<String> {
    let written = std::fs::read(file).unwrap_or_default();
    let written = &written[..written.len().min(4096)];
    if !written.is_empty() {
        return Some(String::from_utf8_lossy(written).to_string());
    }
    if policy == "FallbackToLogsOnError" && exit_code != 0 {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        let tail = lines[lines.len().saturating_sub(80)..].join("\n");
        let start = tail.len().saturating_sub(2048);
        let mut start = start;
        while !tail.is_char_boundary(start) {
            start += 1;
        }
        let t = tail[start..].to_string();
        return (!t.is_empty()).then_some(t);
    }
    None
}
