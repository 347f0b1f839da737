//! Each flow end to end, in three locales or more, one right-to-left: updates in, the calls
//! the bot makes to the (fake) Bot API out. Expected texts come from the translations.

use faro_bot::render::escape_html;
use faro_core::Locale;
use faro_core::dialog::storage;
use faro_core::langid::LanguageDetector;

use crate::support::updates::*;
use crate::support::*;

/// (locale, the `language_code` Telegram sends for it).
const LOCALES: [(Locale, &str); 3] = [
    (Locale::Es, "es"),
    (Locale::Fa, "fa"),
    (Locale::ZhHans, "zh-hans"),
];

#[tokio::test]
async fn start_shows_the_language_picker_preselected_by_the_app_language() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    for (chat, (locale, code)) in (1..).zip(LOCALES) {
        let calls = bot.send(&fake, text(chat, Some(code), "/start")).await;
        let message = only_message(&calls);
        assert_eq!(message.method, "sendMessage");
        assert_eq!(message.chat(), chat);
        assert!(
            message.text().contains(&bot.html(locale, "bot-welcome")),
            "{}",
            message.text()
        );
        assert!(
            message
                .text()
                .contains(&bot.html(locale, "bot-choose-language"))
        );
        let buttons = message.buttons();
        assert_eq!(buttons.len(), 16);
        assert_eq!(
            buttons[0],
            (
                locale.native_name().to_owned(),
                format!("l:{}", locale.tag())
            )
        );
        for other in Locale::ALL {
            assert!(
                buttons
                    .iter()
                    .any(|(label, _)| label == other.native_name())
            );
        }
    }
    bot.stop().await;
}

#[tokio::test]
async fn choosing_a_language_answers_the_button_and_edits_the_picker_into_the_menu() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    for (chat, (locale, code)) in (10..).zip(LOCALES) {
        let calls = bot.send(&fake, text(chat, Some("en"), "/start")).await;
        let picker = only_message(&calls).message_id();
        let press = callback(chat, Some("en"), picker, &format!("l:{}", locale.tag()));
        let callback_id = press["callback_query"]["id"].clone();
        let calls = bot.send(&fake, press).await;
        let answers: Vec<_> = calls
            .iter()
            .filter(|c| c.method == "answerCallbackQuery")
            .collect();
        assert_eq!(answers.len(), 1);
        assert_eq!(answers[0].body["callback_query_id"], callback_id);
        let message = only_message(&calls);
        assert_eq!(message.method, "editMessageText");
        assert_eq!(message.body["message_id"], picker);
        assert!(message.text().starts_with(&bot.html_with(
            locale,
            "bot-language-set",
            &[("language", locale.native_name().into())]
        )));
        assert_eq!(message.labels(), menu_labels(&bot, locale, false));
        let _ = code;
    }
    bot.stop().await;
}

#[tokio::test]
async fn the_language_is_detected_from_the_first_text_and_confirmed_with_one_tap() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let detector = LanguageDetector::new();
    let samples = [
        "你好，我需要帮助，我想申请庇护，请告诉我应该去哪里",
        "سلام، من به کمک نیاز دارم و نمی‌دانم کجا باید برای پناهندگی درخواست بدهم",
        "مرحبا، أحتاج إلى المساعدة ولا أعرف أين يمكنني طلب اللجوء في هذا البلد",
    ];
    let mut confirmed = 0;
    for (chat, sample) in (20..).zip(samples) {
        let calls = bot.send(&fake, text(chat, None, sample)).await;
        let message = only_message(&calls);
        let detection = detector.detect(sample);
        let Some(locale) = detection.locale.filter(|_| detection.confidence >= 0.5) else {
            // Not sure enough: the picker.
            assert_eq!(message.buttons().len(), 16);
            continue;
        };
        assert_eq!(
            message.text(),
            bot.html_with(
                locale,
                "bot-language-detected",
                &[("language", locale.native_name().into())]
            )
        );
        assert_eq!(
            message.codes(),
            [format!("l:{}", locale.tag()), "lang".to_owned()]
        );
        assert_eq!(message.labels()[0], bot.plain(locale, "bot-language-yes"));
        let calls = bot
            .send(
                &fake,
                callback(
                    chat,
                    None,
                    message.message_id(),
                    &format!("l:{}", locale.tag()),
                ),
            )
            .await;
        assert!(only_message(&calls).text().starts_with(&bot.html_with(
            locale,
            "bot-language-set",
            &[("language", locale.native_name().into())]
        )));
        confirmed += 1;
    }
    assert!(confirmed >= 1, "Chinese at least is detected");
    bot.stop().await;
}

