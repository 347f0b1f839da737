//! The audio rules on a small pack written for them: a recording first (the whole page's or a
//! section's), synthetic speech only where a voice exists, none for Pashto, Tigrinya and
//! Somali, one clip per section with one bitrate for the page, and a cache that spares the
//! engine. The engine is a counting stand-in, except in one test that runs espeak-ng itself.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use super::*;
use crate::content::ContentPack;
use crate::diagnostic::Severity;

const TOPIC_TOML: &str = "order = 1\nicon = \"shield\"\nemoji = \"🛡️\"\nlast_verified = 2026-11-20\n\n[sections.intro]\ncountries = []\n";

fn page(title: &str, body: &str, recording: &str) -> String {
    format!(
        "+++\ntitle = \"{title}\"\nsummary = \"{title}.\"\ntranslation = \"machine\"\n{recording}+++\n{body}\n"
    )
}

fn write(path: &Path, text: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn recording_fixture() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/recording-ht.opus"))
        .unwrap()
}

/// A topic in English, Haitian Creole (recorded when `recorded`), Spanish, Persian, and the
/// three locales without a voice.
fn pack(dir: &Path, recorded: bool) -> ContentPack {
    let topic = dir.join("topics/asylum");
    write(&topic.join("topic.toml"), TOPIC_TOML.as_bytes());
    write(
        &topic.join("en.md"),
        page("Asylum", "You can ask for asylum.", "").as_bytes(),
    );
    write(
        &topic.join("es.md"),
        page("Asilo", "Puede pedir asilo.", "").as_bytes(),
    );
    write(
        &topic.join("fa.md"),
        page("پناهندگی", "می‌توانید درخواست پناهندگی کنید.", "").as_bytes(),
    );
    for (tag, title) in [("ps", "پناه"), ("ti", "ዑቕባ"), ("so", "Magangelyo")] {
        write(
            &topic.join(format!("{tag}.md")),
            page(title, title, "").as_bytes(),
        );
    }
    let ht_body = "Ou ka mande azil.";
    if recorded {
        // The version of the text as written: the front matter does not change it.
        let draft = text_version(&crate::content::TopicText::new(
            "Azil".into(),
            "Azil.".into(),
            crate::translation_status::TranslationStatus::Machine,
            ht_body.into(),
        ));
        write(
            &topic.join("ht.md"),
            page(
                "Azil",
                ht_body,
                &format!("[recording]\nconsent = 2026-12-01\ntext_version = \"{draft}\"\n"),
            )
            .as_bytes(),
        );
        write(&topic.join("ht.opus"), &recording_fixture());
    } else {
        write(&topic.join("ht.md"), page("Azil", ht_body, "").as_bytes());
    }
    std::fs::create_dir_all(dir.join("directory")).unwrap();
    let (pack, diagnostics) = ContentPack::scan(dir);
    let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    pack
}

/// Writes a few bytes of "audio", counts the pieces spoken and notes each bitrate asked for.
/// Its speech lasts `seconds_per_char` a character (a tenth of a second unless set).
#[derive(Default)]
struct Counting {
    calls: AtomicUsize,
    seconds_per_char: Option<f64>,
    bitrates: Mutex<Vec<u32>>,
    /// Each piece's voice and pace, in the order spoken.
    paces: Mutex<Vec<(String, Option<u32>)>>,
}

impl Synthesizer for Counting {
    fn speak(&self, voice: &Voice, text: &str, wav: &Path) -> Result<f64, SynthError> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        self.paces
            .lock()
            .unwrap()
            .push((voice.name.to_owned(), voice.words_per_minute));
        std::fs::write(wav, format!("OggS {}: {text}", voice.name))?;
        Ok(text.chars().count() as f64 * self.seconds_per_char.unwrap_or(0.1))
    }

    fn encode(&self, wav: &Path, kbps: u32, out: &Path) -> Result<(), SynthError> {
        self.bitrates.lock().unwrap().push(kbps);
        std::fs::copy(wav, out)?;
        Ok(())
    }
}

/// The build over the pack's topics, run to its end.
fn build_topics(
    pack: &ContentPack,
    shelf: &AudioShelf,
    settings: &AudioSettings,
    engine: &dyn Synthesizer,
) -> BuildReport {
    build(
        &topic_speech(pack),
        shelf,
        settings,
        engine,
        &AtomicBool::new(false),
    )
}

fn settings(cache: &Path, locales: Vec<Locale>) -> AudioSettings {
    AudioSettings {
        cache_dir: cache.to_owned(),
        locales,
        words_per_minute: BTreeMap::new(),
    }
}

