//! `faro kiosk-setup --shelter ID --url URL [--out DIR]`: the files that turn a Debian machine
//! with a touch screen into a shelter's locked-down kiosk (docs/kiosk.md): the screen's systemd
//! unit (cage running Chromium in kiosk mode, restarted when it stops), Chromium's policy, a
//! logind setting that keeps the machine awake, and a script that installs them.

mod files;

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, bail};
use faro_core::Config;
use faro_core::clock::now_unix;
use faro_core::content::{ContentPack, Directory, EntryKind};
use faro_core::store::Store;

use crate::cli::KioskSetupArgs;
use files::KioskAddress;

pub fn run(config: &Config, args: &KioskSetupArgs) -> anyhow::Result<ExitCode> {
    let directory = database_directory(config)?;
    let shelter = match directory.get(&args.shelter) {
        Some(entry) if entry.kind == EntryKind::Shelter => entry,
        Some(entry) => bail!(
            "--shelter {:?} is a {} in the directory, not a shelter: a kiosk belongs to a shelter",
            args.shelter,
            entry.kind,
        ),
        None => bail!(
            "--shelter {:?} is not a directory id (or it is retired); shelter ids are the `id` \
             of the entries of kind shelter on the /directory pages or in `faro directory export`",
            args.shelter,
        ),
    };
    let address = KioskAddress::new(&args.url, &shelter.id)?;
    write_all(&args.out, &address, &shelter.name)?;
    println!(
        "kiosk files for {} ({}) written to {}:",
        shelter.name,
        shelter.id,
        args.out.display()
    );
    for file in files::ALL {
        println!("  {}  -> {}", file.name, file.installed_at);
    }
    println!("the screen will open {}", address.page());
    println!(
        "on the kiosk machine (Debian 12): sudo sh {}/install.sh",
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// The directory as the database has it (the truth once seeded; a database never seeded
/// takes the pack's entries first, as `faro serve` would): a shelter made in the browser gets
/// a kiosk too, and a retired one does not.
fn database_directory(config: &Config) -> anyhow::Result<Directory> {
    let (pack, _) = ContentPack::scan(&config.content_dir);
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(async {
        let store = Store::connect(&config.database_url).await?;
        let directory =
            faro_core::directory::current(&store, pack.pack_directory(), now_unix()).await;
        store.close().await;
        Ok(directory?)
    })
}

fn write_all(out: &Path, address: &KioskAddress, shelter_name: &str) -> anyhow::Result<()> {
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    for file in files::ALL {
        let path = out.join(file.name);
        let text = (file.render)(address, shelter_name);
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}