/// The first question, asked before any language was chosen, is answered once the language is
/// confirmed; what is kept meanwhile is where it leads, not its words (read back from the
/// database). Latin, right-to-left and Han.
#[tokio::test]
async fn the_first_question_is_answered_after_the_language_is_confirmed() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let questions = [
        (
            Locale::Es,
            "¿Dónde puedo dormir esta noche? No tengo dónde quedarme",
        ),
        (
            Locale::Ar,
            "أين يمكنني أن أنام الليلة؟ ليس لدي مكان أبيت فيه",
        ),
        (Locale::ZhHans, "今晚我可以在哪里睡觉？我没有地方住"),
    ];
    for (chat, (locale, question)) in (60..).zip(questions) {
        let calls = bot.send(&fake, text(chat, None, question)).await;
        let offer = only_message(&calls);
        assert_eq!(
            offer.codes()[0],
            format!("l:{}", locale.tag()),
            "{question}"
        );
        let state = storage::load(&bot.app.store, chat).await.unwrap().unwrap();
        let kept = format!("{:?}", state.flow);
        assert!(kept.contains("place:shelter"), "{question}: {kept}");
        for word in question
            .split_whitespace()
            .filter(|w| w.chars().count() > 3)
        {
            assert!(!kept.contains(word), "{question}: '{word}' kept: {kept}");
        }
        let calls = bot
            .send(
                &fake,
                callback(
                    chat,
                    None,
                    offer.message_id(),
                    &format!("l:{}", locale.tag()),
                ),
            )
            .await;
        let answer = only_message(&calls);
        assert!(answer.text().starts_with(&bot.html_with(
            locale,
            "bot-language-set",
            &[("language", locale.native_name().into())]
        )));
        assert!(
            answer
                .text()
                .contains(&bot.html(locale, "bot-search-results")),
            "{question}: {}",
            answer.text()
        );
        assert_eq!(answer.codes()[0], "near", "{question}: help near me first");
        assert_eq!(answer.labels()[0], bot.plain(locale, "menu-near-me"));
    }
    bot.stop().await;
}

/// Pashto typed by someone who chose Persian: the offer to go on in Pashto, in Pashto, and the
/// switch answers the message.
#[tokio::test]
async fn a_message_in_a_neighbouring_language_offers_to_switch() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let chat = 70;
    chosen(&bot, &fake, chat, Locale::Fa, "fa").await;
    let pashto = "سلام ورور، نن شپه د ویده کېدو ځای نه لرم، په تاپاچولا کې چیرته خوندي ځای شته؟";
    let calls = bot.send(&fake, text(chat, Some("fa"), pashto)).await;
    let offer = only_message(&calls);
    assert!(offer.text().starts_with(&bot.html_with(
        Locale::Ps,
        "bot-language-detected",
        &[("language", Locale::Ps.native_name().into())]
    )));
    assert_eq!(offer.codes()[0], "l:ps");
    let calls = bot
        .send(
            &fake,
            callback(chat, Some("fa"), offer.message_id(), "l:ps"),
        )
        .await;
    let answer = only_message(&calls);
    assert!(
        answer
            .text()
            .contains(&bot.html(Locale::Ps, "bot-search-results"))
    );
    assert_eq!(answer.codes()[0], "near");
    let state = storage::load(&bot.app.store, chat).await.unwrap().unwrap();
    assert_eq!(state.locale, Some(Locale::Ps));
    bot.stop().await;
}

