//! A topic read aloud: with audio ready, each part of a topic offers "Listen", which sends the
//! sections that part shows as voice notes, OGG/Opus files uploaded to `sendVoice`; a
//! synthetic one says "computer voice" in the reader's language. Without audio, no button,
//! and an old button says there is none. The interpreter request's explanation can be heard
//! beside its consent question too.

use faro_core::Locale;
use faro_core::audio::{Clip, INTERPRETER_PAGE, VoiceKind};

use crate::support::updates::*;
use crate::support::*;

/// A chat that has chosen Persian; the message id of its menu.
async fn persian_chat(bot: &TestBot, fake: &FakeTelegram, chat: i64) -> i64 {
    let calls = bot.send(fake, text(chat, Some("fa"), "/start")).await;
    let picker = only_message(&calls).message_id();
    let calls = bot
        .send(fake, callback(chat, Some("fa"), picker, "l:fa"))
        .await;
    only_message(&calls).message_id()
}

fn fixture_clip(kind: VoiceKind) -> Clip {
    let file = repo().join("tests/fixtures/recording-ht.opus");
    Clip {
        bytes: std::fs::metadata(&file).unwrap().len(),
        file,
        kind,
        version: "0123456789abcdef".into(),
    }
}

/// A clip for every section of `slug`'s text in `locale`.
fn insert_sections(bot: &TestBot, slug: &str, locale: Locale, kind: VoiceKind) {
    let topic = bot.app.content.topic(slug).unwrap();
    for section in &topic.texts[&locale].sections {
        let id = section.id.as_deref().unwrap();
        bot.app
            .audio
            .insert(slug, locale, Some(id), fixture_clip(kind));
    }
}

/// The headings of `slug`'s sections in `locale`.
fn headings(bot: &TestBot, slug: &str, locale: Locale) -> Vec<String> {
    let topic = bot.app.content.topic(slug).unwrap();
    topic.texts[&locale]
        .sections
        .iter()
        .filter_map(|section| section.heading.clone())
        .collect()
}

#[tokio::test]
async fn listen_on_a_part_sends_the_sections_it_shows_as_voice_notes() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let chat = 7_103;
    let menu = persian_chat(&bot, &fake, chat).await;
    insert_sections(&bot, "asylum", Locale::Fa, VoiceKind::Synthetic);
    let headings = headings(&bot, "asylum", Locale::Fa);

    // A part after the first that shows a section's heading (some parts only continue a long
    // section).
    let mut found = None;
    for part in 1..20 {
        let calls = bot
            .send(
                &fake,
                callback(chat, Some("fa"), menu, &format!("t:asylum:{part}")),
            )
            .await;
        let page = only_message(&calls).clone();
        if headings.iter().any(|h| page.text().contains(h.as_str())) {
            found = Some((part, page));
            break;
        }
    }
    let (part, page) = found.expect("a part with a heading");
    let code = format!("au:asylum:{part}");
    assert!(page.codes().contains(&code), "{:?}", page.codes());
    // The sections whose heading this part shows.
    let shown: Vec<&String> = headings
        .iter()
        .filter(|heading| page.text().contains(heading.as_str()))
        .collect();

    let calls = bot
        .send(&fake, callback(chat, Some("fa"), menu, &code))
        .await;
    let voices: Vec<_> = calls.iter().filter(|c| c.method == "sendVoice").collect();
    // One voice note a section: those whose heading the part shows, and at most one more
    // whose end it shows (a section begun on the part before).
    assert!(
        voices.len() >= shown.len() && voices.len() <= shown.len() + 1,
        "{} voice notes for {shown:?}",
        voices.len()
    );
    for heading in &shown {
        assert!(
            voices
                .iter()
                .any(|voice| voice.caption().contains(heading.as_str())),
            "no voice note for {heading}"
        );
    }
    // Every other section of the page is not sent.
    let others = headings.iter().filter(|h| !shown.contains(h));
    for heading in others {
        let in_caption = voices
            .iter()
            .filter(|voice| voice.caption().contains(heading.as_str()))
            .count();
        assert!(in_caption <= 1, "{heading}");
    }
    for voice in &voices {
        assert!(voice.ok());
        assert_eq!(&voice.files[0].bytes[..4], b"OggS");
    }
    // The way back under the last.
    assert!(voices.last().unwrap().codes().contains(&"ts".to_owned()));
    bot.stop().await;
}

