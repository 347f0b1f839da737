//! A topic read aloud: with audio ready, the topic offers "Listen", which sends the page as a
//! voice note, an OGG/Opus file uploaded to `sendVoice`; a synthetic one says "computer voice"
//! in the reader's language. Without audio, no button, and an old button says there is none.

use faro_core::Locale;
use faro_core::audio::{Clip, VoiceKind};

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

#[tokio::test]
async fn listen_sends_the_topic_as_an_ogg_opus_voice_note() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let chat = 7_101;
    let menu = persian_chat(&bot, &fake, chat).await;
    bot.app
        .audio
        .insert("asylum", Locale::Fa, fixture_clip(VoiceKind::Synthetic));

    let calls = bot
        .send(&fake, callback(chat, Some("fa"), menu, "t:asylum:0"))
        .await;
    let page = only_message(&calls);
    let listen = format!("🔊 {}", bot.plain(Locale::Fa, "audio-listen"));
    assert!(
        page.buttons().contains(&(listen, "au:asylum".to_owned())),
        "{:?}",
        page.buttons()
    );

    let calls = bot
        .send(&fake, callback(chat, Some("fa"), menu, "au:asylum"))
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
            .contains(&"au:asylum".to_owned())
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

    bot.app
        .audio
        .insert("asylum", Locale::Fa, fixture_clip(VoiceKind::Recorded));
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
