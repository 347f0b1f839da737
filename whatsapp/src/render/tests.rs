use faro_core::Locale;
use faro_core::country::CountryCode;
use faro_core::dialog::{Action, Button, Keyboard, Reply};
use faro_core::rich_text::{Block, Inline, ListItem, RichText};

use super::*;

fn words() -> Words {
    Words {
        choose: "Choose".into(),
        more: "More choices".into(),
    }
}

fn text(body: &str) -> RichText {
    RichText::text(body)
}

fn menu(count: usize) -> Vec<Vec<Button>> {
    Locale::ALL
        .iter()
        .take(count)
        .map(|&locale| vec![Button::action(locale.tag(), Action::Language(locale))])
        .collect()
}

#[test]
fn bold_italic_headings_lists_and_links_in_whatsapps_markup() {
    let rich = RichText::from(Block::Heading(vec![Inline::text("Asylum")]))
        .then(Block::Paragraph(vec![
            Inline::text("Ask "),
            Inline::Bold(vec![Inline::text("COMAR ")]),
            Inline::text("within "),
            Inline::Italic(vec![Inline::text("30 days")]),
            Inline::text(". "),
            Inline::Link {
                url: "https://example.org/a".into(),
                content: vec![Inline::text("More")],
            },
        ]))
        .then(Block::List(vec![
            ListItem {
                depth: 0,
                number: None,
                content: vec![Inline::text("one")],
            },
            ListItem {
                depth: 0,
                number: None,
                content: vec![Inline::text("two")],
            },
        ]));
    let markup = to_markup(&rich);
    assert!(markup.starts_with("*Asylum*\n"), "{markup}");
    // The space stays outside the marks, or WhatsApp would not format the word.
    assert!(
        markup.contains("Ask *COMAR* within _30 days_. More: https://example.org/a"),
        "{markup}"
    );
    assert!(
        markup.contains("one\n") && markup.ends_with("two"),
        "{markup}"
    );
    assert!(!markup.contains('<'), "{markup}");
}

#[test]
fn up_to_three_short_choices_are_reply_buttons() {
    let reply = Reply::text(text("Hello")).with_buttons(menu(3));
    let out = render(&reply, &words());
    let [Outgoing::Buttons { body, buttons }] = out.as_slice() else {
        panic!("{out:?}");
    };
    assert_eq!(body, "Hello");
    assert_eq!(buttons.len(), 3);
    assert_eq!(
        buttons[0],
        (Action::Language(Locale::ALL[0]).encode(), "en".to_owned())
    );
    let json = out[0].to_json("15550001111");
    assert_eq!(json["type"], "interactive");
    assert_eq!(json["interactive"]["type"], "button");
    assert_eq!(json["interactive"]["action"]["buttons"][2]["type"], "reply");
}

#[test]
fn a_choice_too_long_for_a_button_makes_a_list_with_the_whole_label_below() {
    let long = "Find the consulate of my country";
    let reply = Reply::text(text("Hello")).with_buttons(vec![
        vec![Button::action(long, Action::Consulates)],
        vec![Button::action("Menu", Action::Menu)],
    ]);
    let out = render(&reply, &words());
    let [Outgoing::List { rows, button, .. }] = out.as_slice() else {
        panic!("{out:?}");
    };
    assert_eq!(button, "Choose");
    assert!(rows[0].title.chars().count() <= ROW_TITLE_CHARS);
    assert_eq!(rows[0].description.as_deref(), Some(long));
    assert_eq!(rows[1].description, None);
}

#[test]
fn more_than_ten_choices_are_paged_over_lists_of_ten() {
    let reply = Reply::text(text("Choose your language")).with_buttons(menu(16));
    let out = render(&reply, &words());
    assert_eq!(out.len(), 2, "{out:?}");
    let Outgoing::List { body, rows, .. } = &out[0] else {
        panic!("{out:?}");
    };
    assert_eq!(body, "Choose your language");
    assert_eq!(rows.len(), LIST_ROWS);
    let Outgoing::List { body, rows, .. } = &out[1] else {
        panic!("{out:?}");
    };
    assert_eq!(body, "More choices");
    assert_eq!(rows.len(), 6);
    let json = out[1].to_json("1");
    assert_eq!(json["interactive"]["type"], "list");
    assert_eq!(
        json["interactive"]["action"]["sections"][0]["rows"]
            .as_array()
            .unwrap()
            .len(),
        6
    );
}