#[tokio::test]
async fn the_interpreter_explanation_can_be_heard_beside_the_consent_question() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let chat = 7_104;
    let menu = persian_chat(&bot, &fake, chat).await;
    let calls = bot.send(&fake, callback(chat, Some("fa"), menu, "i")).await;
    assert!(!only_message(&calls).codes().contains(&"ai".to_owned()));

    bot.app.audio.insert(
        INTERPRETER_PAGE,
        Locale::Fa,
        None,
        fixture_clip(VoiceKind::Synthetic),
    );
    let calls = bot.send(&fake, callback(chat, Some("fa"), menu, "i")).await;
    let consent = only_message(&calls);
    assert!(
        consent.codes().contains(&"ai".to_owned()),
        "{:?}",
        consent.codes()
    );
    let calls = bot
        .send(
            &fake,
            callback(chat, Some("fa"), consent.message_id(), "ai"),
        )
        .await;
    let voice = calls
        .iter()
        .find(|c| c.method == "sendVoice")
        .expect("a voice note");
    assert_eq!(&voice.files[0].bytes[..4], b"OggS");
    assert!(
        voice
            .caption()
            .contains(&bot.html(Locale::Fa, "consent-title"))
    );
    assert!(
        voice
            .caption()
            .contains(&bot.html(Locale::Fa, "audio-computer-voice"))
    );
    // The same two answers under it.
    let codes = voice.codes();
    assert!(
        codes.contains(&"i:y".to_owned()) && codes.contains(&"i:n".to_owned()),
        "{codes:?}"
    );
    bot.stop().await;
}

#[tokio::test]
async fn listen_sends_the_topic_as_an_ogg_opus_voice_note() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let chat = 7_101;
    let menu = persian_chat(&bot, &fake, chat).await;
    // A person's recording of the whole page: one voice note, whichever part is read.
    bot.app.audio.insert(
        "asylum",
        Locale::Fa,
        None,
        fixture_clip(VoiceKind::Synthetic),
    );

    let calls = bot
        .send(&fake, callback(chat, Some("fa"), menu, "t:asylum:0"))
        .await;
    let page = only_message(&calls);
    let listen = format!("🔊 {}", bot.plain(Locale::Fa, "audio-listen"));
    assert!(
        page.buttons().contains(&(listen, "au:asylum:0".to_owned())),
        "{:?}",
        page.buttons()
    );

    let calls = bot
        .send(&fake, callback(chat, Some("fa"), menu, "au:asylum:0"))
        .await;
    let voice: Vec<_> = calls.iter().filter(|c| c.method == "sendVoice").collect();
    assert_eq!(voice.len(), 1, "{calls:#?}");
    let voice = voice[0];
    assert!(voice.ok());
    assert_eq!(voice.chat(), chat);
    assert_eq!(voice.files.len(), 1);
    let upload = &voice.files[0];
    // teloxide attaches the file under a name of its own that `voice` points to.
    assert_eq!(voice.body["voice"], format!("attach://{}", upload.field));
    assert_eq!(&upload.bytes[..4], b"OggS");
    assert!(upload.bytes.windows(8).any(|w| w == b"OpusHead"));
    assert_eq!(
        upload.bytes,
        std::fs::read(repo().join("tests/fixtures/recording-ht.opus")).unwrap()
    );
    // Labelled as a computer's voice, in Persian, with the way back under it.
    assert_eq!(voice.body["parse_mode"], "HTML");
    assert!(
        voice
            .caption()
            .contains(&bot.html(Locale::Fa, "audio-computer-voice")),
        "{}",
        voice.caption()
    );
    assert!(
        voice.codes().contains(&"ts".to_owned()),
        "{:?}",
        voice.codes()
    );
    bot.stop().await;
}

#[tokio::test]
async fn a_recording_is_not_labelled_and_a_topic_without_audio_has_no_button() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let chat = 7_102;
    let menu = persian_chat(&bot, &fake, chat).await;

    let calls = bot
        .send(&fake, callback(chat, Some("fa"), menu, "t:asylum:0"))
        .await;
    assert!(
        !only_message(&calls)
            .codes()
            .iter()
            .any(|code| code.starts_with("au:"))
    );
    // An old button, with no audio now: said so, in Persian.
    let calls = bot
        .send(&fake, callback(chat, Some("fa"), menu, "au:asylum"))
        .await;
    assert!(calls.iter().all(|c| c.method != "sendVoice"));
    assert!(
        only_message(&calls)
            .text()
            .contains(&bot.html(Locale::Fa, "audio-none"))
    );

    insert_sections(&bot, "asylum", Locale::Fa, VoiceKind::Recorded);
    let calls = bot
        .send(&fake, callback(chat, Some("fa"), menu, "au:asylum"))
        .await;
    let voice = calls
        .iter()
        .find(|c| c.method == "sendVoice")
        .expect("a voice note");
    assert!(
        !voice
            .caption()
            .contains(&bot.html(Locale::Fa, "audio-computer-voice"))
    );
    bot.stop().await;
}
