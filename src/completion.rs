//! Completion for `kubectl etcd <TAB>`: kubectl (≥ 1.26) runs `kubectl_complete-etcd` with the
//! words typed after the plugin name, the word being completed last, and reads candidates in
//! cobra's `__complete` protocol (`value\\tdescription` lines, then `:<directive>`).
//! `kubectl_complete-etcd` is a link to this binary, or `kubectl-etcd __complete …`.
//!
//! Commands, flags and fixed values come from the clap definition itself, so they never go
//! stale. Values only the kubeconfig, the cluster or a snapshot knows ([`Dynamic`]) are asked
//! of the caller's resolver, which must answer quickly and quietly (nothing on failure).

use clap::{Arg, ArgAction, Command};

/// cobra's ShellCompDirectiveNoSpace: the candidate is a prefix (a key path), keep typing.
const NO_SPACE: u32 = 2;
/// cobra's ShellCompDirectiveNoFileComp: do not fall back to file names.
const NO_FILE_COMP: u32 = 4;
/// cobra's ShellCompDirectiveDefault: the shell may complete file names.
const DEFAULT: u32 = 0;

/// Commands whose first positional is an etcd key.
const KEY_COMMANDS: &[&str] = &["get", "del", "watch", "put"];

/// Values that must be looked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dynamic {
    /// kubeconfig context names (`--context`).
    Contexts,
    /// kubeconfig cluster names (`--cluster NAME`).
    Clusters,
    /// kubeconfig user names (`--user`).
    Users,
    /// etcd member names (`--member`).
    Members,
    /// Nodes that run an etcd member (`--node`).
    Nodes,
    /// Keys starting with the word typed so far.
    Keys,
}

/// `resolve(what, words typed before the current one, current word)` → candidate values.
pub fn complete(
    root: Command,
    words: &[String],
    resolve: impl Fn(Dynamic, &[String], &str) -> Vec<String>,
) -> String {
    let (current, typed) = match words.split_last() {
        Some((current, typed)) => (current.as_str(), typed),
        None => ("", &[][..]),
    };
    let mut path = vec![root];
    let mut expects_value: Option<Arg> = None;
    let mut positionals = 0;
    for word in typed {
        let cmd = path
            .last()
            .cloned()
            .unwrap_or_else(|| Command::new("kubectl-etcd"));
        if expects_value.take().is_some() {
            continue;
        }
        if let Some(name) = word.strip_prefix("--") {
            if !name.contains('=') {
                expects_value = find_long(&path, name).filter(takes_value);
            }
        } else if word.starts_with('-') && word.len() == 2 {
            let short = word.chars().nth(1).unwrap_or('-');
            expects_value = find_short(&path, short).filter(takes_value);
        } else if let Some(sub) = cmd.find_subcommand(word) {
            path.push(sub.clone());
        } else {
            positionals += 1;
        }
    }
    let leaf = path
        .last()
        .map(|c| c.get_name().to_string())
        .unwrap_or_default();
    let looked_up = |what: Dynamic| -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = resolve(what, typed, current)
            .into_iter()
            .filter(|c| c.starts_with(current))
            .map(|c| (c, String::new()))
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let (candidates, directive) = match expects_value {
        Some(arg) => match dynamic_for(&arg) {
            Some(what) => (looked_up(what), NO_FILE_COMP),
            None => values(&arg, current),
        },
        None if current.starts_with('-') => (flags(&path, current), NO_FILE_COMP),
        None if positionals == 0 && KEY_COMMANDS.contains(&leaf.as_str()) => {
            if current.starts_with('/') {
                (looked_up(Dynamic::Keys), NO_SPACE | NO_FILE_COMP)
            } else if leaf == "get" {
                // kubectl-style addressing: a resource type, or the start of a raw key.
                let mut v: Vec<(String, String)> = crate::resources::plurals()
                    .filter(|p| p.starts_with(current))
                    .map(|p| (p.to_string(), String::new()))
                    .collect();
                v.sort();
                if current.is_empty() {
                    v.push(("/registry/".into(), "a raw etcd key".into()));
                }
                (v, NO_FILE_COMP)
            } else {
                (Vec::new(), NO_FILE_COMP)
            }
        }
        None => subcommands(&path, current),
    };
    let mut out = String::new();
    for (value, help) in candidates {
        out.push_str(&value);
        if !help.is_empty() {
            out.push('\t');
            out.push_str(&help);
        }
        out.push('\n');
    }
    out.push_str(&format!(":{directive}\n"));
    out
}

fn dynamic_for(arg: &Arg) -> Option<Dynamic> {
    Some(match arg.get_id().as_str() {
        "context" => Dynamic::Contexts,
        "cluster" => Dynamic::Clusters,
        "user" => Dynamic::Users,
        "member" => Dynamic::Members,
        "node" => Dynamic::Nodes,
        _ => return None,
    })
}

fn takes_value(a: &Arg) -> bool {
    matches!(a.get_action(), ArgAction::Set | ArgAction::Append)
}

/// Flags of the current command plus the global ones declared on its ancestors.
fn all_args(path: &[Command]) -> Vec<Arg> {
    let mut args: Vec<Arg> = path
        .last()
        .map(|c| c.get_arguments().cloned().collect())
        .unwrap_or_default();
    for ancestor in &path[..path.len().saturating_sub(1)] {
        args.extend(
            ancestor
                .get_arguments()
                .filter(|a| a.is_global_set())
                .cloned(),
        );
    }
    args
}

fn find_long(path: &[Command], name: &str) -> Option<Arg> {
    all_args(path)
        .into_iter()
        .find(|a| a.get_long() == Some(name))
}