#[test]
fn a_recording_comes_first_and_is_not_synthesised() {
    let dir = tempfile::tempdir().unwrap();
    let pack = pack(dir.path(), true);
    let shelf = AudioShelf::default();
    assert_eq!(load_recordings(&pack, &shelf), 1);
    let engine = Counting::default();
    let report = build_topics(
        &pack,
        &shelf,
        &settings(&dir.path().join("cache"), with_voice()),
        &engine,
    );
    let ht = shelf
        .get("asylum", Locale::Ht, None)
        .expect("the recording");
    assert_eq!(ht.kind, VoiceKind::Recorded);
    assert_eq!(ht.file, dir.path().join("topics/asylum/ht.opus"));
    assert_eq!(ht.bytes, recording_fixture().len() as u64);
    assert!(report.clips.iter().all(|clip| clip.locale != Locale::Ht));
    // en, es, fa: made by the engine.
    assert_eq!(engine.calls.load(Ordering::SeqCst), 3);
}

#[test]
fn synthetic_speech_only_where_a_voice_exists_never_for_ps_ti_so() {
    let dir = tempfile::tempdir().unwrap();
    let pack = pack(dir.path(), false);
    let shelf = AudioShelf::default();
    // Even asked for every locale, the build gives ps, ti and so nothing.
    let report = build_topics(
        &pack,
        &shelf,
        &settings(&dir.path().join("cache"), Locale::ALL.to_vec()),
        &Counting::default(),
    );
    for locale in [Locale::En, Locale::Es, Locale::Fa, Locale::Ht] {
        let clip = shelf
            .get("asylum", locale, Some("intro"))
            .expect("synthetic");
        assert_eq!(clip.kind, VoiceKind::Synthetic, "{locale}");
        assert!(clip.file.starts_with(dir.path().join("cache")));
    }
    for locale in [Locale::Ps, Locale::Ti, Locale::So] {
        assert!(
            shelf.get("asylum", locale, Some("intro")).is_none(),
            "{locale}"
        );
    }
    assert_eq!(report.clips.len(), 4);
    assert_eq!(report.failed, 0);
}

#[test]
fn only_the_allowlisted_locales_are_spoken() {
    let dir = tempfile::tempdir().unwrap();
    let pack = pack(dir.path(), false);
    let shelf = AudioShelf::default();
    build_topics(
        &pack,
        &shelf,
        &settings(&dir.path().join("cache"), vec![Locale::Ht]),
        &Counting::default(),
    );
    assert!(shelf.get("asylum", Locale::Ht, Some("intro")).is_some());
    assert!(shelf.get("asylum", Locale::Fa, Some("intro")).is_none());
    assert_eq!(shelf.len(), 1);
}

#[test]
fn a_cache_hit_does_not_run_the_engine_again() {
    let dir = tempfile::tempdir().unwrap();
    let pack = pack(dir.path(), false);
    let cache = settings(&dir.path().join("cache"), with_voice());
    let first = Counting::default();
    let made = build_topics(&pack, &AudioShelf::default(), &cache, &first);
    assert_eq!(first.calls.load(Ordering::SeqCst), 4);
    assert_eq!((made.made(), made.cached()), (4, 0));

    // A restart: a new shelf, the same cache.
    let again = Counting::default();
    let shelf = AudioShelf::default();
    let report = build_topics(&pack, &shelf, &cache, &again);
    assert_eq!(again.calls.load(Ordering::SeqCst), 0);
    assert_eq!((report.made(), report.cached()), (0, 4));
    assert_eq!(shelf.len(), 4);

    // A changed text is spoken anew; the others still come from the cache.
    let topic = dir.path().join("topics/asylum");
    write(
        &topic.join("es.md"),
        page("Asilo", "Pedir asilo es gratis.", "").as_bytes(),
    );
    let (pack, _) = ContentPack::scan(dir.path());
    let changed = Counting::default();
    let report = build_topics(&pack, &AudioShelf::default(), &cache, &changed);
    assert_eq!(changed.calls.load(Ordering::SeqCst), 1);
    assert_eq!(report.made(), 1);
}

