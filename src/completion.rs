//! Completion for `kubectl etcd <TAB>`: kubectl (≥ 1.26) runs `kubectl_complete-etcd` with the
//! words typed after the plugin name, the word being completed last, and reads candidates in
//! cobra's `__complete` protocol (`value\\tdescription` lines, then `:<directive>`).
//! `kubectl_complete-etcd` is a link to this binary, or `kubectl-etcd __complete …`.
//!
//! Candidates come from the clap definition itself, so they never go stale.

use clap::{Arg, ArgAction, Command};

/// cobra's ShellCompDirectiveNoFileComp: do not fall back to file names.
const NO_FILE_COMP: u32 = 4;
/// cobra's ShellCompDirectiveDefault: the shell may complete file names.
const DEFAULT: u32 = 0;

pub fn complete(root: Command, words: &[String]) -> String {
    let (current, typed) = match words.split_last() {
        Some((current, typed)) => (current.as_str(), typed),
        None => ("", &[][..]),
    };
    let mut path = vec![root];
    let mut expects_value: Option<Arg> = None;
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
        }
    }
    let (candidates, directive) = match expects_value {
        Some(arg) => values(&arg, current),
        None if current.starts_with('-') => (flags(&path, current), NO_FILE_COMP),
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

    fn run(words: &[&str]) -> String {
        complete(
            crate::cli::Cli::command(),
            &words.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        )
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
            ["simple", "json", "table", "yaml", ":4"]
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
