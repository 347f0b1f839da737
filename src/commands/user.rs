use std::io::BufRead;
use std::process::ExitCode;

use anyhow::{Context, bail};
use faro_core::Config;
use faro_core::accounts::{NewUser, Role};
use faro_core::clock::now_unix;
use faro_core::content::{ContentPack, EntryKind};
use faro_core::country::CountryCode;
use faro_core::store::Store;

use crate::cli::{UserAddArgs, UserCommand};

/// Account changes from the command line are audited as made by `cli`.
const ACTOR: &str = "cli";

pub fn run(config: Config, command: UserCommand) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(async move {
        let store = Store::connect(&config.database_url).await?;
        match command {
            UserCommand::Add(args) => {
                let role = role(&config, &args)?;
                let password = read_password()?;
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
                    .await?;
                println!("user {} added: {}", user.name, user.role);
            }
            UserCommand::List => {
                println!("name\trole\tdisabled");
                for user in store.users().all().await? {
                    println!(
                        "{}\t{}\t{}",
                        user.name,
                        user.role,
                        if user.disabled { "yes" } else { "no" }
                    );
                }
            }
            UserCommand::Disable { name } => {
                store
                    .users()
                    .set_disabled(&name, true, ACTOR, now_unix())
                    .await?
            }
            UserCommand::Enable { name } => {
                store
                    .users()
                    .set_disabled(&name, false, ACTOR, now_unix())
                    .await?
            }
            UserCommand::Token { name } => {
                let days = config.api_token_days;
                let (token, _) = store
                    .sessions()
                    .create_api_token(&name, ACTOR, days, now_unix())
                    .await?;
                println!("{}", token.0);
                eprintln!(
                    "API token for {name}: shown once, valid for {days} days; send it as `Authorization: Bearer <token>`"
                );
            }
            UserCommand::RevokeTokens { name } => {
                let revoked = store
                    .sessions()
                    .revoke_api_tokens(&name, ACTOR, now_unix())
                    .await?;
                println!("{revoked} API tokens of {name} revoked");
            }
        }
        store.close().await;
        Ok(ExitCode::SUCCESS)
    })
}

fn role(config: &Config, args: &UserAddArgs) -> anyhow::Result<Role> {
    match (args.role.as_str(), &args.country, &args.shelter) {
        ("admin", None, None) => Ok(Role::Admin),
        ("publisher", country, None) => {
            let country = country.as_deref().map(CountryCode::parse).transpose()?;
            Ok(Role::Publisher { country })
        }
        ("staff", None, Some(shelter)) => {
            let (content, _) = ContentPack::scan(&config.content_dir);
            let is_shelter = content
                .directory()
                .get(shelter)
                .is_some_and(|entry| entry.kind == EntryKind::Shelter);
            if !is_shelter {
                bail!(
                    "--shelter {shelter:?} is not a shelter id in {}",
                    config.content_dir.display()
                );
            }
            Ok(Role::Staff {
                shelter: shelter.clone(),
            })
        }
        ("staff", _, None) => bail!("staff accounts need --shelter ID"),
        ("admin" | "publisher" | "staff", _, _) => {
            bail!("--country goes with publisher, --shelter with staff")
        }
        (other, _, _) => bail!("unknown role {other:?}: admin, publisher or staff"),
    }
}

/// The first line of standard input, so that the password is in no shell history or process list.
fn read_password() -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("reading the password from standard input")?;
    let password = line.trim_end_matches(['\r', '\n']).to_owned();
    if password.is_empty() {
        bail!(
            "give the password on standard input, e.g. `printf '%s\\n' \"$PASSWORD\" | faro user add …`"
        );
    }
    Ok(password)
}
