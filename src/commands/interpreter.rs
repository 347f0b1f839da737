use std::process::ExitCode;

use anyhow::{Context, bail};
use faro_core::Config;
use faro_core::intake::{LanguageTag, NewInterpreter, ServiceArea};
use faro_core::store::Store;

use crate::cli::{InterpreterAddArgs, InterpreterCommand};

pub fn run(config: Config, command: InterpreterCommand) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(async move {
        let store = Store::connect(&config.database_url).await?;
        match command {
            InterpreterCommand::Add(args) => add(&store, &config, args).await?,
            InterpreterCommand::List => list(&store).await?,
            InterpreterCommand::Disable { id } => store
                .interpreters()
                .set_active(id, false)
                .await
                .context("no such interpreter")?,
            InterpreterCommand::Enable { id } => store
                .interpreters()
                .set_active(id, true)
                .await
                .context("no such interpreter")?,
        }
        store.close().await;
        Ok(ExitCode::SUCCESS)
    })
}

async fn add(store: &Store, config: &Config, args: InterpreterAddArgs) -> anyhow::Result<()> {
    let display_name = args.name.trim().to_owned();
    if display_name.is_empty() || display_name.chars().count() > 80 {
        bail!("--name must be 1 to 80 characters");
    }
    let languages = args
        .languages
        .iter()
        .map(|tag| LanguageTag::parse(tag))
        .collect::<Result<Vec<_>, _>>()?;
    let content = faro_core::content::ContentPack::scan(&config.content_dir).0;
    let mut areas = Vec::new();
    for area in &args.areas {
        let area = area.trim();
        if area == "remote" {
            areas.push(ServiceArea::Remote);
        } else if content
            .directory()
            .get(area)
            .is_some_and(|entry| entry.kind == faro_core::content::EntryKind::Shelter)
        {
            areas.push(ServiceArea::Shelter(area.to_owned()));
        } else if let Some(city) = area.strip_prefix("city:") {
            // A city as the directory spells it, so that it matches the shelters' cities.
            let known = content
                .directory()
                .cities()
                .into_iter()
                .find(|(_, name)| name.eq_ignore_ascii_case(city.trim()));
            match known {
                Some((_, name)) => areas.push(ServiceArea::City(name.to_owned())),
                None => bail!(
                    "--area {area:?}: no shelter or office of the directory is in a city called {city:?}"
                ),
            }
        } else {
            bail!(
                "--area {area:?} is neither `remote`, a shelter id nor `city:<name>` in {}",
                config.content_dir.display()
            );
        }
    }
    let (id, code) = store
        .interpreters()
        .add(&NewInterpreter {
            display_name,
            languages,
            areas,
        })
        .await?;
    println!("interpreter {id} added");
    println!(
        "link code (give it to the interpreter; it works once): {}",
        code.0
    );
    println!("they send it to the bot as: /start {}", code.0);
    Ok(())
}

async fn list(store: &Store) -> anyhow::Result<()> {
    println!("id\tname\tlanguages\tareas\tlinked\tactive");
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
            if interpreter.telegram_chat_id.is_some() {
                "yes"
            } else {
                "no"
            },
            if interpreter.active { "yes" } else { "no" }
        );
    }
    Ok(())
}
