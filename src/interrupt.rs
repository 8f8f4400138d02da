//! Ctrl-C, heard from the moment the command starts until it ends.
//!
//! `tokio::signal::ctrl_c()` registers its listener when the future is first polled, and a
//! SIGINT that arrives while no such future is alive is swallowed by tokio's handler once
//! one was ever installed. A loop that builds a new `ctrl_c()` per iteration (watch), or a
//! command that listens in one phase and then in the next (restore), therefore loses a
//! Ctrl-C that lands in between: the process keeps running although the user asked it to
//! stop. Here one listener is registered before the command runs and remembers the signal,
//! so [`interrupted`] completes for a Ctrl-C that came at any time since [`listen`].

use std::sync::OnceLock;

use tokio::sync::watch;

static SEEN: OnceLock<watch::Receiver<bool>> = OnceLock::new();

/// Starts listening for Ctrl-C (SIGINT; the console's Ctrl-C on Windows). Call once, inside
/// the runtime, before anything a user may want to interrupt.
pub fn listen() {
    let (tx, rx) = watch::channel(false);
    if SEEN.set(rx).is_err() {
        return;
    }
    match os_listener() {
        Ok(mut ctrl_c) => {
            tokio::spawn(async move {
                while ctrl_c.recv().await.is_some() {
                    tx.send_replace(true);
                }
            });
        }
        // Without a listener the default action (the process ends) still applies.
        Err(e) => eprintln!("warning: cannot listen for Ctrl-C: {e}"),
    }
}

#[cfg(unix)]
fn os_listener() -> std::io::Result<tokio::signal::unix::Signal> {
    tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
}

#[cfg(windows)]
fn os_listener() -> std::io::Result<tokio::signal::windows::CtrlC> {
    tokio::signal::windows::ctrl_c()
}

/// Completes once Ctrl-C has been pressed since [`listen`] (at once if it already was);
/// never if nothing listens.
pub async fn interrupted() {
    let Some(rx) = SEEN.get() else {
        return std::future::pending().await;
    };
    let mut rx = rx.clone();
    if rx.wait_for(|seen| *seen).await.is_err() {
        std::future::pending::<()>().await;
    }
}
