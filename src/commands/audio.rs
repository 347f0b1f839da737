use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use anyhow::Context;
use faro_core::Config;
use faro_core::audio::{AudioSettings, AudioShelf, Espeak, VoiceKind, build, load_recordings};
use faro_core::content::ContentPack;

use crate::cli::AudioArgs;

/// Builds the audio of the whole pack and prints, tab-separated, each clip's topic, locale,
/// voice, size and whether it was made now or found in the cache; then the totals and the time
/// on stderr. Fails when a clip could not be made.
pub fn run(config: &Config, args: &AudioArgs) -> anyhow::Result<ExitCode> {
    let content = args.content.clone().unwrap_or(config.content_dir.clone());
    let (pack, _) = ContentPack::load(&content).context("content pack")?;
    let mut settings = AudioSettings::from_config(config);
    if let Some(cache) = &args.cache {
        settings.cache_dir = cache.clone();
    }
    let shelf = AudioShelf::default();
    load_recordings(&pack, &shelf);
    let report = build(
        &pack,
        &shelf,
        &settings,
        &Espeak::default(),
        &AtomicBool::new(false),
    );
    println!("topic\tlocale\tvoice\tbytes\tmade");
    let mut total = 0;
    for (slug, locale, clip) in shelf.all() {
        let voice = match clip.kind {
            VoiceKind::Recorded => "recorded",
            VoiceKind::Synthetic => "synthetic",
        };
        let made = report
            .clips
            .iter()
            .any(|built| built.made && built.slug == slug && built.locale == locale);
        total += clip.bytes;
        println!(
            "{slug}\t{locale}\t{voice}\t{}\t{}",
            clip.bytes,
            if made { "yes" } else { "no" }
        );
    }
    eprintln!(
        "faro audio: {} clip(s), {total} bytes; {} made, {} from the cache, {} failed; {:.1} s",
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