#[test]
fn a_locales_pace_reaches_its_voice_and_makes_only_that_locales_clips_again() {
    let dir = tempfile::tempdir().unwrap();
    let pack = pack(dir.path(), false);
    let mut cache = settings(&dir.path().join("cache"), with_voice());
    let first = Counting::default();
    build_topics(&pack, &AudioShelf::default(), &cache, &first);
    assert!(
        first
            .paces
            .lock()
            .unwrap()
            .iter()
            .all(|(_, pace)| pace.is_none()),
        "espeak-ng's own pace unless one is set"
    );

    cache.words_per_minute.insert(Locale::Es, 220);
    let paced = Counting::default();
    let report = build_topics(&pack, &AudioShelf::default(), &cache, &paced);
    let spoken = paced.paces.lock().unwrap().clone();
    assert!(!spoken.is_empty());
    assert!(
        spoken
            .iter()
            .all(|(voice, pace)| voice == "es-419" && *pace == Some(220)),
        "{spoken:?}"
    );
    assert_eq!(report.made(), spoken.len());
    assert_eq!(report.cached(), 4 - spoken.len());
}

/// Clips made before a pace could be set keep their names: the default pace adds nothing to
/// the key (this is the name the earlier recipe gave; the Spanish one was computed by hand from
/// the recipe, the voice, the section and the words), a pace of its own changes it.
#[test]
fn the_default_pace_keeps_the_cache_names_a_set_pace_changes_them() {
    let default = cache_key(&Voice::named("fa"), &["سلام"], Some("intro"));
    assert_eq!(default, "aabf81cff07f9ddd1134c09953273399");
    let paced = Voice {
        words_per_minute: Some(200),
        ..Voice::named("fa")
    };
    assert_ne!(cache_key(&paced, &["سلام"], Some("intro")), default);
    // Pages in a Latin script are read as before the marking of other scripts: their voices
    // add nothing to the key, so their clips keep their names.
    let spanish = voice_for(Locale::Es, None).unwrap();
    assert_eq!(
        cache_key(&spanish, &["Hola"], Some("intro")),
        "56869d1a5cbb61eff5c0953849783b60"
    );
    // The other Latin-script locales' pages change only where they have a Spanish sentence.
    for locale in [Locale::En, Locale::Fr, Locale::Pt, Locale::Ht] {
        let voice = voice_for(locale, None).unwrap();
        assert_eq!(
            cache_key(&voice, &["Hello"], Some("intro")),
            cache_key(&Voice::named(voice.name), &["Hello"], Some("intro")),
            "{locale}"
        );
    }
}

/// The shipped pack: the short pages a person in danger needs come before any topic, in every
/// locale, so that a new installation speaks them first.
#[test]
fn the_emergency_page_and_the_interpreter_explanation_are_made_first() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let (pack, _) = ContentPack::scan(&repo.join("content"));
    let translations = crate::i18n::Translations::load(&repo.join("translations")).unwrap();
    let pages = pages_to_speak(&pack, &translations, 30);
    let first_topic = pages
        .iter()
        .position(|page| page.page != EMERGENCY_PAGE && page.page != INTERPRETER_PAGE)
        .expect("topics");
    let (short, topics) = pages.split_at(first_topic);
    for locale in Locale::ALL {
        for page in [EMERGENCY_PAGE, INTERPRETER_PAGE] {
            assert!(
                short.iter().any(|p| p.page == page && p.locale == locale),
                "{page} in {locale} before the topics"
            );
        }
    }
    assert!(
        topics
            .iter()
            .all(|p| p.page != EMERGENCY_PAGE && p.page != INTERPRETER_PAGE)
    );
}

#[test]
fn the_shelf_counts_its_changes() {
    let shelf = AudioShelf::default();
    let before = shelf.generation();
    shelf.insert(
        "asylum",
        Locale::Fa,
        Some("intro"),
        Clip {
            file: "x.opus".into(),
            kind: VoiceKind::Synthetic,
            version: "0".repeat(16),
            bytes: 1,
        },
    );
    assert!(shelf.generation() > before);
}

