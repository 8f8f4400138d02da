//! The AWS CLI's profile files, for what object_store reads only from variables: keys from
//! `~/.aws/credentials` and region/endpoint from `~/.aws/config`, for `AWS_PROFILE`
//! (default `default`). `AWS_SHARED_CREDENTIALS_FILE` and `AWS_CONFIG_FILE` move them.

use std::collections::HashMap;
use std::path::PathBuf;

#[derive(Default)]
pub struct Profile {
    pub credentials: Option<Credentials>,
    pub region: Option<String>,
    pub endpoint_url: Option<String>,
}

pub struct Credentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
}

pub fn load() -> Profile {
    let name = std::env::var("AWS_PROFILE").unwrap_or_else(|_| "default".into());
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_default();
    let file = |var: &str, default: &str| {
        std::env::var_os(var)
            .map(PathBuf::from)
            .unwrap_or_else(|| home.join(".aws").join(default))
    };
    let creds = read(&file("AWS_SHARED_CREDENTIALS_FILE", "credentials"), &name);
    // In the config file every profile but `default` is spelled `[profile NAME]`.
    let config_section = if name == "default" {
        name.clone()
    } else {
        format!("profile {name}")
    };
    let config = read(&file("AWS_CONFIG_FILE", "config"), &config_section);
    let credentials = match (
        creds.get("aws_access_key_id"),
        creds.get("aws_secret_access_key"),
    ) {
        (Some(id), Some(secret)) => Some(Credentials {
            access_key_id: id.clone(),
            secret_access_key: secret.clone(),
            session_token: creds.get("aws_session_token").cloned(),
        }),
        _ => None,
    };
    Profile {
        credentials,
        region: config.get("region").cloned(),
        endpoint_url: config.get("endpoint_url").cloned(),
    }
}

/// `key = value` lines of one `[section]` of an INI file (missing file: nothing).
fn read(path: &std::path::Path, section: &str) -> HashMap<String, String> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return HashMap::new();
    };
    parse(&text, section)
}

fn parse(text: &str, section: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut inside = false;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            inside = name.trim() == section;
        } else if inside {
            if let Some((k, v)) = line.split_once('=') {
                out.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn sections() {
        let text = "[default]\naws_access_key_id = A\n[profile prod]\nregion=eu-west-1\n# c\nendpoint_url = http://x\n";
        assert_eq!(super::parse(text, "default")["aws_access_key_id"], "A");
        let prod = super::parse(text, "profile prod");
        assert_eq!(prod["region"], "eu-west-1");
        assert_eq!(prod["endpoint_url"], "http://x");
        assert!(!prod.contains_key("aws_access_key_id"));
    }
}
