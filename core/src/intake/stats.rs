//! Aggregate figures for focal points: counts of declarations by origin, language and shelter
//! per month, with small-cell suppression. No individual record ever leaves this module.
//!
//! Suppression: every count under [`THRESHOLD`] is shown as "<5" (primary). Then, so that no
//! hidden count can be worked out from a total, any row or column — and the row and column
//! totals against the grand total — with exactly one hidden value gets a second one hidden,
//! the smallest visible (secondary), until no line has exactly one.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use sqlx::Row;
use time::OffsetDateTime;

use super::IntakeError;
use super::declaration::Origin;
use crate::store::Store;

pub const THRESHOLD: u64 = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    Shown(u64),
    Suppressed,
}

impl std::fmt::Display for Cell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Cell::Shown(count) => write!(f, "{count}"),
            Cell::Suppressed => write!(f, "<{THRESHOLD}"),
        }
    }
}

/// A two-way table with its totals, already suppressed.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub title: String,
    pub row_labels: Vec<String>,
    pub column_labels: Vec<String>,
    pub cells: Vec<Vec<Cell>>,
    pub row_totals: Vec<Cell>,
    pub column_totals: Vec<Cell>,
    pub total: Cell,
}

impl Table {
    /// Builds the table from raw counts and applies primary and secondary suppression.
    pub fn suppressed(
        title: &str,
        row_labels: Vec<String>,
        column_labels: Vec<String>,
        counts: Vec<Vec<u64>>,
    ) -> Table {
        let rows = row_labels.len();
        let columns = column_labels.len();
        let row_sums: Vec<u64> = counts.iter().map(|row| row.iter().sum()).collect();
        let column_sums: Vec<u64> = (0..columns)
            .map(|c| counts.iter().map(|row| row[c]).sum())
            .collect();
        let grand: u64 = row_sums.iter().sum();

        let mut hidden: Vec<Vec<bool>> = counts
            .iter()
            .map(|row| row.iter().map(|&n| n < THRESHOLD).collect())
            .collect();
        let mut row_hidden: Vec<bool> = row_sums.iter().map(|&n| n < THRESHOLD).collect();
        let mut column_hidden: Vec<bool> = column_sums.iter().map(|&n| n < THRESHOLD).collect();
        let grand_hidden = grand < THRESHOLD;

        loop {
            let mut changed = false;
            for r in 0..rows {
                if !row_hidden[r] {
                    let line: Vec<(u64, bool)> =
                        (0..columns).map(|c| (counts[r][c], hidden[r][c])).collect();
                    if let Some(c) = second_to_hide(&line) {
                        hidden[r][c] = true;
                        changed = true;
                    }
                }
            }
            for c in 0..columns {
                if !column_hidden[c] {
                    let line: Vec<(u64, bool)> =
                        (0..rows).map(|r| (counts[r][c], hidden[r][c])).collect();
                    if let Some(r) = second_to_hide(&line) {
                        hidden[r][c] = true;
                        changed = true;
                    }
                }
            }
            if !grand_hidden {
                let line: Vec<(u64, bool)> = row_sums
                    .iter()
                    .copied()
                    .zip(row_hidden.iter().copied())
                    .collect();
                if let Some(r) = second_to_hide(&line) {
                    row_hidden[r] = true;
                    changed = true;
                }
                let line: Vec<(u64, bool)> = column_sums
                    .iter()
                    .copied()
                    .zip(column_hidden.iter().copied())
                    .collect();
                if let Some(c) = second_to_hide(&line) {
                    column_hidden[c] = true;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }

        let cell = |count: u64, is_hidden: bool| {
            if is_hidden {
                Cell::Suppressed
            } else {
                Cell::Shown(count)
            }
        };
        Table {
            title: title.to_owned(),
            cells: (0..rows)
                .map(|r| {
                    (0..columns)
                        .map(|c| cell(counts[r][c], hidden[r][c]))
                        .collect()
                })
                .collect(),
            row_totals: (0..rows)
                .map(|r| cell(row_sums[r], row_hidden[r]))
                .collect(),
            column_totals: (0..columns)
                .map(|c| cell(column_sums[c], column_hidden[c]))
                .collect(),
            total: cell(grand, grand_hidden),
            row_labels,
            column_labels,
        }
    }

    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        let escape = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
        let _ = write!(out, "{}", escape(&self.title));
        for label in &self.column_labels {
            let _ = write!(out, ",{}", escape(label));
        }
        out.push_str(",\"total\"\n");
        for (r, label) in self.row_labels.iter().enumerate() {
            let _ = write!(out, "{}", escape(label));
            for cell in &self.cells[r] {
                let _ = write!(out, ",{cell}");
            }
            let _ = writeln!(out, ",{}", self.row_totals[r]);
        }
        out.push_str("\"total\"");
        for cell in &self.column_totals {
            let _ = write!(out, ",{cell}");
        }
        let _ = writeln!(out, ",{}", self.total);
        out
    }
}

/// In a line whose total is shown: if exactly one value is hidden, the index of the smallest
/// visible one, to hide as well.
fn second_to_hide(line: &[(u64, bool)]) -> Option<usize> {
    if line.iter().filter(|(_, hidden)| *hidden).count() != 1 {
        return None;
    }
    line.iter()
        .enumerate()
        .filter(|(_, (_, hidden))| !hidden)
        .min_by_key(|(_, (count, _))| *count)
        .map(|(index, _)| index)
}

/// The three tables focal points see.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    pub by_origin: Table,
    pub by_language: Table,
    pub by_shelter: Table,
}

fn month_of(unix: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix)
        .map(|at| format!("{:04}-{:02}", at.year(), u8::from(at.month())))
        .unwrap_or_else(|_| "unknown".into())
}

