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