#[tokio::test]
async fn a_topic_is_read_in_parts_with_next_and_back() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    for (chat, (locale, code)) in (30..).zip(LOCALES) {
        let menu = chosen(&bot, &fake, chat, locale, code).await;
        let calls = bot
            .send(&fake, callback(chat, Some(code), menu, "ts"))
            .await;
        let list = only_message(&calls);
        assert_eq!(list.method, "editMessageText");
        assert_eq!(list.text(), bot.html(locale, "bot-topics"));
        assert!(list.codes().contains(&"t:asylum:0".to_owned()));

        let topic = bot
            .app
            .content
            .topic("asylum")
            .unwrap()
            .text(locale)
            .unwrap();
        let calls = bot
            .send(&fake, callback(chat, Some(code), menu, "t:asylum:0"))
            .await;
        let first = only_message(&calls);
        assert!(first.text().contains(&escape_html(&topic.value.title)));
        assert_eq!(
            first.codes()[0],
            "t:asylum:1",
            "next, and no back on the first part"
        );
        let total = parts_of(&bot, &fake, chat + 1000, locale, code, "asylum").await;
        assert!(total > 1, "{locale}: asylum is read in parts");
        assert!(first.text().contains(&bot.html_with(
            locale,
            "topic-part",
            &[("current", 1.into()), ("total", total.into())]
        )));

        let calls = bot
            .send(&fake, callback(chat, Some(code), menu, "t:asylum:1"))
            .await;
        let second = only_message(&calls);
        assert_eq!(second.method, "editMessageText");
        assert_eq!(
            second.codes()[..2],
            ["t:asylum:0".to_owned(), "t:asylum:2".to_owned()]
        );
        assert_eq!(
            second.labels()[0],
            format!("‹ {}", bot.plain(locale, "nav-back"))
        );
        assert!(second.text().contains(&bot.html_with(
            locale,
            "topic-part",
            &[("current", 2.into()), ("total", total.into())]
        )));

        let calls = bot
            .send(&fake, callback(chat, Some(code), menu, "t:asylum:0"))
            .await;
        assert_eq!(
            only_message(&calls).text(),
            first.text(),
            "back shows the first part again"
        );
    }
    bot.stop().await;
}

/// How many parts a topic has, by pressing Next in a chat of its own until there is none.
async fn parts_of(
    bot: &TestBot,
    fake: &FakeTelegram,
    chat: i64,
    locale: Locale,
    code: &str,
    slug: &str,
) -> usize {
    let menu = chosen(bot, fake, chat, locale, code).await;
    let mut part = 0;
    loop {
        let calls = bot
            .send(
                fake,
                callback(chat, Some(code), menu, &format!("t:{slug}:{part}")),
            )
            .await;
        if !only_message(&calls)
            .codes()
            .contains(&format!("t:{slug}:{}", part + 1))
        {
            return part + 1;
        }
        part += 1;
    }
}

#[tokio::test]
async fn the_whole_topic_is_sent_as_new_messages_that_stay_in_the_chat() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    for (chat, (locale, code)) in (60..).zip([
        (Locale::Es, "es"),
        (Locale::Ar, "ar"),
        (Locale::ZhHans, "zh-hans"),
    ]) {
        let total = parts_of(&bot, &fake, chat + 1000, locale, code, "asylum").await;
        let menu = chosen(&bot, &fake, chat, locale, code).await;
        let calls = bot
            .send(&fake, callback(chat, Some(code), menu, "t:asylum:0"))
            .await;
        let first = only_message(&calls);
        assert!(first.codes().contains(&"tw:asylum".to_owned()), "{locale}");
        assert!(
            first
                .labels()
                .contains(&bot.plain(locale, "nav-whole-topic"))
        );

        let calls = bot
            .send(&fake, callback(chat, Some(code), menu, "tw:asylum"))
            .await;
        let sent = messages(&calls);
        assert_eq!(sent.len(), total, "{locale}: one message a part");
        for (index, message) in sent.iter().enumerate() {
            assert_eq!(
                message.method, "sendMessage",
                "{locale}: nothing edited in place"
            );
            assert!(message.text().contains(&bot.html_with(
                locale,
                "topic-part",
                &[("current", (index + 1).into()), ("total", total.into())]
            )));
            let last = index + 1 == total;
            assert_eq!(
                message.codes().contains(&"m".to_owned()),
                last,
                "{locale}: part {index}"
            );
        }
    }
    bot.stop().await;
}

