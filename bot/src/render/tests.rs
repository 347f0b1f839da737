use std::path::PathBuf;

use faro_core::content::ContentPack;
use faro_core::content::TopicSlug;
use faro_core::content::markdown::to_rich_text;
use faro_core::country::CountryCode;
use faro_core::dialog::{Action, Button, Keyboard};
use faro_core::publishing::CampaignText;
use faro_core::rich_text::{Block, Inline, ListItem, RichText, split};

use super::*;

fn reply(text: RichText, keyboard: Keyboard) -> Reply {
    Reply {
        text,
        keyboard,
        replace: true,
        voice: None,
        venue: None,
    }
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Tags balanced and only those Telegram's HTML mode knows; `&` only in the four escapes.
fn assert_telegram_html(text: &str) {
    let mut open: Vec<&str> = Vec::new();
    let mut rest = text;
    while let Some(index) = rest.find(['<', '&']) {
        let tail = &rest[index..];
        if let Some(after) = tail.strip_prefix('&') {
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;"]
                    .iter()
                    .any(|e| tail.starts_with(e)),
                "bare & in {text:?}"
            );
            rest = after;
            continue;
        }
        let end = tail
            .find('>')
            .unwrap_or_else(|| panic!("unclosed tag in {text:?}"));
        let tag = &tail[1..end];
        let name = tag.split(' ').next().unwrap_or_default();
        if let Some(closing) = name.strip_prefix('/') {
            assert_eq!(open.pop(), Some(closing), "misnested tags in {text:?}");
        } else {
            assert!(["b", "i", "a"].contains(&name), "tag <{tag}> in {text:?}");
            open.push(name);
        }
        rest = &tail[end + 1..];
    }
    assert!(open.is_empty(), "unclosed {open:?} in {text:?}");
}

#[test]
fn text_is_escaped_in_content_and_in_link_addresses() {
    let text = RichText::from(Block::paragraph([
        Inline::text("1 < 2 & \"3\" > 0 "),
        Inline::Link {
            url: "https://example.org/?a=1&b=\"x\"".into(),
            content: vec![Inline::text("<here>")],
        },
    ]));
    assert_eq!(
        to_html(&text),
        "1 &lt; 2 &amp; &quot;3&quot; &gt; 0 \
         <a href=\"https://example.org/?a=1&amp;b=&quot;x&quot;\">&lt;here&gt;</a>"
    );
}

#[test]
fn formatting_nests_as_written() {
    let text = RichText::from(Block::paragraph([Inline::Italic(vec![
        Inline::text("a "),
        Inline::Bold(vec![Inline::Link {
            url: "https://help.unhcr.org".into(),
            content: vec![Inline::text("b")],
        }]),
    ])]));
    let html = to_html(&text);
    assert_eq!(
        html,
        "<i>a <b><a href=\"https://help.unhcr.org\">b</a></b></i>"
    );
    assert_telegram_html(&html);
}

#[test]
fn blocks_are_apart_by_a_blank_line_and_headings_sit_on_theirs() {
    let item = |depth, number, text: &str| ListItem {
        depth,
        number,
        content: vec![Inline::text(text)],
    };
    let text = RichText::from(vec![
        Block::Heading(vec![Inline::text("Rights")]),
        Block::text("line one\nline two"),
        Block::List(vec![
            item(0, Some(1), "first"),
            item(1, None, "inner"),
            item(0, Some(2), "second"),
        ]),
        Block::italic("the end"),
    ]);
    assert_eq!(
        to_html(&text),
        "<b>Rights</b>\nline one\nline two\n\n1. first\n  • inner\n2. second\n\n<i>the end</i>"
    );
}

#[test]
fn markdown_becomes_telegram_html_with_only_its_tags() {
    let html = to_html(&to_rich_text(
        "## Title 1 < 2\n\nA & B **bold** *it*\n\n- one\n- two\n\n[UNHCR](https://www.acnur.org) [no](javascript:x)",
    ));
    assert_eq!(
        html,
        "<b>Title 1 &lt; 2</b>\nA &amp; B <b>bold</b> <i>it</i>\n\n• one\n• two\n\n<a href=\"https://www.acnur.org\">UNHCR</a> no"
    );
}