#[test]
fn four_short_choices_are_a_list_too() {
    let reply = Reply::text(text("x")).with_buttons(menu(4));
    assert!(matches!(
        render(&reply, &words()).as_slice(),
        [Outgoing::List { .. }]
    ));
}

#[test]
fn link_buttons_become_plain_urls_in_the_text() {
    let reply = Reply::text(text("Read more")).with_buttons(vec![
        vec![Button::link(
            "The whole page",
            "https://faro.example/es/asylum",
        )],
        vec![Button::action("Menu", Action::Menu)],
    ]);
    let out = render(&reply, &words());
    let [Outgoing::Buttons { body, buttons }] = out.as_slice() else {
        panic!("{out:?}");
    };
    assert!(
        body.ends_with("The whole page: https://faro.example/es/asylum"),
        "{body}"
    );
    assert_eq!(buttons.len(), 1);
}

#[test]
fn a_location_request_is_whatsapps_own() {
    let reply = Reply::text(text("Share your location")).with_keyboard(Keyboard::RequestLocation {
        label: "Send".into(),
    });
    let out = render(&reply, &words());
    assert_eq!(
        out,
        vec![Outgoing::LocationRequest {
            body: "Share your location".into()
        }]
    );
    let json = out[0].to_json("1");
    assert_eq!(json["interactive"]["type"], "location_request_message");
    assert_eq!(json["interactive"]["action"]["name"], "send_location");
}

#[test]
fn long_texts_are_cut_between_words_within_each_limit() {
    let word = "palabra ";
    let long = word.repeat(1300); // about 10,400 characters
    let plain = render(&Reply::text(text(long.trim())), &words());
    assert_eq!(plain.len(), 3, "{}", plain.len());
    for outgoing in &plain {
        let Outgoing::Text { body } = outgoing else {
            panic!()
        };
        assert!(utf16_len(body) <= TEXT_LEN);
        assert!(body.split(' ').all(|w| w == "palabra"), "cut inside a word");
    }
    let with_buttons = render(
        &Reply::text(text(long.trim())).with_buttons(menu(2)),
        &words(),
    );
    let Some(Outgoing::Buttons { body, .. }) = with_buttons.last() else {
        panic!("{with_buttons:?}");
    };
    assert!(utf16_len(body) <= INTERACTIVE_BODY_LEN);
    for outgoing in &with_buttons[..with_buttons.len() - 1] {
        let Outgoing::Text { body } = outgoing else {
            panic!()
        };
        assert!(utf16_len(body) <= INTERACTIVE_BODY_LEN);
    }
}

#[test]
fn a_long_text_without_spaces_is_cut_between_graphemes() {
    // Chinese has no spaces; each piece must still be whole characters.
    let long = "我需要口译员".repeat(900);
    let out = render(&Reply::text(text(&long)), &words());
    let joined: String = out
        .iter()
        .map(|o| match o {
            Outgoing::Text { body } => body.clone(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(joined, long);
    assert!(out.len() >= 2);
}

#[test]
fn a_text_message_never_previews_links() {
    let json = Outgoing::Text {
        body: "https://x.example".into(),
    }
    .to_json("15550001111");
    assert_eq!(json["type"], "text");
    assert_eq!(json["to"], "15550001111");
    assert_eq!(json["messaging_product"], "whatsapp");
    assert_eq!(json["text"]["preview_url"], false);
}

#[test]
fn the_engine_is_told_whatsapps_limits() {
    assert_eq!(WHATSAPP.message_len, INTERACTIVE_BODY_LEN);
    const { assert!(WHATSAPP.action_bytes <= ROW_ID_LEN) };
    let ht = CountryCode::parse("HT").unwrap();
    assert!(Action::Consulate(ht).encode().len() <= WHATSAPP.action_bytes);
}
