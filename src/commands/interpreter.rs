use std::process::ExitCode;

use anyhow::Context;
use faro_core::Config;
use faro_core::intake::{LanguageTag, NewInterpreter, ServiceArea};
use faro_core::store::Store;

use super::say::Say;
use crate::cli::{InterpreterAddArgs, InterpreterCommand};

pub fn run(config: Config, say: &Say, command: InterpreterCommand) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(async move {
        let store = Store::connect(&config.database_url).await?;
        match command {
            InterpreterCommand::Add(args) => add(&store, &config, say, args).await?,
            InterpreterCommand::List => list(&store, say).await?,
            InterpreterCommand::Disable { id } => set_active(&store, say, id, false).await?,
            InterpreterCommand::Enable { id } => set_active(&store, say, id, true).await?,
            InterpreterCommand::Remove { id } => remove(&store, say, id).await?,
        }
        store.close().await;
        Ok(ExitCode::SUCCESS)
    })
}

async fn remove(store: &Store, say: &Say, id: i64) -> anyhow::Result<()> {
    match store
        .interpreters()
        .remove(id, faro_core::clock::now_unix())
        .await
    {
        Ok(()) => {}
        Err(faro_core::intake::IntakeError::NoSuchRequest) => {
            return Err(say.error("op-cli-no-such-interpreter", &[("id", id.into())]));
        }
        Err(error) => return Err(error.into()),
    }
    println!(
        "{}",
        say.line("op-cli-interpreter-removed", &[("id", id.into())])
    );
    Ok(())
}

async fn set_active(store: &Store, say: &Say, id: i64, active: bool) -> anyhow::Result<()> {
    store
        .interpreters()
        .set_active(id, active)
        .await
        .map_err(|_| say.error("op-cli-no-such-interpreter", &[("id", id.into())]))?;
    let key = if active {
        "op-cli-interpreter-enabled"
    } else {
        "op-cli-interpreter-disabled"
    };
    println!("{}", say.line(key, &[("id", id.into())]));
    Ok(())
}

async fn add(
    store: &Store,
    config: &Config,
    say: &Say,
    args: InterpreterAddArgs,
) -> anyhow::Result<()> {
    let display_name = args.name.trim().to_owned();
    if display_name.is_empty() || display_name.chars().count() > 80 {
        return Err(say.error("op-cli-interpreter-bad-name", &[]));
    }
    let languages = args
        .languages
        .iter()
        .map(|tag| LanguageTag::parse(tag))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|error| say.intake_error(error))?;
    let pack = faro_core::content::ContentPack::scan(&config.content_dir).0;
    // The database's directory: shelters and cities made in the browser count too.
    let content =
        faro_core::directory::current(store, pack.pack_directory(), faro_core::clock::now_unix())
            .await?;
    let mut areas = Vec::new();
    for area in &args.areas {
        let area = area.trim();
        if area == "remote" {
            areas.push(ServiceArea::Remote);
        } else if content
            .get(area)
            .is_some_and(|entry| entry.kind == faro_core::content::EntryKind::Shelter)
        {
            areas.push(ServiceArea::Shelter(area.to_owned()));
        } else if let Some(city) = area.strip_prefix("city:") {
            // A city as the directory spells it, so that it matches the shelters' cities.
            let known = content
                .cities()
                .into_iter()
                .find(|(_, name)| name.eq_ignore_ascii_case(city.trim()));
            match known {
                Some((_, name)) => areas.push(ServiceArea::City(name.to_owned())),
                None => {
                    return Err(say.error(
                        "op-cli-unknown-city",
                        &[
                            ("area", format!("{area:?}").into()),
                            ("city", format!("{city:?}").into()),
                        ],
                    ));
                }
            }
        } else {
            return Err(say.error(
                "op-cli-unknown-area",
                &[
                    ("area", format!("{area:?}").into()),
                    ("dir", config.content_dir.display().to_string().into()),
                ],
            ));
        }
    }
    let (id, code) = store
        .interpreters()
        .add(&NewInterpreter {
            display_name,
            languages,
            areas,
        })
        .await
        .map_err(|error| say.intake_error(error))?;
    let code = code.0.as_str();
    println!(
        "{}",
        say.line("op-cli-interpreter-added", &[("id", id.into())])
    );
    println!(
        "{}",
        say.line("op-cli-interpreter-code", &[("code", code.into())])
    );
    println!(
        "{}",
        say.line("op-cli-interpreter-send", &[("code", code.into())])
    );
    Ok(())
}

async fn list(store: &Store, say: &Say) -> anyhow::Result<()> {
    println!(
        "{}",
        say.columns(&[
            "op-cli-column-id",
            "op-cli-column-name",
            "op-cli-column-languages",
            "op-cli-column-areas",
            "op-cli-column-linked",
            "op-cli-column-active",
        ])
    );
    for interpreter in store.interpreters().all().await? {
        let languages: Vec<_> = interpreter
            .languages
            .iter()
            .map(ToString::to_string)
            .collect();
        let areas: Vec<_> = interpreter
            .areas
            .iter()
            .map(|area| match area {
                ServiceArea::Remote => "remote".to_owned(),
                ServiceArea::City(city) => format!("city:{city}"),
                ServiceArea::Shelter(id) => id.clone(),
            })
            .collect();
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            interpreter.id,
            interpreter.display_name,
            languages.join(","),
            areas.join(","),
            say.yes_no(interpreter.telegram_chat_id.is_some()),
            say.yes_no(interpreter.active)
        );
    }
    Ok(())
}
