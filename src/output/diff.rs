//! Unified diffs (`diff -u` style), as `kubectl diff` and `git diff` print them.

use similar::TextDiff;

/// A unified diff of two texts with 3 lines of context; only the `---`/`+++` header when they
/// are equal.
pub fn unified(old_name: &str, new_name: &str, old: &str, new: &str) -> String {
    let diff = TextDiff::from_lines(old, new);
    let body = diff
        .unified_diff()
        .context_radius(3)
        .missing_newline_hint(false)
        .header(old_name, new_name)
        .to_string();
    if body.is_empty() {
        format!("--- {old_name}\n+++ {new_name}\n")
    } else {
        body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_changed_line_in_context() {
        let old: String = (1..=10).map(|i| format!("line {i}\n")).collect();
        let new = old.replace("line 5\n", "line five\n");
        assert_eq!(
            unified("a", "b", &old, &new),
            "--- a\n+++ b\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n"
        );
        assert_eq!(unified("a", "b", &old, &old), "--- a\n+++ b\n");
        // Against nothing (an object only on one side): every line added.
        assert!(unified("a", "b", "", "x: 1\n").ends_with("@@ -0,0 +1 @@\n+x: 1\n"));
    }
}
