//! "Listen" on WhatsApp: a topic with audio offers it, as on Telegram; the tap uploads the
//! clip to the Graph API's media endpoint as OGG/Opus, then sends an audio message naming the
//! media id as a voice note, its words (with "computer voice" in the reader's language) and
//! the way back after it. The clip is uploaded once and its id used again. Pashto, Tigrinya
//! and Somali, which have no acceptable voice, get no clip and no button.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use faro_core::Locale;
use faro_core::audio::{
    AudioSettings, Clip, Espeak, SynthError, Synthesizer, Voice, VoiceKind, build,
};
use faro_whatsapp::test_support::fake_graph::Sent;

use crate::support::*;

/// A short page spoken by espeak-ng and opusenc, as the audio build makes them.
fn spoken(dir: &Path, voice: &str, words: &str) -> PathBuf {
    let (wav, file) = (
        dir.join(format!("{voice}.wav")),
        dir.join(format!("{voice}.opus")),
    );
    let engine = Espeak::default();
    engine.speak(&Voice::named(voice), words, &wav).unwrap();
    engine.encode(&wav, 12, &file).unwrap();
    file
}

fn synthetic(file: &Path) -> Clip {
    Clip {
        bytes: std::fs::metadata(file).unwrap().len(),
        file: file.to_owned(),
        kind: VoiceKind::Synthetic,
        version: "0123456789abcdef".into(),
    }
}

/// The topic's pages, opened as a kiosk's link opens them; the last one's choices.
async fn open_topic(wa: &TestWa, number: &str, locale: Locale, n: &mut u32) -> Vec<String> {
    *n += 1;
    let typed = format!("/start {}_t-asylum", locale.tag());
    let sent = wa
        .exchange(&payloads::text(
            number,
            &format!("wamid.au.{number}.{n}"),
            &typed,
        ))
        .await;
    assert!(
        ids(&sent).iter().any(|id| id.starts_with("t:asylum:")),
        "{locale}: {sent:#?}"
    );
    sent.last().map(Sent::ids).unwrap_or_default()
}

async fn listen(wa: &TestWa, number: &str, n: &mut u32) -> Vec<Sent> {
    *n += 1;
    wa.exchange(&payloads::button_reply(
        number,
        &format!("wamid.au.{number}.{n}"),
        "au:asylum",
        "🔊",
    ))
    .await
}

#[tokio::test]
async fn listen_uploads_the_clip_as_ogg_opus_and_sends_it_as_a_voice_note() {
    let dir = tempfile::tempdir().unwrap();
    let clips = [
        (
            Locale::Es,
            spoken(dir.path(), "es-419", "Usted puede pedir asilo en México."),
        ),
        (
            Locale::Fa,
            spoken(dir.path(), "fa", "می‌توانید درخواست پناهندگی کنید."),
        ),
    ];
    for db in databases().await {
        let wa = TestWa::start(&db.url).await;
        for (locale, file) in &clips {
            wa.app
                .audio
                .insert("asylum", *locale, None, synthetic(file));
        }
        let mut n = 0;
        for (index, (locale, file)) in clips.iter().enumerate() {
            let number = format!("1555010030{index}");
            let offered = open_topic(&wa, &number, *locale, &mut n).await;
            assert!(offered.contains(&"au:asylum:0".to_owned()), "{offered:?}");

            let uploads_before = wa.fake.uploads().len();
            let sent = listen(&wa, &number, &mut n).await;
            let uploads = wa.fake.uploads();
            assert_eq!(uploads.len(), uploads_before + 1, "{uploads:#?}");
            let upload = uploads.last().unwrap();
            // As Meta documents the upload: multipart, the product, the type, the file.
            assert_eq!(
                upload.authorization,
                format!("Bearer {}", faro_whatsapp::test_support::fake_graph::TOKEN)
            );
            assert_eq!(upload.phone_number_id, payloads::PHONE_NUMBER_ID);
            assert_eq!(upload.field("messaging_product"), Some("whatsapp"));
            assert_eq!(upload.field("type"), Some("audio/ogg"));
            assert_eq!(upload.content_type.as_deref(), Some("audio/ogg"));
            assert_eq!(&upload.bytes[..4], b"OggS");
            assert!(upload.bytes.windows(8).any(|w| w == b"OpusHead"));
            assert_eq!(upload.bytes, std::fs::read(file).unwrap());

            // The voice note by its media id, then its words and the way back.
            assert_eq!(sent.len(), 2, "{sent:#?}");
            let (note, words) = (&sent[0], &sent[1]);
            assert_eq!(note.kind(), "audio");
            assert_eq!(note.to(), number);
            assert_eq!(note.body["audio"]["id"], upload.id.as_str());
            assert_eq!(note.body["audio"]["voice"], true);
            assert!(
                words
                    .text()
                    .contains(&wa.text(*locale, "audio-computer-voice")),
                "{locale}: {}",
                words.text()
            );
            assert!(words.ids().contains(&"ts".to_owned()), "{words:?}");

            // Again, and by someone else: the same id, nothing uploaded again.
            let again = listen(&wa, &number, &mut n).await;
            assert_eq!(again[0].body["audio"]["id"], upload.id.as_str());
            assert_eq!(wa.fake.uploads().len(), uploads_before + 1);
        }
        wa.stop().await;
    }
}