#[tokio::test]
async fn every_topic_part_in_every_locale_fits_in_a_telegram_message() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let mut chat = 100;
    for locale in Locale::ALL {
        chat += 1;
        let menu = chosen(&bot, &fake, chat, locale, locale.tag()).await;
        for topic in bot.app.content.topics() {
            let mut part = 0;
            loop {
                let code = format!("t:{}:{part}", topic.slug);
                let calls = bot.send(&fake, callback(chat, None, menu, &code)).await;
                // `only_message` checks parse mode, length and button data.
                let message = only_message(&calls);
                let next = format!("t:{}:{}", topic.slug, part + 1);
                if !message.codes().contains(&next) {
                    break;
                }
                part += 1;
            }
        }
    }
    bot.stop().await;
}

#[tokio::test]
async fn near_me_asks_for_the_location_and_lists_the_three_nearest_places() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let (lat, lon) = (14.9057, -92.2636);
    let from = faro_core::content::GeoPoint::new(lat, lon).unwrap();
    let directory = bot.app.content.directory();
    let nearest: Vec<_> = directory
        .nearest(from, &Default::default())
        .into_iter()
        .filter(|(entry, _)| !entry.kind.is_consular())
        .take(3)
        .collect();
    for (chat, (locale, code)) in
        (40..).zip([(Locale::Ar, "ar"), (Locale::Fr, "fr"), (Locale::Hi, "hi")])
    {
        let menu = chosen(&bot, &fake, chat, locale, code).await;
        let calls = bot
            .send(&fake, callback(chat, Some(code), menu, "near"))
            .await;
        // The location request, then the countries for someone who would rather not share it.
        let sent = messages(&calls);
        assert_eq!(sent.len(), 2);
        assert_eq!(sent[1].text(), bot.html(locale, "places-or-choose-country"));
        let ask = sent[0];
        assert_eq!(
            ask.method, "sendMessage",
            "a location button needs a new message"
        );
        assert_eq!(ask.text(), bot.html(locale, "bot-near-me-ask"));
        let keyboard = &ask.body["reply_markup"]["keyboard"][0][0];
        assert_eq!(
            keyboard["text"],
            bot.plain(locale, "bot-near-me-button").as_str()
        );
        assert_eq!(keyboard["request_location"], true);

        let calls = bot.send(&fake, location(chat, Some(code), lat, lon)).await;
        let answer = only_message(&calls);
        assert!(
            answer
                .text()
                .contains(&bot.html(locale, "bot-near-me-results"))
        );
        for (number, (entry, _)) in nearest.iter().enumerate() {
            assert!(
                answer.text().contains(&format!(
                    "<b>{}. {}</b>",
                    number + 1,
                    escape_html(&entry.name)
                )),
                "{}",
                answer.text()
            );
        }
        for (_, km) in &nearest {
            // As people read distances: one decimal under 10 km.
            let km = if *km < 10.0 {
                format!("{km:.1}")
            } else {
                format!("{km:.0}")
            };
            let distance = bot.html_with(locale, "directory-distance", &[("km", km.into())]);
            assert!(
                answer.text().contains(&distance),
                "{distance} in {}",
                answer.text()
            );
        }
        assert_eq!(answer.codes().last().map(String::as_str), Some("m"));
    }
    // The location is not kept anywhere.
    for chat in 40..43 {
        let state = storage::load(&bot.app.store, chat).await.unwrap().unwrap();
        let kept = format!("{state:?}");
        assert!(!kept.contains("14.9") && !kept.contains("92.2"), "{kept}");
    }
    bot.stop().await;
}

#[tokio::test]
async fn near_me_shows_a_shelters_hours_as_its_staff_changed_them_in_the_directory() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let staff = faro_core::accounts::User {
        id: 1,
        name: "sofia".into(),
        role: faro_core::accounts::Role::Staff {
            shelter: "demo-tapachula-shelter-1".into(),
        },
        disabled: false,
        preferences: Default::default(),
    };
    let shelter = "demo-tapachula-shelter-1";
    let entry = bot.app.content.directory().get(shelter).unwrap().clone();
    let draft = faro_core::directory::ShelterDraft {
        hours: "mon-fri 09:30-13:15".into(),
        ..faro_core::directory::ShelterDraft::of(&entry)
    };
    faro_core::directory::edit::edit_shelter(&bot.app.store, &staff, shelter, &draft, 1)
        .await
        .unwrap();
    // What every instance's watch does within seconds (web/src/public/directory_watch.rs).
    assert!(
        faro_core::directory::refresh(&bot.app.content, &bot.app.store)
            .await
            .unwrap()
    );
    let chat = 48;
    let menu = chosen(&bot, &fake, chat, Locale::Es, "es").await;
    bot.send(&fake, callback(chat, Some("es"), menu, "near"))
        .await;
    let calls = bot
        .send(&fake, location(chat, Some("es"), 14.9057, -92.2636))
        .await;
    let answer = only_message(&calls);
    assert!(answer.text().contains("09:30–13:15"), "{}", answer.text());
    bot.stop().await;
}

