mod audio;
mod backup;
mod check;
mod directory;
mod interpreter;
mod kiosk_setup;
mod langid;
mod memory;
mod say;
mod serve;
mod stats;
mod user;

use std::process::ExitCode;

use faro_core::Config;
use faro_core::config::Overrides;

use crate::cli::{Cli, Command};

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve(args) => {
            let config = load_config(&cli.config, &args.overrides())?;
            serve::run(config)
        }
        Command::Check(args) => {
            let config = load_config(&cli.config, &Overrides::default())?;
            let content = args.content.clone().unwrap_or(config.content_dir);
            let translations = args.translations.clone().unwrap_or(config.translations_dir);
            let mut options = faro_core::check::CheckOptions::today(args.strict);
            options.max_age_days = args.max_age_days;
            if let Some(as_of) = args.as_of {
                options.as_of = as_of;
            }
            Ok(check::run(&content, &translations, options))
        }
        Command::Langid => langid::run(),
        Command::Audio(args) => {
            let config = load_config(&cli.config, &Overrides::default())?;
            audio::run(&config, &args)
        }
        Command::Interpreter(command) => {
            let (config, say) = operator_command(&cli.config, cli.lang.as_deref())?;
            interpreter::run(config, &say, command)
        }
        Command::User(command) => {
            let (config, say) = operator_command(&cli.config, cli.lang.as_deref())?;
            user::run(config, &say, command)
        }
        Command::KioskSetup(args) => {
            let config = load_config(&cli.config, &Overrides::default())?;
            kiosk_setup::run(&config, &args)
        }
        Command::Directory(command) => {
            let (config, say) = operator_command(&cli.config, cli.lang.as_deref())?;
            directory::run(config, &say, command)
        }
        Command::Stats(args) => {
            let (config, say) = operator_command(&cli.config, cli.lang.as_deref())?;
            stats::run(config, &say, args)
        }
        Command::Backup(args) => {
            let (config, say) = operator_command(&cli.config, cli.lang.as_deref())?;
            backup::backup(config, &say, args)
        }
        Command::Restore(args) => {
            let (config, say) = operator_command(&cli.config, cli.lang.as_deref())?;
            backup::restore(config, &say, args)
        }
    }
}

/// The configuration and the operator's language for a command an operator runs.
fn operator_command(
    file: &std::path::Path,
    lang: Option<&str>,
) -> anyhow::Result<(Config, say::Say)> {
    let config = load_config(file, &Overrides::default())?;
    let say = say::Say::new(&config, lang)?;
    Ok((config, say))
}

fn load_config(file: &std::path::Path, overrides: &Overrides) -> anyhow::Result<Config> {
    Ok(Config::load(file, std::env::vars(), overrides)?)
}