#[test]
fn check_flags_a_recording_older_than_its_text_and_one_without_consent() {
    let dir = tempfile::tempdir().unwrap();
    pack(dir.path(), true);
    let topic = dir.path().join("topics/asylum");
    let (fresh, _) = ContentPack::scan(dir.path());
    assert!(
        check_recordings(&fresh).is_empty(),
        "{:?}",
        check_recordings(&fresh)
    );

    // The text changed after the recording was made.
    let source = std::fs::read_to_string(topic.join("ht.md")).unwrap();
    write(
        &topic.join("ht.md"),
        source
            .replace("Ou ka mande azil.", "Ou ka mande azil gratis.")
            .as_bytes(),
    );
    let (pack, _) = ContentPack::scan(dir.path());
    let found = check_recordings(&pack);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].severity, Severity::Warning);
    assert!(
        found[0].message.contains("older than its text"),
        "{}",
        found[0]
    );
    let current = text_version(&pack.topic("asylum").unwrap().texts[&Locale::Ht]);
    assert!(found[0].message.contains(&current));

    // A recording whose page says nothing of consent is an error and is never played.
    write(&topic.join("es.opus"), &recording_fixture());
    let (pack, _) = ContentPack::scan(dir.path());
    let found = check_recordings(&pack);
    assert!(
        found
            .iter()
            .any(|d| d.is_error() && d.path.ends_with("es.md") && d.message.contains("consent"))
    );
    let shelf = AudioShelf::default();
    load_recordings(&pack, &shelf);
    assert!(shelf.get("asylum", Locale::Es, None).is_none());
    // The pack itself loads: the opus files are not "unexpected files".
    let (_, diagnostics) = ContentPack::scan(dir.path());
    assert!(
        diagnostics
            .iter()
            .all(|d| !d.message.contains("unexpected file"))
    );
}

const SECTIONED: &str = "Opening words.\n\n## Where {#where}\n\nAt the office.\n\n## When {#when}\n\nWithin thirty working days.";

/// A Persian page of three sections (the opening and two `##`), for the section rules.
fn sectioned_pack(dir: &Path) -> ContentPack {
    let topic = dir.join("topics/asylum");
    let toml = format!(
        "{TOPIC_TOML}\n[sections.where]\ncountries = []\n\n[sections.when]\ncountries = []\n"
    );
    write(&topic.join("topic.toml"), toml.as_bytes());
    write(
        &topic.join("en.md"),
        page("Asylum", SECTIONED, "").as_bytes(),
    );
    write(
        &topic.join("fa.md"),
        page("Asylum", SECTIONED, "").as_bytes(),
    );
    std::fs::create_dir_all(dir.join("directory")).unwrap();
    let (pack, diagnostics) = ContentPack::scan(dir);
    let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    pack
}

#[test]
fn each_section_gets_its_own_clip_and_the_page_one_bitrate() {
    let dir = tempfile::tempdir().unwrap();
    let pack = sectioned_pack(dir.path());
    let shelf = AudioShelf::default();
    // Long speech: 300 s a section alone would get 9 kbit/s; the page's 900 s, the floor.
    let engine = Counting {
        seconds_per_char: Some(10.0),
        ..Counting::default()
    };
    let report = build_topics(
        &pack,
        &shelf,
        &settings(&dir.path().join("cache"), vec![Locale::Fa]),
        &engine,
    );
    assert_eq!(report.clips.len(), 3);
    let clips = shelf.page_clips("asylum", Locale::Fa, ["intro", "where", "when"]);
    let sections: Vec<_> = clips.iter().map(|(id, _)| id.as_deref()).collect();
    assert_eq!(sections, [Some("intro"), Some("where"), Some("when")]);
    assert!(
        clips
            .iter()
            .all(|(_, clip)| clip.kind == VoiceKind::Synthetic)
    );
    // Each clip reads its own section; the first opens with the title.
    let first = std::fs::read_to_string(&clips[0].1.file).unwrap();
    assert!(
        first.contains("Asylum") && first.contains("Opening words."),
        "{first}"
    );
    let second = std::fs::read_to_string(&clips[1].1.file).unwrap();
    assert!(
        second.contains("At the office.") && !second.contains("Opening"),
        "{second}"
    );
    assert_eq!(*engine.bitrates.lock().unwrap(), [engine::MIN_KBPS; 3]);
    assert!(shelf.get("asylum", Locale::Fa, None).is_none());
}

