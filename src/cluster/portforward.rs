//! Byte streams to a pod's port through the API server (one WebSocket per connection, as
//! kube-apiserver and kubelet require), for etcd's gRPC+TLS to ride on.

use std::io;
use std::sync::Arc;

use k8s_openapi::api::core::v1::Pod;
use kube::Api;

use crate::etcd::connect::Io;
use crate::etcd::endpoint::{Opener, Via};

pub fn via(pods: Api<Pod>, namespace: &str, pod: &str, port: u16) -> Via {
    let name = format!("port-forward {namespace}/{pod}:{port}");
    let pod = pod.to_string();
    let open: Opener = Arc::new(move || {
        let pods = pods.clone();
        let pod = pod.clone();
        Box::pin(async move {
            let mut forwarder = pods
                .portforward(&pod, &[port])
                .await
                .map_err(|e| io::Error::other(describe(&e)))?;
            let stream = forwarder
                .take_stream(port)
                .ok_or_else(|| io::Error::other("the API server opened no stream for the port"))?;
            // The forwarder's task lives as long as the stream; kubelet reports connection
            // errors on the error channel, which ends the stream too.
            let errors = forwarder.take_error(port);
            tokio::spawn(async move {
                if let Some(errors) = errors {
                    let _ = errors.await;
                }
                let _ = forwarder.join().await;
            });
            Ok(Box::new(stream) as Box<dyn Io>)
        })
    });
    Via { name, open }
}

fn describe(e: &kube::Error) -> String {
    match e {
        kube::Error::Api(status) => format!("{} ({})", status.message, status.code),
        other => other.to_string(),
    }
}