#[test]
fn length_is_counted_in_utf16_units() {
    assert_eq!(utf16_len("abc"), 3);
    assert_eq!(utf16_len("سلام"), 4);
    assert_eq!(utf16_len("🛡️"), 3);
    // Markup counts too, so a message is never over Telegram's limit once parsed.
    assert_eq!((TELEGRAM.measure)(&RichText::from(Block::bold("🛡️"))), 10);
}

#[test]
fn buttons_become_an_inline_keyboard_with_codes_and_https_links_only() {
    let ht = CountryCode::parse("HT").unwrap();
    let keyboard = Keyboard::Buttons(vec![
        vec![Button::action("Haïti", Action::Consulate(ht))],
        vec![
            Button::link("Web", "https://www.acnur.org"),
            Button::link("Bad", "http://insecure.example"),
            Button::link("Worse", "javascript:alert(1)"),
        ],
    ]);
    let out = render(&reply(RichText::from(Block::bold("x")), keyboard));
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].text, "<b>x</b>");
    let markup = out[0].inline_markup().unwrap();
    let json = serde_json::to_value(&markup).unwrap();
    assert_eq!(json["inline_keyboard"][0][0]["callback_data"], "c:HT");
    assert_eq!(json["inline_keyboard"][0][0]["text"], "Haïti");
    assert_eq!(json["inline_keyboard"][1].as_array().unwrap().len(), 1);
    assert_eq!(
        json["inline_keyboard"][1][0]["url"],
        "https://www.acnur.org/"
    );
    assert!(out[0].can_edit());
}

#[test]
fn a_location_request_is_a_one_time_reply_keyboard_that_cannot_edit() {
    let out = render(&reply(
        RichText::text("Share"),
        Keyboard::RequestLocation {
            label: "📍".into()
        },
    ));
    let json = serde_json::to_value(out[0].markup.as_ref().unwrap()).unwrap();
    assert_eq!(json["keyboard"][0][0]["request_location"], true);
    assert_eq!(json["one_time_keyboard"], true);
    assert!(!out[0].can_edit());
}

#[test]
fn the_longest_codes_fit_telegrams_callback_data() {
    let longest = [
        Action::Topic {
            slug: TopicSlug::parse(&"a".repeat(48)).unwrap(),
            part: u16::MAX,
        },
        Action::AcceptRequest(i64::MAX),
        Action::IntakePlace(Some("demo-tapachula-shelter-1".into())),
    ];
    for action in longest {
        let fitted = Reply::text(RichText::text("x"))
            .with_buttons(vec![vec![Button::action("x", action.clone())]])
            .fit(&TELEGRAM);
        assert_eq!(fitted.buttons().count(), 1, "{action:?}");
        let json = serde_json::to_value(render(&fitted)[0].inline_markup().unwrap()).unwrap();
        let data = json["inline_keyboard"][0][0]["callback_data"]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(data.len() <= 64, "{data}");
    }
    // A place id too long for 64 bytes: the engine leaves that button out.
    let too_long = Reply::text(RichText::text("x"))
        .with_buttons(vec![vec![Button::action(
            "x",
            Action::IntakePlace(Some("a".repeat(70))),
        )]])
        .fit(&TELEGRAM);
    assert_eq!(too_long.buttons().count(), 0);
    assert!(render(&too_long)[0].markup.is_none());
}

#[test]
fn text_over_the_limit_is_cut_into_valid_pieces_with_the_keyboard_last() {
    let paragraph = Block::paragraph([
        Inline::bold("Title"),
        Inline::text(format!(" {} & more", "word ".repeat(150))),
    ]);
    let text: RichText = std::iter::repeat_n(paragraph, 12).collect();
    let keyboard = Keyboard::Buttons(vec![vec![Button::action("Menu", Action::Menu)]]);
    let out = render(&reply(text, keyboard));
    assert!(out.len() > 1);
    for (index, piece) in out.iter().enumerate() {
        assert!(utf16_len(&piece.text) <= MAX_MESSAGE_LEN);
        assert_telegram_html(&piece.text);
        assert_eq!(piece.markup.is_some(), index + 1 == out.len());
        assert!(!piece.replace, "several pieces are sent, not edited in");
    }
    let words: usize = out.iter().map(|p| p.text.matches("word").count()).sum();
    assert_eq!(words, 150 * 12, "nothing lost");
}