#[test]
fn a_recorded_section_is_preferred_over_synthetic_speech() {
    let dir = tempfile::tempdir().unwrap();
    let pack = sectioned_pack(dir.path());
    let text = &pack.topic("asylum").unwrap().texts[&Locale::Fa];
    let version = section_version(text, 1);
    let topic = dir.path().join("topics/asylum");
    let recording =
        format!("[recording]\nconsent = 2026-12-01\n[recording.sections]\nwhere = \"{version}\"\n");
    write(
        &topic.join("fa.md"),
        page("Asylum", SECTIONED, &recording).as_bytes(),
    );
    write(&topic.join("fa.where.opus"), &recording_fixture());
    let (pack, diagnostics) = ContentPack::scan(dir.path());
    assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
    assert!(
        check_recordings(&pack).is_empty(),
        "{:?}",
        check_recordings(&pack)
    );

    let shelf = AudioShelf::default();
    assert_eq!(load_recordings(&pack, &shelf), 1);
    let engine = Counting::default();
    build_topics(
        &pack,
        &shelf,
        &settings(&dir.path().join("cache"), vec![Locale::Fa]),
        &engine,
    );
    let clips = shelf.page_clips("asylum", Locale::Fa, ["intro", "where", "when"]);
    let kinds: Vec<_> = clips.iter().map(|(_, clip)| clip.kind).collect();
    assert_eq!(
        kinds,
        [
            VoiceKind::Synthetic,
            VoiceKind::Recorded,
            VoiceKind::Synthetic
        ]
    );
    assert_eq!(clips[1].1.file, topic.join("fa.where.opus"));
    assert_eq!(engine.calls.load(Ordering::SeqCst), 2);

    // The section's text changes: the recording still plays, and `faro check` says it is older.
    write(
        &topic.join("fa.md"),
        std::fs::read_to_string(topic.join("fa.md"))
            .unwrap()
            .replace("At the office.", "At the COMAR office.")
            .as_bytes(),
    );
    // A recording of a section the page does not have is an error.
    write(&topic.join("fa.nowhere.opus"), &recording_fixture());
    let (pack, _) = ContentPack::scan(dir.path());
    let found = check_recordings(&pack);
    assert!(
        found.iter().any(|d| d.severity == Severity::Warning
            && d.message.contains("fa.where.opus is older than its text")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|d| d.is_error() && d.message.contains("no section {#nowhere}")),
        "{found:?}"
    );
}

#[test]
fn a_whole_page_recording_is_heard_instead_of_every_section() {
    let shelf = AudioShelf::default();
    let clip = |kind| Clip {
        file: "x.opus".into(),
        kind,
        version: "0".repeat(16),
        bytes: 1,
    };
    shelf.insert(
        "asylum",
        Locale::Fa,
        Some("intro"),
        clip(VoiceKind::Synthetic),
    );
    shelf.insert("asylum", Locale::Fa, None, clip(VoiceKind::Recorded));
    let clips = shelf.page_clips("asylum", Locale::Fa, ["intro"]);
    assert_eq!(clips.len(), 1);
    assert_eq!(clips[0].0, None);
    assert_eq!(clips[0].1.kind, VoiceKind::Recorded);
}

/// espeak-ng and opusenc themselves (installed by `scripts/test`): a short page becomes a
/// small OGG/Opus file.
#[test]
fn espeak_makes_a_small_ogg_opus_file() {
    let dir = tempfile::tempdir().unwrap();
    let wav = dir.path().join("fa.wav");
    let out = dir.path().join("fa.opus");
    let engine = Espeak::default();
    let seconds = engine
        .speak(&Voice::named("fa"), "می‌توانید درخواست پناهندگی کنید.", &wav)
        .unwrap();
    assert!(seconds > 0.5 && seconds < 10.0, "{seconds} s");
    engine.encode(&wav, engine::MAX_KBPS, &out).unwrap();
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(&bytes[..4], b"OggS");
    assert!(bytes.windows(8).any(|w| w == b"OpusHead"));
    assert!(bytes.len() < 20_000, "{} bytes", bytes.len());
    // 60 ms frames: the first audio packet's TOC byte names a 60 ms frame (SILK, configs 3,
    // 7 and 11) and one frame to the packet.
    let toc = first_audio_packet(&bytes)[0];
    assert_eq!((toc >> 3) % 4, 3, "TOC {toc:#010b}");
    assert!(toc >> 3 < 12, "TOC {toc:#010b}: not SILK");
    assert_eq!(toc & 3, 0, "TOC {toc:#010b}");
}

/// espeak-ng itself: a pace of its own reads the same words in less time.
#[test]
fn espeak_reads_faster_at_a_higher_pace() {
    let dir = tempfile::tempdir().unwrap();
    let engine = Espeak::default();
    let words = "如果您害怕回到自己的国家，可以申请难民保护。申请是免费的。";
    let default = engine
        .speak(
            &Voice::named("cmn-latn-pinyin"),
            words,
            &dir.path().join("a.wav"),
        )
        .unwrap();
    let faster = engine
        .speak(
            &Voice {
                words_per_minute: Some(350),
                ..Voice::named("cmn-latn-pinyin")
            },
            words,
            &dir.path().join("b.wav"),
        )
        .unwrap();
    assert!(
        faster < default * 0.75,
        "{faster} s at 350, {default} s at 175"
    );
}

