//! ASCII tables drawn like etcdctl's (olekukonko/tablewriter): `+---+` borders, centred
//! upper-case headers, right-aligned cells, no lines between rows.

use comfy_table::{Cell, CellAlignment, ContentArrangement, Table};

/// Left/right border `|`, `-` top/bottom/header lines, `+` at every intersection, no row separators.
const ETCDCTL_STYLE: &str = "||--+-++|    ++++++";

pub fn render(headers: &[&str], rows: &[Vec<String>]) -> String {
    draw(headers, rows, CellAlignment::Right)
}

/// Our own tables (status, usage, secrets-audit): text reads better left-aligned.
pub fn render_left(headers: &[&str], rows: &[Vec<String>]) -> String {
    draw(headers, rows, CellAlignment::Left)
}

fn draw(headers: &[&str], rows: &[Vec<String>], align: CellAlignment) -> String {
    let mut table = Table::new();
    // tablewriter centres with the odd space on the right; comfy-table puts it on the left,
    // so headers are centred here and handed over as full-width text.
    let headers = headers.iter().enumerate().map(|(i, h)| {
        let width = rows
            .iter()
            .filter_map(|r| r.get(i))
            .map(|c| c.chars().count())
            .fold(h.chars().count(), usize::max);
        let gap = width - h.chars().count();
        Cell::new(format!(
            "{}{h}{}",
            " ".repeat(gap / 2),
            " ".repeat(gap - gap / 2)
        ))
        .set_alignment(CellAlignment::Left)
    });
    table
        .load_preset(ETCDCTL_STYLE)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(headers);
    for row in rows {
        table.add_row(row.iter().map(|c| Cell::new(c).set_alignment(align)));
    }
    let mut s = table.to_string();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn looks_like_tablewriter() {
        // Expected text copied from etcdctl 3.5's `member list -w table`.
        let t = super::render(
            &["ID", "IS LEARNER", "STATUS"],
            &[vec![
                "8e9e05c52164694d".into(),
                "false".into(),
                "started".into(),
            ]],
        );
        let want = "\
+------------------+------------+---------+
|        ID        | IS LEARNER | STATUS  |
+------------------+------------+---------+
| 8e9e05c52164694d |      false | started |
+------------------+------------+---------+
";
        assert_eq!(t, want);
    }
}
