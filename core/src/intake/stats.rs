//! Aggregate figures for focal points: counts of declarations by origin, language and shelter
//! per calendar quarter. No individual record ever leaves this module, and no small count can be
//! worked out from what it shows. The method, as the README explains it to focal points:
//!
//! 1. **Counted, not queried.** Each declaration adds one to its quarter's counts (its origin,
//!    its shelter, each of its languages) in the transaction that stores it ([`record`]). An
//!    erasure takes it out again while its quarter is still open ([`unrecord`]); expiry never
//!    does. So a closed quarter's figures never change: no difference between two readings
//!    shows an expiry, an erasure or a newcomer.
//! 2. **Closed quarters only.** The quarter under way is never shown. A declaration made today
//!    appears in the figures only after its quarter has ended, together with everyone else's
//!    of those three months (the seeds' own matrices are quarterly).
//! 3. **No row-existence signal.** A row is listed only when its total over the quarters shown
//!    is at least [`THRESHOLD`]; every smaller group is summed into one "other" row.
//! 4. **Suppression.** A count under [`THRESHOLD`] is shown as "<5" (primary). Then, so that no
//!    hidden count can be worked out from a total, any row or column — and the row and column
//!    totals against the grand total — with exactly one hidden value gets a second one hidden,
//!    the smallest visible (secondary, shown as hidden, not as "<5").
//! 5. **Rounding.** Every count shown is rounded to the nearest multiple of [`ROUND_TO`], so that
//!    adding a few declarations through an open kiosk and reading the result (padding) gives a
//!    range, not the exact number of the others.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use sqlx::Row;
use time::OffsetDateTime;

use super::IntakeError;
use crate::store::{Store, StoreError, Tx};

pub const THRESHOLD: u64 = 5;

/// Shown counts are rounded to the nearest multiple of this.
pub const ROUND_TO: u64 = 5;

/// The row every group smaller than [`THRESHOLD`] is summed into.
pub const OTHER: &str = "other";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    /// A count, rounded to the nearest multiple of [`ROUND_TO`].
    Shown(u64),
    /// Under [`THRESHOLD`].
    Small,
    /// Hidden so that a small count elsewhere cannot be worked out (secondary suppression).
    Hidden,
}

impl Cell {
    /// One count shown on its own, with no table around it to work it out from (how many a
    /// campaign reaches): none as 0, under [`THRESHOLD`] as "<5", otherwise rounded to
    /// [`ROUND_TO`] as the figures are, so that two readings a person apart do not tell.
    pub fn single(count: u64) -> Cell {
        match count {
            0 => Cell::Shown(0),
            count if count < THRESHOLD => Cell::Small,
            count => Cell::Shown(rounded(count)),
        }
    }

    pub fn is_hidden(self) -> bool {
        !matches!(self, Cell::Shown(_))
    }

    /// As the page, the CSV and `faro stats` show it: the number, `<5`, or `hidden` in the
    /// reader's words — never `<5` for a hidden count, which may be any size.
    pub fn shown_as(self, hidden: &str) -> String {
        match self {
            Cell::Hidden => hidden.to_owned(),
            other => other.to_string(),
        }
    }
}

/// As the CSV and `faro stats` write it: the number, `<5`, or `-` for a hidden cell.
impl std::fmt::Display for Cell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Cell::Shown(count) => write!(f, "{count}"),
            Cell::Small => write!(f, "<{THRESHOLD}"),
            Cell::Hidden => f.write_str("-"),
        }
    }
}

fn rounded(count: u64) -> u64 {
    (count + ROUND_TO / 2) / ROUND_TO * ROUND_TO
}

/// The reader's words for what a table would otherwise write in English: a hidden cell and
/// the [`OTHER`] row every small group is summed into (CSV and `faro stats`).
#[derive(Clone, Copy, Debug)]
pub struct Words<'a> {
    pub hidden: &'a str,
    pub other: &'a str,
}

