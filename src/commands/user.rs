use std::io::BufRead;
use std::process::ExitCode;

use anyhow::Context;
use faro_core::Config;
use faro_core::accounts::{NewUser, Role};
use faro_core::clock::now_unix;
use faro_core::content::{ContentPack, EntryKind};
use faro_core::country::CountryCode;
use faro_core::store::Store;

use super::say::Say;
use crate::cli::{UserAddArgs, UserCommand};

/// Account changes from the command line are audited as made by `cli`.
const ACTOR: &str = "cli";

pub fn run(config: Config, say: &Say, command: UserCommand) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(async move {
        let store = Store::connect(&config.database_url).await?;
        match command {
            UserCommand::Add(args) => {
                let role = role(&config, &store, say, &args).await?;
                let password = read_password(say)?;
                let user = store
                    .users()
                    .create(
                        &NewUser {
                            name: args.name,
                            password,
                            role,
                        },
                        ACTOR,
                        now_unix(),
                    )
                    .await
                    .map_err(|error| say.account_error(error))?;
                let role = say.strings().role(&user.role);
                println!(
                    "{}",
                    say.line(
                        "op-cli-user-added",
                        &[("name", user.name.as_str().into()), ("role", role.into())]
                    )
                );
            }
            UserCommand::List => {
                println!(
                    "{}",
                    say.columns(&[
                        "op-cli-column-name",
                        "op-cli-column-role",
                        "op-cli-column-disabled"
                    ])
                );
                for user in store
                    .users()
                    .all()
                    .await
                    .map_err(|error| say.account_error(error))?
                {
                    println!(
                        "{}\t{}\t{}",
                        user.name,
                        say.strings().role(&user.role),
                        say.yes_no(user.disabled)
                    );
                }
            }
            UserCommand::Disable { name } => {
                store
                    .users()
                    .set_disabled(&name, true, ACTOR, now_unix())
                    .await
                    .map_err(|error| say.account_error(error))?;
                println!(
                    "{}",
                    say.line("op-cli-user-disabled", &[("name", name.as_str().into())])
                );
            }
            UserCommand::Enable { name } => {
                store
                    .users()
                    .set_disabled(&name, false, ACTOR, now_unix())
                    .await
                    .map_err(|error| say.account_error(error))?;
                println!(
                    "{}",
                    say.line("op-cli-user-enabled", &[("name", name.as_str().into())])
                );
            }
            UserCommand::Token { name } => {
                let days = config.api_token_days;
                let (token, _) = store
                    .sessions()
                    .create_api_token(&name, ACTOR, days, now_unix())
                    .await
                    .map_err(|error| say.account_error(error))?;
                println!("{}", token.0);
                eprintln!(
                    "{}",
                    say.line(
                        "op-cli-token-created",
                        &[("name", name.as_str().into()), ("days", days.into())]
                    )
                );
            }
            UserCommand::RevokeTokens { name } => {
                let revoked = store
                    .sessions()
                    .revoke_api_tokens(&name, ACTOR, now_unix())
                    .await
                    .map_err(|error| say.account_error(error))?;
                println!(
                    "{}",
                    say.line(
                        "op-cli-tokens-revoked",
                        &[("count", revoked.into()), ("name", name.as_str().into())]
                    )
                );
            }
        }
        store.close().await;
        Ok(ExitCode::SUCCESS)
    })
}

async fn role(
    config: &Config,
    store: &Store,
    say: &Say,
    args: &UserAddArgs,
) -> anyhow::Result<Role> {
    match (args.role.as_str(), &args.country, &args.shelter) {
        ("admin", None, None) => Ok(Role::Admin),
        ("publisher", country, None) => {
            let country = country
                .as_deref()
                .map(|code| {
                    CountryCode::parse(code).map_err(|_| {
                        say.error(
                            "op-admin-not-a-country",
                            &[("code", format!("{code:?}").into())],
                        )
                    })
                })
                .transpose()?;
            Ok(Role::Publisher { country })
        }
        ("staff", None, Some(shelter)) => {
            // The database's directory: a shelter made in the browser has staff too.
            let (content, _) = ContentPack::scan(&config.content_dir);
            let directory = faro_core::directory::current(
                store,
                content.pack_directory(),
                faro_core::clock::now_unix(),
            )
            .await?;
            let is_shelter = directory
                .get(shelter)
                .is_some_and(|entry| entry.kind == EntryKind::Shelter);
            if !is_shelter {
                return Err(say.error(
                    "op-cli-unknown-shelter",
                    &[
                        ("shelter", format!("{shelter:?}").into()),
                        ("dir", config.content_dir.display().to_string().into()),
                    ],
                ));
            }
            Ok(Role::Staff {
                shelter: shelter.clone(),
            })
        }
        ("staff", _, None) => Err(say.error("op-cli-staff-needs-shelter", &[])),
        ("admin" | "publisher" | "staff", _, _) => Err(say.error("op-cli-scope-mismatch", &[])),
        (other, _, _) => Err(say.error(
            "op-cli-unknown-role",
            &[("role", format!("{other:?}").into())],
        )),
    }
}

/// The first line of standard input, so that the password is in no shell history or process list.
fn read_password(say: &Say) -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .with_context(|| say.get("op-cli-password-unreadable"))?;
    let password = line.trim_end_matches(['\r', '\n']).to_owned();
    if password.is_empty() {
        return Err(say.error("op-cli-password-missing", &[]));
    }
    Ok(password)
}