#[test]
fn one_giant_word_is_still_cut_within_the_limit() {
    let text = "x".repeat(10_000);
    let out = render(&reply(RichText::text(text.clone()), Keyboard::None));
    assert_eq!(out.len(), 3);
    assert!(out.iter().all(|p| utf16_len(&p.text) <= MAX_MESSAGE_LEN));
    let texts: Vec<&str> = out.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts.concat(), text);
}

#[test]
fn cuts_count_utf16_units_and_never_split_a_grapheme_or_an_escape() {
    // Each flag is two astral characters (four units) and one grapheme; "é" is two chars.
    let word = "🇭🇹".repeat(30) + &"e\u{301}&".repeat(20);
    let text = RichText::from(Block::paragraph([
        Inline::text(format!("{word} ")),
        Inline::italic("y"),
    ]));
    for limit in 18..40 {
        let pieces = split(&text, |t| utf16_len(&to_html(t)) <= limit);
        let mut rejoined = String::new();
        for piece in &pieces {
            let html = to_html(piece);
            assert!(utf16_len(&html) <= limit, "{limit}: {html}");
            assert_telegram_html(&html);
            assert!(
                !html.starts_with('\u{301}'),
                "an accent cut from its letter"
            );
            assert!(!html.starts_with('\u{1F1F9}'), "a flag cut in half");
            rejoined.push_str(&piece.plain());
        }
        let rejoined: String = rejoined.split_whitespace().collect();
        assert_eq!(rejoined, format!("{word}y"), "{limit}");
    }
}

#[test]
fn a_long_topic_section_is_cut_within_telegrams_limit_with_whole_escapes() {
    let paragraph = "Ask for asylum & keep your papers. ".repeat(20);
    let markdown = format!("## Long\n\n{}", [paragraph.as_str(); 12].join("\n\n"));
    let pieces = TELEGRAM.split(&to_rich_text(&markdown));
    assert!(pieces.len() > 1);
    let mut ampersands = 0;
    for piece in &pieces {
        let html = to_html(piece);
        assert!(utf16_len(&html) <= MAX_MESSAGE_LEN);
        assert_telegram_html(&html);
        ampersands += html.matches("&amp;").count();
    }
    assert!(to_html(&pieces[0]).starts_with("<b>Long</b>\nAsk"));
    assert_eq!(ampersands, 20 * 12, "no text lost");
}

#[test]
fn a_campaign_is_its_title_in_bold_the_body_and_the_stop_hint_in_italics() {
    let translations = Translations::load(&repo().join("translations")).unwrap();
    let text = CampaignText {
        locale: faro_core::Locale::En,
        title: "Stay <safe>".into(),
        body: "Smugglers **lie**.\n\n- one\n- two".into(),
        translation: "original".into(),
        reviewed_by: None,
        reviewed_at: None,
        written_by: None,
    };
    let hint = escape_html(&translations.text(faro_core::Locale::En, "campaign-stop-hint"));
    assert_eq!(
        campaign_html(&text, &translations),
        format!(
            "<b>Stay &lt;safe&gt;</b>\n\nSmugglers <b>lie</b>.\n\n• one\n• two\n\n<i>{hint}</i>"
        )
    );
}

#[test]
fn the_pack_campaign_fits_one_telegram_message_in_every_locale() {
    let (pack, _) = ContentPack::scan(&repo().join("content"));
    let translations = Translations::load(&repo().join("translations")).unwrap();
    let campaign = pack
        .campaigns()
        .iter()
        .find(|c| c.slug.as_str() == "smuggling-deadly-business")
        .expect("the seed campaign ships with the pack");
    for text in &campaign.texts {
        let text = CampaignText {
            locale: text.locale,
            title: text.title.clone(),
            body: text.body.clone(),
            translation: text.translation.clone(),
            reviewed_by: None,
            reviewed_at: None,
            written_by: None,
        };
        let html = campaign_html(&text, &translations);
        assert!(
            utf16_len(&html) <= MAX_MESSAGE_LEN,
            "{:?} too long for Telegram",
            text.locale
        );
        assert_telegram_html(&html);
    }
}

#[test]
fn an_empty_reply_with_buttons_is_still_one_message() {
    let out = render(&reply(
        RichText::new(),
        Keyboard::Buttons(vec![vec![Button::action("Menu", Action::Menu)]]),
    ));
    assert_eq!(out.len(), 1);
    assert!(out[0].markup.is_some());
}
