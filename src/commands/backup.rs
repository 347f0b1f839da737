//! `faro backup PATH` and `faro restore PATH` (the work is `faro_core::backup`), and the lock
//! `faro serve` holds so that no restore replaces its database under it.

use std::process::ExitCode;

use anyhow::Context;
use faro_core::Config;
use faro_core::backup::{BackupError, RunningLock};
use faro_core::clock::now_unix;
use faro_core::i18n::Arg;
use faro_core::store::Store;

use super::say::Say;
use crate::cli::{BackupArgs, RestoreArgs};

pub fn backup(config: Config, text: &Say, args: BackupArgs) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(async move {
        if !config.database_url.starts_with("sqlite:") {
            return Err(explain(text, &BackupError::Postgres));
        }
        let store = Store::connect(&config.database_url).await?;
        let written = faro_core::backup::backup(&store, &args.path, now_unix()).await;
        store.close().await;
        let written = written.map_err(|error| explain(text, &error))?;
        let path = written.path.display().to_string();
        let message = text.line(
            "ops-backup-written",
            &[
                ("path", Arg::from(path.as_str())),
                ("bytes", Arg::from(written.bytes)),
                ("days", Arg::from(config.backup_retention_days)),
            ],
        );
        println!("{message}");
        Ok(ExitCode::SUCCESS)
    })
}

pub fn restore(config: Config, text: &Say, args: RestoreArgs) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(async move {
        let restored = faro_core::backup::restore(
            &config.database_url,
            &args.path,
            config.backup_retention_days,
            now_unix(),
        )
        .await
        .map_err(|error| explain(text, &error))?;
        let taken = utc_minute(restored.taken_at);
        let message = text.line(
            "ops-restore-done",
            &[
                ("taken", Arg::from(taken.as_str())),
                ("count", Arg::from(restored.replayed.total())),
            ],
        );
        println!("{message}");
        Ok(ExitCode::SUCCESS)
    })
}

/// For `faro serve`: held while it runs (SQLite only), refused while a restore is under way.
/// The refusal is in the operator's language when the translations can be read.
pub fn lock_for_serve(config: &Config) -> anyhow::Result<Option<RunningLock>> {
    RunningLock::for_serve(&config.database_url).map_err(|error| match Say::new(config, None) {
        Ok(text) => explain(&text, &error),
        Err(_) => anyhow::anyhow!(error.to_string()),
    })
}

/// The error in the operator's language.
fn explain(text: &Say, error: &BackupError) -> anyhow::Error {
    let path = |path: &std::path::Path| path.display().to_string();
    let (key, args): (&str, Vec<(&str, Arg<'_>)>) = match error {
        BackupError::Postgres => ("ops-backup-postgres", vec![]),
        BackupError::NoFile => ("ops-error-no-file", vec![]),
        BackupError::Exists(file) => ("ops-backup-exists", vec![("path", path(file).into())]),
        BackupError::Io { path: file, source } => (
            "ops-error-io",
            vec![
                ("path", path(file).into()),
                ("detail", source.to_string().into()),
            ],
        ),
        BackupError::NotUtf8(file) => ("ops-error-not-utf8", vec![("path", path(file).into())]),
        BackupError::Running(file) => {
            ("ops-restore-running", vec![("database", path(file).into())])
        }
        BackupError::Restoring(file) => {
            ("ops-serve-restoring", vec![("database", path(file).into())])
        }
        BackupError::Damaged { path: file, detail } => (
            "ops-restore-damaged",
            vec![
                ("path", path(file).into()),
                ("detail", detail.as_str().into()),
            ],
        ),
        BackupError::NotABackup(file) => (
            "ops-restore-not-a-backup",
            vec![("path", path(file).into())],
        ),
        BackupError::TooNew {
            path: file,
            found,
            known,
        } => (
            "ops-restore-too-new",
            vec![
                ("path", path(file).into()),
                ("found", (*found).into()),
                ("known", (*known).into()),
            ],
        ),
        BackupError::TooOld {
            path: file,
            age_days,
            keep_days,
        } => (
            "ops-restore-too-old",
            vec![
                ("path", path(file).into()),
                ("days", (*age_days).into()),
                ("keep", (*keep_days).into()),
            ],
        ),
        BackupError::Store(store) => (
            "ops-error-database",
            vec![("detail", store.to_string().into())],
        ),
    };
    text.error(key, &args)
}

/// `2026-12-06 23:40 UTC`: when a backup was taken, the same for every operator.
fn utc_minute(unix: i64) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|at| at.format(&format).ok())
        .unwrap_or_else(|| unix.to_string())
}