#[tokio::test]
async fn my_consulate_lists_the_countries_then_the_consulates_with_their_procedures() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let haiti = faro_core::country::CountryCode::parse("HT").unwrap();
    let directory = bot.app.content.directory();
    let consulates: Vec<_> = directory.representing(haiti).collect();
    for (chat, (locale, code)) in
        (50..).zip([(Locale::Ht, "ht"), (Locale::Ur, "ur"), (Locale::Am, "am")])
    {
        let menu = chosen(&bot, &fake, chat, locale, code).await;
        let calls = bot
            .send(&fake, callback(chat, Some(code), menu, "cs"))
            .await;
        let countries = only_message(&calls);
        assert_eq!(countries.text(), bot.html(locale, "bot-consulate-ask"));
        assert!(
            countries
                .labels()
                .contains(&bot.plain(locale, "country-HT"))
        );
        assert!(countries.codes().contains(&"c:HT".to_owned()));

        let calls = bot
            .send(&fake, callback(chat, Some(code), menu, "c:HT"))
            .await;
        let list = only_message(&calls);
        let country = bot.plain(locale, "country-HT");
        assert!(list.text().contains(&bot.html_with(
            locale,
            "consulates-for",
            &[("country", country.as_str().into())]
        )));
        for consulate in &consulates {
            assert!(list.text().contains(&escape_html(&consulate.name)));
            for procedure in &consulate.procedures {
                assert!(
                    list.text()
                        .contains(&bot.html(locale, &format!("procedure-{}", procedure.as_str())))
                );
            }
        }
        assert_eq!(
            list.codes()[list.codes().len() - 2..],
            ["cs".to_owned(), "m".to_owned()]
        );
    }
    bot.stop().await;
}

#[tokio::test]
async fn free_text_offers_the_best_topics_or_the_menu() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    for (chat, (locale, code)) in (60..).zip(LOCALES) {
        chosen(&bot, &fake, chat, locale, code).await;
        let title = &bot
            .app
            .content
            .topic("trafficking")
            .unwrap()
            .text(locale)
            .unwrap()
            .value
            .title;
        let calls = bot.send(&fake, text(chat, Some(code), title)).await;
        let found = only_message(&calls);
        assert_eq!(found.text(), bot.html(locale, "bot-search-results"));
        assert_eq!(found.codes()[0], "t:trafficking:0");
        assert!(
            found.codes().len() <= 4,
            "at most three topics and the menu"
        );

        let calls = bot.send(&fake, text(chat, Some(code), "zzzz qqqq")).await;
        let none = only_message(&calls);
        assert_eq!(none.text(), bot.html(locale, "bot-search-none"));
        assert_eq!(none.labels(), menu_labels(&bot, locale, false));
    }
    bot.stop().await;
}

#[tokio::test]
async fn help_language_and_stop_commands() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    for (chat, (locale, code)) in (70..).zip(LOCALES) {
        chosen(&bot, &fake, chat, locale, code).await;
        let help = bot.send(&fake, text(chat, Some(code), "/help")).await;
        assert!(
            only_message(&help)
                .text()
                .starts_with(&bot.html(locale, "bot-help"))
        );

        let picker = bot.send(&fake, text(chat, Some(code), "/language")).await;
        let picker = only_message(&picker);
        assert_eq!(picker.text(), bot.html(locale, "bot-choose-language"));
        assert_eq!(picker.buttons().len(), 16);

        let menu = bot.send(&fake, text(chat, Some(code), "/start")).await;
        let menu_id = only_message(&menu).message_id();
        let on = bot
            .send(&fake, callback(chat, Some(code), menu_id, "ac:MX"))
            .await;
        assert!(
            only_message(&on)
                .text()
                .starts_with(&bot.html(locale, "bot-alerts-on"))
        );
        let stop = bot.send(&fake, text(chat, Some(code), "/stop")).await;
        assert_eq!(only_message(&stop).text(), bot.html(locale, "bot-stopped"));
        let state = storage::load(&bot.app.store, chat).await.unwrap().unwrap();
        assert!(!state.alerts);
        assert_eq!(state.locale, Some(locale));
    }
    bot.stop().await;
}

