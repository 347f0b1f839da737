use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use anyhow::Context;
use faro_core::Config;
use faro_core::audio::{
    AudioSettings, AudioShelf, Espeak, VoiceKind, build, load_recordings, pages_to_speak,
};
use faro_core::content::ContentPack;
use faro_core::i18n::Translations;

use crate::cli::AudioArgs;

/// Builds the audio of the whole pack and prints, tab-separated, each clip's page, locale,
/// section (`-` for a whole page), voice, size and whether it was made now or found in the
/// cache; then the totals and the time on stderr. Fails when a page's clips could not be made.
pub fn run(config: &Config, args: &AudioArgs) -> anyhow::Result<ExitCode> {
    let content = args.content.clone().unwrap_or(config.content_dir.clone());
    let (pack, _) = ContentPack::load(&content).context("content pack")?;
    let translations = Translations::load(&config.translations_dir).with_context(|| {
        format!(
            "reading the translations in {} (set FARO_TRANSLATIONS_DIR)",
            config.translations_dir.display()
        )
    })?;
    let mut settings = AudioSettings::from_config(config);
    if let Some(cache) = &args.cache {
        settings.cache_dir = cache.clone();
    }
    let shelf = AudioShelf::default();
    load_recordings(&pack, &shelf);
    let pages = pages_to_speak(&pack, &translations, config.retention_days);
    let report = build(
        &pages,
        &shelf,
        &settings,
        &Espeak::default(),
        &AtomicBool::new(false),
    );
    println!("page\tlocale\tsection\tvoice\tbytes\tmade");
    let mut total = 0;
    for (key, clip) in shelf.all() {
        let voice = match clip.kind {
            VoiceKind::Recorded => "recorded",
            VoiceKind::Synthetic => "synthetic",
        };
        let made = report.clips.iter().any(|built| {
            built.made
                && built.page == key.page
                && built.locale == key.locale
                && built.section == key.section
        });
        total += clip.bytes;
        println!(
            "{}\t{}\t{}\t{voice}\t{}\t{}",
            key.page,
            key.locale,
            key.section.as_deref().unwrap_or("-"),
            clip.bytes,
            if made { "yes" } else { "no" }
        );
    }
    eprintln!(
        "faro audio: {} clip(s), {total} bytes; {} made, {} from the cache, {} page(s) failed; {:.1} s",
        shelf.len(),
        report.made(),
        report.cached(),
        report.failed,
        report.took.as_secs_f64()
    );
    Ok(if report.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