fn find_short(path: &[Command], short: char) -> Option<Arg> {
    all_args(path).into_iter().find(|a| {
        a.get_short() == Some(short)
            || a.get_visible_short_aliases()
                .is_some_and(|s| s.contains(&short))
    })
}

fn help(text: Option<&clap::builder::StyledStr>) -> String {
    text.map(|h| h.to_string().lines().next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

fn flags(path: &[Command], prefix: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = all_args(path)
        .iter()
        .filter(|a| !a.is_hide_set())
        .filter_map(|a| a.get_long().map(|l| (format!("--{l}"), help(a.get_help()))))
        .filter(|(flag, _)| flag.starts_with(prefix))
        .collect();
    out.sort();
    out.dedup();
    out
}

fn subcommands(path: &[Command], prefix: &str) -> (Vec<(String, String)>, u32) {
    let Some(cmd) = path.last() else {
        return (Vec::new(), NO_FILE_COMP);
    };
    let subs: Vec<(String, String)> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        .filter(|s| s.get_name().starts_with(prefix))
        .map(|s| (s.get_name().to_string(), help(s.get_about())))
        .collect();
    if cmd.has_subcommands() {
        return (subs, NO_FILE_COMP);
    }
    // A leaf: its positionals are keys or files; only files can be completed here.
    let wants_file = cmd
        .get_positionals()
        .any(|a| a.get_value_hint() == clap::ValueHint::FilePath || a.get_id().as_str() == "file");
    (Vec::new(), if wants_file { DEFAULT } else { NO_FILE_COMP })
}

fn values(arg: &Arg, prefix: &str) -> (Vec<(String, String)>, u32) {
    let possible = arg.get_possible_values();
    if !possible.is_empty() {
        let vals = possible
            .iter()
            .filter(|p| !p.is_hide_set() && p.get_name().starts_with(prefix))
            .map(|p| (p.get_name().to_string(), help(p.get_help())))
            .collect();
        return (vals, NO_FILE_COMP);
    }
    let file_like = matches!(
        arg.get_value_hint(),
        clap::ValueHint::FilePath | clap::ValueHint::AnyPath
    ) || arg
        .get_value_names()
        .is_some_and(|n| n.iter().any(|n| n.as_str() == "FILE"));
    (Vec::new(), if file_like { DEFAULT } else { NO_FILE_COMP })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Completes with a resolver that names what it was asked for.
    fn run(words: &[&str]) -> String {
        complete(
            crate::cli::Cli::command(),
            &words.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            |what, typed, current| match what {
                Dynamic::Keys => vec![format!("{current}x/"), "/elsewhere/".into()],
                _ => vec![
                    format!("{what:?}-after-{}", typed.join(" ")),
                    "other".into(),
                ],
            },
        )
    }

    #[test]
    fn looked_up_values_go_to_the_resolver_and_are_filtered() {
        assert_eq!(run(&["--context", "Co"]), "Contexts-after---context\n:4\n");
        assert_eq!(
            run(&["get", "--cluster", ""]),
            "Clusters-after-get --cluster\nother\n:4\n"
        );
        assert!(run(&["status", "--member", "M"]).starts_with("Members-after-status --member\n"));
        assert!(run(&["status", "--node", "N"]).starts_with("Nodes-after-status --node\n"));
        assert!(run(&["--user", "U"]).starts_with("Users-after---user\n"));
        // Keys: only those under the typed prefix, and no space after (a path goes on).
        assert_eq!(run(&["get", "/registry/"]), "/registry/x/\n:6\n");
        assert_eq!(run(&["del", "--prefix", "/a"]), "/ax/\n:6\n");
    }

    #[test]
    fn get_offers_resource_types_then_raw_keys() {
        let out = run(&["get", "deploy"]);
        assert_eq!(out, "deployments\n:4\n");
        let out = run(&["get", ""]);
        assert!(
            out.contains("\npods\n") && out.contains("/registry/\ta raw etcd key\n"),
            "{out}"
        );
        // The second word (a name) is not a key.
        assert!(run(&["get", "pods", ""]).ends_with(":4\n"));
    }

    #[test]
    fn subcommands_with_descriptions() {
        let out = run(&["sn"]);
        assert!(
            out.starts_with("snapshot\tSave, check and look inside snapshots"),
            "{out}"
        );
        assert!(out.ends_with(":4\n"));
        let out = run(&["snapshot", ""]);
        assert!(
            out.contains("save\t") && out.contains("status\t") && out.contains("verify\t"),
            "{out}"
        );
    }

    #[test]
    fn flags_include_globals_and_values_of_enums() {
        let out = run(&["get", "--pre"]);
        assert!(out.starts_with("--prefix\t"), "{out}");
        let out = run(&["get", "--end"]);
        assert!(out.contains("--endpoints\t"), "{out}");
        let out = run(&["get", "k", "-w", ""]);
        assert_eq!(
            out.lines()
                .map(|l| l.split('\t').next().unwrap())
                .collect::<Vec<_>>(),
            ["simple", "json", "table", "yaml", "fields", ":4"]
        );
        let out = run(&["get", "k", "-o", ""]);
        assert_eq!(
            out.lines()
                .map(|l| l.split('\t').next().unwrap())
                .collect::<Vec<_>>(),
            ["json", "yaml", ":4"]
        );
        let out = run(&["get", "--sort-by", "MO"]);
        assert!(out.starts_with("MODIFY"), "{out}");
    }

    #[test]
    fn files_where_files_belong() {
        assert!(run(&["--cacert", ""]).ends_with(":0\n"));
        assert!(run(&["snapshot", "status", ""]).ends_with(":0\n"));
        assert!(run(&["--endpoints", ""]).ends_with(":4\n"));
    }
}
