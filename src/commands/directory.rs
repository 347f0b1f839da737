//! `faro directory export DIR` and `faro directory import DIR`: the database's directory as
//! pack files and back, under the conflict rule of `faro_core::directory::pack_sync`.

use std::process::ExitCode;

use anyhow::Context;
use faro_core::Config;
use faro_core::content::{ContentPack, load_directory_folder};
use faro_core::directory::pack_sync;
use faro_core::store::Store;

use super::say::Say;
use crate::cli::DirectoryCommand;

/// Who the audit log names for an import from the command line.
const CLI_ACTOR: &str = "cli";

pub fn run(config: Config, say: &Say, command: DirectoryCommand) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(async move {
        let store = Store::connect(&config.database_url).await?;
        let now = faro_core::clock::now_unix();
        // A database never seeded takes the pack's entries first, as `faro serve` would.
        let (pack, _) = ContentPack::scan(&config.content_dir);
        faro_core::directory::seed(&store, pack.pack_directory(), now).await?;
        let outcome = match command {
            DirectoryCommand::Export { dir } => export(&store, say, &dir).await,
            DirectoryCommand::Import { dir } => import(&store, say, &dir, now).await,
        };
        store.close().await;
        outcome
    })
}

async fn export(store: &Store, say: &Say, dir: &std::path::Path) -> anyhow::Result<ExitCode> {
    let files = pack_sync::export(store).await?;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut count = 0;
    for (name, text) in &files {
        let path = dir.join(name);
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
        count += text.matches("[[entry]]").count();
    }
    println!(
        "{}",
        say.line(
            "op-cli-directory-exported",
            &[
                ("count", count.into()),
                ("files", files.len().into()),
                ("dir", dir.display().to_string().into()),
            ],
        )
    );
    Ok(ExitCode::SUCCESS)
}

async fn import(
    store: &Store,
    say: &Say,
    dir: &std::path::Path,
    now: i64,
) -> anyhow::Result<ExitCode> {
    let (directory, diagnostics) = load_directory_folder(dir);
    let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
    if !errors.is_empty() {
        for error in &errors {
            eprintln!("{error}");
        }
        return Err(say.error(
            "op-cli-directory-bad-pack",
            &[
                ("dir", dir.display().to_string().into()),
                ("count", errors.len().into()),
            ],
        ));
    }
    let report = pack_sync::import(store, &directory, CLI_ACTOR, now).await?;
    println!(
        "{}",
        say.line(
            "op-cli-directory-imported",
            &[
                ("added", report.added.len().into()),
                ("updated", report.updated.len().into()),
                ("conflicts", report.conflicts.len().into()),
                ("unchanged", report.unchanged.into()),
            ],
        )
    );
    for id in &report.conflicts {
        println!("  {id}");
    }
    Ok(ExitCode::SUCCESS)
}