/// Meta no longer knows a kept id (the send naming it is refused): the clip is uploaded again
/// and sent by its new id. An upload that fails: no voice note, a word that something went
/// wrong in the person's language, and the way back.
#[tokio::test]
async fn a_refused_id_is_uploaded_again_and_a_failed_upload_is_said() {
    let db = databases().await.remove(0);
    let wa = TestWa::start(&db.url).await;
    let file = repo().join("tests/fixtures/recording-ht.opus");
    wa.app
        .audio
        .insert("asylum", Locale::Ht, None, synthetic(&file));
    let (number, mut n) = ("15550100320", 0);
    open_topic(&wa, number, Locale::Ht, &mut n).await;
    let first = listen(&wa, number, &mut n).await;
    let first_id = first[0].body["audio"]["id"].clone();

    // Meta's "media upload error" for the kept id.
    wa.fake.refuse_next(&[131_053]);
    let sent = listen(&wa, number, &mut n).await;
    let uploads = wa.fake.uploads();
    assert_eq!(uploads.len(), 2, "{uploads:#?}");
    let notes: Vec<_> = sent.iter().filter(|s| s.kind() == "audio").collect();
    assert_eq!(notes.len(), 2, "{sent:#?}");
    assert!(!notes[0].ok && notes[0].body["audio"]["id"] == first_id);
    assert!(notes[1].ok && notes[1].body["audio"]["id"] == uploads[1].id.as_str());

    // Kept ids lapse; a new clip must be uploaded, and the upload fails.
    let other = repo().join("tests/fixtures/recording-ht.opus");
    let copy = tempfile::tempdir().unwrap();
    let changed = copy.path().join("changed.opus");
    let mut bytes = std::fs::read(&other).unwrap();
    bytes.extend_from_slice(b"\0");
    std::fs::write(&changed, bytes).unwrap();
    wa.app
        .audio
        .insert("asylum", Locale::Ht, None, synthetic(&changed));
    wa.fake.refuse_next_uploads(1);
    let sent = listen(&wa, number, &mut n).await;
    assert!(sent.iter().all(|s| s.kind() != "audio"), "{sent:#?}");
    assert_eq!(sent.len(), 1, "{sent:#?}");
    assert!(
        sent[0].text().contains(&wa.text(Locale::Ht, "bot-error")),
        "{}",
        sent[0].text()
    );
    assert!(
        !sent[0]
            .text()
            .contains(&wa.text(Locale::Ht, "audio-computer-voice"))
    );
    assert!(sent[0].ids().contains(&"ts".to_owned()), "{:?}", sent[0]);
    wa.stop().await;
}

/// Copies one clip wherever the build asks for speech: the build's own choice of locales is
/// what is tested, not the voice.
struct Copies(PathBuf);

impl Synthesizer for Copies {
    fn speak(&self, _voice: &Voice, _text: &str, wav: &Path) -> Result<f64, SynthError> {
        std::fs::copy(&self.0, wav)?;
        Ok(1.0)
    }

    fn encode(&self, wav: &Path, _kbps: u32, out: &Path) -> Result<(), SynthError> {
        std::fs::copy(wav, out)?;
        Ok(())
    }
}

#[tokio::test]
async fn no_listen_button_where_no_voice_exists() {
    let db = databases().await.remove(0);
    let wa = TestWa::start(&db.url).await;
    let dir = tempfile::tempdir().unwrap();
    // Every locale asked for: those without an acceptable voice still get nothing.
    let settings = AudioSettings {
        cache_dir: dir.path().join("cache"),
        locales: Locale::ALL.to_vec(),
        words_per_minute: Default::default(),
    };
    let report = build(
        &faro_core::audio::topic_speech(&wa.app.content),
        &wa.app.audio,
        &settings,
        &Copies(repo().join("tests/fixtures/recording-ht.opus")),
        &AtomicBool::new(false),
    );
    assert_eq!(report.failed, 0);
    let mut n = 0;
    for (index, locale) in [Locale::Ps, Locale::Ti, Locale::So].into_iter().enumerate() {
        assert!(
            wa.app.audio.get("asylum", locale, None).is_none(),
            "{locale}"
        );
        let offered = open_topic(&wa, &format!("1555010031{index}"), locale, &mut n).await;
        assert!(
            !offered.iter().any(|id| id.starts_with("au:")),
            "{locale}: {offered:?}"
        );
    }
    // A locale with a voice, from the same build, has it.
    let offered = open_topic(&wa, "15550100319", Locale::Am, &mut n).await;
    assert!(offered.contains(&"au:asylum:0".to_owned()), "{offered:?}");
    assert!(wa.fake.uploads().is_empty());
    wa.stop().await;
}
