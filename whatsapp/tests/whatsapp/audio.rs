//! "Listen" on WhatsApp: a topic with audio offers it, as on Telegram; the tap uploads the
//! clip to the Graph API's media endpoint as OGG/Opus, then sends an audio message naming the
//! media id as a voice note, its words (with "computer voice" in the reader's language) and
//! the way back after it. The clip is uploaded once and its id used again. Pashto, Tigrinya
//! and Somali, which have no acceptable voice, get no clip and no button.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use faro_core::Locale;
use faro_core::audio::{AudioSettings, Clip, Espeak, SynthError, Synthesizer, VoiceKind, build};
use faro_whatsapp::test_support::fake_graph::Sent;

use crate::support::*;

/// A short page spoken by espeak-ng and opusenc, as the audio build makes them.
fn spoken(dir: &Path, voice: &str, words: &str) -> PathBuf {
    let file = dir.join(format!("{voice}.opus"));
    Espeak::default().synthesize(voice, words, &file).unwrap();
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
            wa.app.audio.insert("asylum", *locale, synthetic(file));
        }
        let mut n = 0;
        for (index, (locale, file)) in clips.iter().enumerate() {
            let number = format!("1555010030{index}");
            let offered = open_topic(&wa, &number, *locale, &mut n).await;
            assert!(offered.contains(&"au:asylum".to_owned()), "{offered:?}");

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

/// Copies one clip wherever the build asks for speech: the build's own choice of locales is
/// what is tested, not the voice.
struct Copies(PathBuf);

impl Synthesizer for Copies {
    fn synthesize(&self, _voice: &str, _text: &str, out: &Path) -> Result<(), SynthError> {
        std::fs::copy(&self.0, out)?;
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
    };
    let report = build(
        &wa.app.content,
        &wa.app.audio,
        &settings,
        &Copies(repo().join("tests/fixtures/recording-ht.opus")),
        &AtomicBool::new(false),
    );
    assert_eq!(report.failed, 0);
    let mut n = 0;
    for (index, locale) in [Locale::Ps, Locale::Ti, Locale::So].into_iter().enumerate() {
        assert!(wa.app.audio.get("asylum", locale).is_none(), "{locale}");
        let offered = open_topic(&wa, &format!("1555010031{index}"), locale, &mut n).await;
        assert!(
            !offered.iter().any(|id| id.starts_with("au:")),
            "{locale}: {offered:?}"
        );
    }
    // A locale with a voice, from the same build, has it.
    let offered = open_topic(&wa, "15550100319", Locale::Am, &mut n).await;
    assert!(offered.contains(&"au:asylum".to_owned()), "{offered:?}");
    assert!(wa.fake.uploads().is_empty());
    wa.stop().await;
}
