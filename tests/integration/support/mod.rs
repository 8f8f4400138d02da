//! Test support: real etcd clusters, their PKI, and runners for both CLIs.
#![allow(dead_code)]

pub mod controlplane;
pub mod emulators;
pub mod etcd;
pub mod hang_guard;
pub mod human;
pub mod image;
pub mod moto;
pub mod pki;
pub mod run;

/// A test bound from the environment: `var` in seconds, else `default_secs`.
pub fn limit_from_env(var: &str, default_secs: u64) -> std::time::Duration {
    let secs = std::env::var(var)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default_secs);
    std::time::Duration::from_secs(secs)
}