impl<'a> Words<'a> {
    /// A row's label as the reader sees it: [`OTHER`] in their words, any other as it is.
    pub fn row_label(&self, label: &'a str) -> &'a str {
        if label == OTHER { self.other } else { label }
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
            if count < THRESHOLD {
                Cell::Small
            } else if is_hidden {
                Cell::Hidden
            } else {
                Cell::Shown(rounded(count))
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

    /// The table as CSV, a hidden cell and the [`OTHER`] row in the reader's words.
    pub fn to_csv(&self, words: &Words<'_>) -> String {
        let hidden = words.hidden;
        let mut out = String::new();
        let escape = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
        // Numbers and `<5` as they are; the hidden word quoted, being the reader's text.
        let cell = |cell: &Cell| match cell {
            Cell::Hidden => escape(hidden),
            other => other.to_string(),
        };
        let _ = write!(out, "{}", escape(&self.title));
        for label in &self.column_labels {
            let _ = write!(out, ",{}", escape(label));
        }
        out.push_str(",\"total\"\n");
        for (r, label) in self.row_labels.iter().enumerate() {
            let _ = write!(out, "{}", escape(words.row_label(label)));
            for value in &self.cells[r] {
                let _ = write!(out, ",{}", cell(value));
            }
            let _ = writeln!(out, ",{}", cell(&self.row_totals[r]));
        }
        out.push_str("\"total\"");
        for value in &self.column_totals {
            let _ = write!(out, ",{}", cell(value));
        }
        let _ = writeln!(out, ",{}", cell(&self.total));
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

/// The three tables focal points see: rows are groups, columns the closed quarters.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    pub by_origin: Table,
    pub by_language: Table,
    pub by_shelter: Table,
}

/// What a declaration counts under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dimension {
    /// An ISO code, `another` or `undisclosed`.
    Origin,
    /// A language tag, or `undisclosed`.
    Language,
    /// A directory id, or `none`.
    Shelter,
}

impl Dimension {
    fn as_str(self) -> &'static str {
        match self {
            Dimension::Origin => "origin",
            Dimension::Language => "language",
            Dimension::Shelter => "shelter",
        }
    }
}

/// The calendar quarter (UTC) of a time: `2026-Q4`.
pub fn quarter_of(unix: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix)
        .map(|at| format!("{:04}-Q{}", at.year(), u8::from(at.month()).div_ceil(3)))
        .unwrap_or_else(|_| "unknown".into())
}

/// Adds one to each of a declaration's counts, inside the transaction that stores it.
pub(super) async fn record(
    tx: &mut Tx,
    quarter: &str,
    keys: &[(Dimension, String)],
) -> Result<(), StoreError> {
    for (dimension, key) in keys {
        sqlx::query(
            "INSERT INTO figure_counts (quarter, dimension, key, count) VALUES ($1, $2, $3, 1)
             ON CONFLICT (quarter, dimension, key) DO UPDATE SET count = figure_counts.count + 1",
        )
        .bind(quarter)
        .bind(dimension.as_str())
        .bind(key)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Takes the declarations `condition` selects (an SQL condition on `d`, the declarations table,
/// with `$1` bound to `value`) out of the counts of the quarter under way, inside the
/// transaction that deletes them. A closed quarter keeps its figures.
pub(crate) async fn unrecord(
    tx: &mut Tx,
    condition: &'static str,
    value: &str,
    now: i64,
) -> Result<(), StoreError> {
    let open = quarter_of(now);
    let sql = format!(
        "SELECT d.id, d.origin, d.shelter_id, d.created_at FROM declarations d WHERE {condition}"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(value)
        .fetch_all(&mut **tx)
        .await?;
    for row in rows {
        let created_at: i64 = row.try_get("created_at")?;
        if quarter_of(created_at) != open {
            continue;
        }
        let id: i64 = row.try_get("id")?;
        let languages: Vec<String> = sqlx::query_scalar(
            "SELECT language FROM declaration_languages WHERE declaration_id = $1",
        )
        .bind(id)
        .fetch_all(&mut **tx)
        .await?;
        let origin: Option<String> = row.try_get("origin")?;
        let shelter: Option<String> = row.try_get("shelter_id")?;
        let keys = declaration_keys(origin, shelter, languages);
        for (dimension, key) in keys {
            sqlx::query(
                "UPDATE figure_counts SET count = count - 1 WHERE quarter = $1 AND dimension = $2 AND key = $3 AND count > 0",
            )
            .bind(&open)
            .bind(dimension.as_str())
            .bind(key)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}

/// What a declaration counts under, in every dimension.
pub(super) fn declaration_keys(
    origin: Option<String>,
    shelter: Option<String>,
    languages: Vec<String>,
) -> Vec<(Dimension, String)> {
    let mut keys = vec![
        (
            Dimension::Origin,
            origin.unwrap_or_else(|| "undisclosed".into()),
        ),
        (Dimension::Shelter, shelter.unwrap_or_else(|| "none".into())),
    ];
    if languages.is_empty() {
        // "Prefer not to say" on the languages question counts as such, like the origin's.
        keys.push((Dimension::Language, "undisclosed".into()));
    }
    keys.extend(languages.into_iter().map(|l| (Dimension::Language, l)));
    keys
}

/// A table of groups by quarter (or by any columns): groups under [`THRESHOLD`] in all are
/// summed into [`OTHER`], then the table is suppressed and rounded. Campaign delivery counts
/// per locale go through it too (`publishing::Progress::shown`).
pub fn table(title: &str, quarters: &[String], counts: &BTreeMap<(String, String), u64>) -> Table {
    let mut totals: BTreeMap<&str, u64> = BTreeMap::new();
    for ((key, _), count) in counts {
        *totals.entry(key.as_str()).or_default() += count;
    }
    let listed: BTreeSet<&str> = totals
        .iter()
        .filter(|(key, total)| **total >= THRESHOLD && **key != OTHER)
        .map(|(key, _)| *key)
        .collect();
    let mut rows: Vec<String> = listed.iter().map(|key| (*key).to_owned()).collect();
    let folded = totals.keys().any(|key| !listed.contains(key));
    if folded {
        rows.push(OTHER.to_owned());
    }
    let row_index = |key: &str| {
        if listed.contains(key) {
            rows.iter().position(|row| row == key)
        } else {
            rows.iter().position(|row| row == OTHER)
        }
    };
    let mut grid = vec![vec![0u64; quarters.len()]; rows.len()];
    for ((key, quarter), count) in counts {
        if let (Some(r), Some(c)) = (row_index(key), quarters.iter().position(|q| q == quarter)) {
            grid[r][c] += count;
        }
    }
    Table::suppressed(title, rows, quarters.to_vec(), grid)
}

/// The figures of declarations.
pub struct FigureCounts<'a> {
    store: &'a Store,
}

impl Store {
    pub fn figures(&self) -> FigureCounts<'_> {
        FigureCounts { store: self }
    }
}

impl FigureCounts<'_> {
    /// The figures of every quarter that ended before `now`.
    pub async fn published(&self, now: i64) -> Result<Figures, IntakeError> {
        let open = quarter_of(now);
        let rows = sqlx::query(
            "SELECT quarter, dimension, key, count FROM figure_counts WHERE quarter < $1 AND count > 0",
        )
        .bind(&open)
        .fetch_all(self.store.pool())
        .await?;
        let mut quarters = BTreeSet::new();
        let mut by: BTreeMap<String, BTreeMap<(String, String), u64>> = BTreeMap::new();
        for row in rows {
            let quarter: String = row.try_get("quarter")?;
            let dimension: String = row.try_get("dimension")?;
            let key: String = row.try_get("key")?;
            let count: i64 = row.try_get("count")?;
            quarters.insert(quarter.clone());
            *by.entry(dimension)
                .or_default()
                .entry((key, quarter))
                .or_default() += u64::try_from(count).unwrap_or(0);
        }
        let quarters: Vec<String> = quarters.into_iter().collect();
        let empty = BTreeMap::new();
        let of = |dimension: Dimension| by.get(dimension.as_str()).unwrap_or(&empty);
        Ok(Figures {
            by_origin: table("origin", &quarters, of(Dimension::Origin)),
            by_language: table("language", &quarters, of(Dimension::Language)),
            by_shelter: table("shelter", &quarters, of(Dimension::Shelter)),
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
        let one_hidden = |cells: Vec<Cell>| cells.iter().filter(|c| c.is_hidden()).count() == 1;
        (0..rows).any(|r| !table.row_totals[r].is_hidden() && one_hidden(table.cells[r].clone()))
            || (0..columns).any(|c| {
                !table.column_totals[c].is_hidden()
                    && one_hidden((0..rows).map(|r| table.cells[r][c]).collect())
            })
            || (!table.total.is_hidden()
                && (one_hidden(table.row_totals.clone())
                    || one_hidden(table.column_totals.clone())))
    }

    #[test]
    fn a_single_count_is_none_small_or_rounded() {
        assert_eq!(Cell::single(0), Cell::Shown(0));
        for count in 1..THRESHOLD {
            assert_eq!(Cell::single(count), Cell::Small, "{count}");
        }
        assert_eq!(Cell::single(5), Cell::Shown(5));
        assert_eq!(Cell::single(7), Cell::Shown(5));
        assert_eq!(Cell::single(8), Cell::Shown(10));
        assert_eq!(Cell::single(12_345), Cell::Shown(12_345));
    }

    #[test]
    fn small_counts_show_as_less_than_five() {
        let table = Table::suppressed(
            "t",
            labels(2, "r"),
            labels(2, "c"),
            vec![vec![3, 10], vec![12, 20]],
        );
        assert_eq!(table.cells[0][0], Cell::Small);
        assert_eq!(table.cells[0][0].to_string(), "<5");
        assert!(!recoverable(&table), "{table:#?}");
        // 3 alone would be recoverable from row 0 (total 13) and column 0 (total 15); what hides
        // with it is 5 or more, and says so.
        assert!(
            table.cells.iter().flatten().any(|c| *c == Cell::Hidden),
            "{table:#?}"
        );
        assert_eq!(table.cells[0][0].to_string(), "<5");
        assert_eq!(Cell::Hidden.to_string(), "-");
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
        assert_eq!(table.row_totals[0], Cell::Small);
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
                        assert_eq!(table.cells[r][c], Cell::Small);
                    } else if let Cell::Shown(shown) = table.cells[r][c] {
                        assert_eq!(shown % ROUND_TO, 0, "rounded");
                        assert!(shown.abs_diff(n) <= ROUND_TO / 2, "{n} shown as {shown}");
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
            table.to_csv(&Words {
                hidden: "hidden",
                other: "other"
            }),
            "\"origin\",\"2026-11\",\"total\"\n\"HT\",10,10\n\"total\",10,10\n"
        );
        // A hidden cell says so in the reader's word; a small one stays "<5".
        let table = Table::suppressed(
            "origin",
            vec!["HT".into(), "ER".into()],
            vec!["2026-Q3".into()],
            vec![vec![7], vec![2]],
        );
        assert_eq!(table.cells[0][0], Cell::Hidden);
        assert_eq!(table.cells[1][0], Cell::Small);
        let csv = table.to_csv(&Words {
            hidden: "oculto",
            other: "otros",
        });
        assert!(csv.contains("\"HT\",\"oculto\""), "{csv}");
        assert!(csv.contains("\"ER\",<5"), "{csv}");
    }
}