/// espeak-ng itself, on the shipped pack: every locale with a voice, written in a script other
/// than Latin, is read in its own language from end to end, never with English rules (which
/// is what espeak-ng writes `(en)` for). Its Spanish names go to the Spanish voice, its numbers
/// are said in its own language. Without it, Chinese was read as English-spoken pinyin with
/// tone numbers ("shen one, qing three"), Nepali numbers in English, and every office's name
/// ("Comisión Mexicana de Ayuda a Refugiados") with English rules.
#[test]
fn every_voice_reads_its_pages_in_its_own_language() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let (pack, _) = ContentPack::scan(&repo.join("content"));
    let translations = crate::i18n::Translations::load(&repo.join("translations")).unwrap();
    let engine = Espeak::default();
    let mut misread = Vec::new();
    let mut checked = BTreeSet::new();
    for page in pages_to_speak(&pack, &translations, 30) {
        let Some(voice) = voice_for(page.locale, None) else {
            continue;
        };
        use Locale::*;
        if ![Fa, Ar, Ur, Hi, Bn, Ne, ZhHans, Am].contains(&page.locale) {
            continue;
        }
        checked.insert(page.locale);
        for piece in &page.pieces {
            let phonemes = engine.phonemes(&voice, &piece.words).unwrap();
            if let Some(first) = phonemes.find("(en)") {
                misread.push(format!(
                    "{} {} {}: {} read as English, the first: {}",
                    page.page,
                    page.locale,
                    piece.section.as_deref().unwrap_or("-"),
                    phonemes.matches("(en)").count(),
                    phonemes[first..].chars().take(40).collect::<String>()
                ));
            }
        }
    }
    assert_eq!(checked.len(), 8, "{checked:?}");
    assert!(misread.is_empty(), "{}", misread.join("\n"));
}

/// espeak-ng itself, on the shipped pack: a page in a Latin script says the sentences it
/// tells a person to say in Spanish with the Spanish voice, as an official will hear them —
/// not with its own rules (Haitian Creole read "Quiero pedir refugio" as "pedih hefugio").
#[test]
fn a_page_in_a_latin_script_says_its_spanish_sentences_in_spanish() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let (pack, _) = ContentPack::scan(&repo.join("content"));
    let engine = Espeak::default();
    let pages = topic_speech(&pack);
    for locale in [Locale::En, Locale::Fr, Locale::Pt, Locale::Ht] {
        let voice = voice_for(locale, None).unwrap();
        let asylum = pages
            .iter()
            .find(|page| page.page == "asylum" && page.locale == locale)
            .expect("asylum page");
        let border = asylum
            .pieces
            .iter()
            .find(|piece| piece.section.as_deref() == Some("at-the-border"))
            .expect("its at-the-border section");
        let phonemes = engine.phonemes(&voice, &border.words).unwrap();
        // es-419's "pedir refugio", as espeak-ng writes it.
        assert!(
            phonemes.contains("peD'ir R2ef'uxjo"),
            "{locale}: {phonemes}"
        );
        let emergency = pages
            .iter()
            .find(|page| page.page == "emergency" && page.locale == locale)
            .expect("emergency page");
        let words: Vec<&str> = emergency.pieces.iter().map(|p| p.words.as_str()).collect();
        let phonemes = engine.phonemes(&voice, &words.join("\n\n")).unwrap();
        assert!(
            phonemes.contains("n,eses'ito 'una ,ambul'ansja"),
            "{locale}: {phonemes}"
        );
    }
}

/// The third packet of an Ogg stream (after OpusHead and OpusTags): the first of sound.
fn first_audio_packet(ogg: &[u8]) -> Vec<u8> {
    let mut packets = Vec::new();
    let mut packet = Vec::new();
    let mut at = 0;
    while at + 27 <= ogg.len() && &ogg[at..at + 4] == b"OggS" {
        let segments = usize::from(ogg[at + 26]);
        let table = &ogg[at + 27..at + 27 + segments];
        let mut body = at + 27 + segments;
        for &size in table {
            packet.extend_from_slice(&ogg[body..body + usize::from(size)]);
            body += usize::from(size);
            if size < 255 {
                packets.push(std::mem::take(&mut packet));
                if packets.len() == 3 {
                    return packets.pop().unwrap();
                }
            }
        }
        at = body;
    }
    panic!("fewer than three packets");
}
