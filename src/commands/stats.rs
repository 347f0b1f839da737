use std::process::ExitCode;

use anyhow::Context;
use faro_core::Config;
use faro_core::intake::stats::{Table, Words};
use faro_core::store::Store;

use super::say::Say;
use crate::cli::StatsArgs;

pub fn run(config: Config, say: &Say, args: StatsArgs) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(async move {
        let store = Store::connect(&config.database_url).await?;
        let figures = store
            .figures()
            .published(faro_core::clock::now_unix())
            .await?;
        store.close().await;
        // A hidden cell and the "other" row in the operator's words, in the CSV as on the page.
        let hidden = say.get("op-figures-hidden");
        let other = say.get("op-figures-other");
        let words = Words {
            hidden: &hidden,
            other: &other,
        };
        for table in [
            &figures.by_origin,
            &figures.by_language,
            &figures.by_shelter,
        ] {
            if args.csv {
                print!("{}", table.to_csv(&words));
            } else {
                print_aligned(say, table, &words);
            }
            println!();
        }
        if !args.csv {
            // What "<5" and "hidden" mean, as the figures page says it.
            for key in [
                "op-figures-method-small",
                "op-figures-method-hidden",
                "op-figures-method-rounded",
            ] {
                println!("{}", say.get(key));
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

/// For reading: headings in the operator's language. The CSV keeps the tables' own names,
/// for programs. A hidden cell reads `hidden` (never "<5": it may be any size).
fn print_aligned(say: &Say, table: &Table, words: &Words<'_>) {
    let hidden = words.hidden;
    let total = say.get("op-admin-total");
    let mut header = vec![say.line(
        "op-cli-stats-table",
        &[("table", table.title.as_str().into())],
    )];
    header.extend(table.column_labels.iter().cloned());
    header.push(total.clone());
    let mut lines = vec![header];
    for (row, label) in table.row_labels.iter().enumerate() {
        let mut line = vec![words.row_label(label).to_owned()];
        line.extend(table.cells[row].iter().map(|cell| cell.shown_as(hidden)));
        line.push(table.row_totals[row].shown_as(hidden));
        lines.push(line);
    }
    let mut footer = vec![total];
    footer.extend(table.column_totals.iter().map(|cell| cell.shown_as(hidden)));
    footer.push(table.total.shown_as(hidden));
    lines.push(footer);
    let widths: Vec<usize> = (0..lines[0].len())
        .map(|column| {
            lines
                .iter()
                .map(|line| line[column].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for line in lines {
        let cells: Vec<String> = line
            .iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        println!("{}", cells.join("  ").trim_end());
    }
}