#[tokio::test]
async fn forget_asks_then_erases_everything_and_confirms_in_the_persons_language() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    for (chat, (locale, code)) in
        (80..).zip([(Locale::Ps, "ps"), (Locale::Bn, "bn"), (Locale::So, "so")])
    {
        chosen(&bot, &fake, chat, locale, code).await;
        let calls = bot.send(&fake, text(chat, Some(code), "/forget")).await;
        let ask = only_message(&calls);
        assert_eq!(ask.text(), bot.html(locale, "bot-forget-confirm"));
        assert_eq!(ask.codes(), ["f:y", "f:n"]);
        let calls = bot
            .send(&fake, callback(chat, Some(code), ask.message_id(), "f:y"))
            .await;
        assert_eq!(
            only_message(&calls).text(),
            bot.html(locale, "bot-forget-done")
        );
        assert_eq!(storage::load(&bot.app.store, chat).await.unwrap(), None);
    }
    bot.stop().await;
}

#[tokio::test]
async fn a_kiosk_deep_link_opens_its_topic_in_its_language() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    for (chat, locale) in (90..).zip([Locale::Fa, Locale::Ti, Locale::Pt]) {
        let calls = bot
            .send(
                &fake,
                text(
                    chat,
                    Some("en"),
                    &format!("/start {}_t-rights", locale.tag()),
                ),
            )
            .await;
        let sent = messages(&calls);
        assert_eq!(sent.len(), 2, "welcome, then the topic");
        assert_eq!(sent[0].text(), bot.html(locale, "bot-welcome"));
        let title = &bot
            .app
            .content
            .topic("rights")
            .unwrap()
            .text(locale)
            .unwrap()
            .value
            .title;
        assert!(sent[1].text().contains(&escape_html(title)));
    }
    let calls = bot
        .send(&fake, text(99, Some("es"), "/start not_a-valid-payload"))
        .await;
    assert!(
        only_message(&calls)
            .text()
            .contains(&bot.html(Locale::Es, "bot-welcome"))
    );
    bot.stop().await;
}

#[tokio::test]
async fn stickers_and_photos_get_a_polite_answer_in_the_persons_language() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    for (chat, (locale, code)) in (110..).zip(LOCALES) {
        chosen(&bot, &fake, chat, locale, code).await;
        for update in [sticker(chat, Some(code)), photo(chat, Some(code))] {
            let calls = bot.send(&fake, update).await;
            assert!(
                only_message(&calls)
                    .text()
                    .starts_with(&bot.html(locale, "bot-non-text"))
            );
        }
    }
    bot.stop().await;
}

#[tokio::test]
async fn commands_are_registered_in_english_and_per_language() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let registered = fake.calls_of("setMyCommands");
    let context = faro_core::dialog::Context::from_app(&bot.app, faro_bot::render::TELEGRAM);
    let default = registered
        .iter()
        .find(|c| c.body.get("language_code").is_none())
        .expect("default commands");
    for (locale, code) in [
        (Locale::En, None),
        (Locale::Fa, Some("fa")),
        (Locale::Es, Some("es")),
        (Locale::ZhHans, Some("zh")),
    ] {
        let call = match code {
            None => default,
            Some(code) => registered
                .iter()
                .find(|c| c.body["language_code"] == code)
                .unwrap_or_else(|| panic!("commands for {code}")),
        };
        let expected: Vec<serde_json::Value> = faro_core::dialog::commands(&context, locale)
            .into_iter()
            .map(|(command, description)| serde_json::json!({ "command": command, "description": description }))
            .collect();
        assert_eq!(call.body["commands"], serde_json::Value::Array(expected));
    }
    assert!(
        fake.calls_of("deleteWebhook").len() == 1,
        "polling removes any webhook"
    );
    bot.stop().await;
}