fn pivot(title: &str, pairs: &[(String, String)]) -> Table {
    let rows: BTreeSet<&String> = pairs.iter().map(|(row, _)| row).collect();
    let columns: BTreeSet<&String> = pairs.iter().map(|(_, column)| column).collect();
    let row_index: BTreeMap<&String, usize> =
        rows.iter().enumerate().map(|(i, r)| (*r, i)).collect();
    let column_index: BTreeMap<&String, usize> =
        columns.iter().enumerate().map(|(i, c)| (*c, i)).collect();
    let mut counts = vec![vec![0u64; columns.len()]; rows.len()];
    for (row, column) in pairs {
        counts[row_index[row]][column_index[column]] += 1;
    }
    Table::suppressed(
        title,
        rows.into_iter().cloned().collect(),
        columns.into_iter().cloned().collect(),
        counts,
    )
}

impl Store {
    pub async fn declaration_figures(&self) -> Result<Figures, IntakeError> {
        let rows = sqlx::query("SELECT id, origin, shelter_id, created_at FROM declarations")
            .fetch_all(self.pool())
            .await?;
        let mut origin_pairs = Vec::with_capacity(rows.len());
        let mut shelter_pairs = Vec::with_capacity(rows.len());
        let mut month_of_declaration = BTreeMap::new();
        for row in &rows {
            let month = month_of(row.try_get("created_at")?);
            let origin = match Origin::from_column(row.try_get("origin")?) {
                Origin::Country(code) => code.to_string(),
                Origin::Undisclosed => "undisclosed".to_owned(),
            };
            let shelter: Option<String> = row.try_get("shelter_id")?;
            origin_pairs.push((origin, month.clone()));
            shelter_pairs.push((shelter.unwrap_or_else(|| "none".into()), month.clone()));
            month_of_declaration.insert(row.try_get::<i64, _>("id")?, month);
        }
        let languages = sqlx::query("SELECT declaration_id, language FROM declaration_languages")
            .fetch_all(self.pool())
            .await?;
        let mut language_pairs = Vec::with_capacity(languages.len());
        for row in &languages {
            let id: i64 = row.try_get("declaration_id")?;
            if let Some(month) = month_of_declaration.get(&id) {
                language_pairs.push((row.try_get::<String, _>("language")?, month.clone()));
            }
        }
        Ok(Figures {
            by_origin: pivot("origin", &origin_pairs),
            by_language: pivot("language", &language_pairs),
            by_shelter: pivot("shelter", &shelter_pairs),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(n: usize, prefix: &str) -> Vec<String> {
        (0..n).map(|i| format!("{prefix}{i}")).collect()
    }

    /// Whether the hidden cells could be worked out: a line with a shown total and exactly one
    /// hidden value gives it away.
    fn recoverable(table: &Table) -> bool {
        let rows = table.row_labels.len();
        let columns = table.column_labels.len();
        let one_hidden =
            |cells: Vec<Cell>| cells.iter().filter(|c| **c == Cell::Suppressed).count() == 1;
        (0..rows)
            .any(|r| table.row_totals[r] != Cell::Suppressed && one_hidden(table.cells[r].clone()))
            || (0..columns).any(|c| {
                table.column_totals[c] != Cell::Suppressed
                    && one_hidden((0..rows).map(|r| table.cells[r][c]).collect())
            })
            || (table.total != Cell::Suppressed
                && (one_hidden(table.row_totals.clone())
                    || one_hidden(table.column_totals.clone())))
    }

    #[test]
    fn small_counts_show_as_less_than_five() {
        let table = Table::suppressed(
            "t",
            labels(2, "r"),
            labels(2, "c"),
            vec![vec![3, 10], vec![12, 20]],
        );
        assert_eq!(table.cells[0][0], Cell::Suppressed);
        assert_eq!(table.cells[0][0].to_string(), "<5");
        assert!(!recoverable(&table), "{table:#?}");
        // 3 alone would be recoverable from row 0 (total 13) and column 0 (total 15).
        assert_eq!(table.total, Cell::Shown(45));
    }

    #[test]
    fn a_single_hidden_total_gets_a_partner() {
        // Row 0 totals 4 (hidden); the grand total would give it away unless another row total hides too.
        let table = Table::suppressed(
            "t",
            labels(3, "r"),
            labels(1, "c"),
            vec![vec![4], vec![30], vec![50]],
        );
        assert_eq!(table.row_totals[0], Cell::Suppressed);
        assert!(!recoverable(&table), "{table:#?}");
    }

    #[test]
    fn no_hidden_cell_is_recoverable_in_many_random_tables() {
        let mut seed = 7u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % 14
        };
        for _ in 0..500 {
            let rows = 1 + (next() % 5) as usize;
            let columns = 1 + (next() % 4) as usize;
            let counts: Vec<Vec<u64>> = (0..rows)
                .map(|_| (0..columns).map(|_| next()).collect())
                .collect();
            let table =
                Table::suppressed("t", labels(rows, "r"), labels(columns, "c"), counts.clone());
            assert!(!recoverable(&table), "{counts:?} -> {table:#?}");
            for (r, row) in counts.iter().enumerate() {
                for (c, &n) in row.iter().enumerate() {
                    if n < THRESHOLD {
                        assert_eq!(table.cells[r][c], Cell::Suppressed);
                    }
                }
            }
        }
    }

    #[test]
    fn csv_has_labels_cells_and_totals() {
        let table = Table::suppressed(
            "origin",
            vec!["HT".into()],
            vec!["2026-11".into()],
            vec![vec![12]],
        );
        assert_eq!(
            table.to_csv(),
            "\"origin\",\"2026-11\",\"total\"\n\"HT\",12,12\n\"total\",12,12\n"
        );
    }
}
