use faro_core::country::CountryCode;
use faro_core::dialog::{Action, Button};

use super::*;

fn reply(text: &str, keyboard: Keyboard) -> Reply {
    Reply {
        text: text.into(),
        keyboard,
        replace: true,
    }
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
    let out = render(&reply("<b>x</b>", keyboard));
    assert_eq!(out.len(), 1);
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
        "Share",
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
fn text_over_the_limit_is_cut_into_valid_pieces_with_the_keyboard_last() {
    let paragraph = format!("<b>Title</b> {} &amp; more\n", "word ".repeat(150));
    let text = paragraph.repeat(12);
    let keyboard = Keyboard::Buttons(vec![vec![Button::action("Menu", Action::Menu)]]);
    let out = render(&reply(&text, keyboard));
    assert!(out.len() > 1);
    for (index, piece) in out.iter().enumerate() {
        assert!(utf16_len(&piece.text) <= MAX_MESSAGE_LEN);
        assert_eq!(
            piece.text.matches("<b>").count(),
            piece.text.matches("</b>").count()
        );
        assert_eq!(piece.markup.is_some(), index + 1 == out.len());
        assert!(!piece.replace, "several pieces are sent, not edited in");
    }
    let words: usize = out.iter().map(|p| p.text.matches("word").count()).sum();
    assert_eq!(words, 150 * 12, "nothing lost");
}

#[test]
fn one_giant_word_is_still_cut_within_the_limit() {
    let text = "x".repeat(10_000);
    let pieces = split_html(&text, MAX_MESSAGE_LEN);
    assert_eq!(pieces.len(), 3);
    assert!(pieces.iter().all(|p| utf16_len(p) <= MAX_MESSAGE_LEN));
    assert_eq!(pieces.concat(), text);
}

#[test]
fn cuts_never_fall_inside_an_entity_or_tag() {
    let text = format!("{}&amp;<i>y</i>", "a".repeat(20));
    for limit in 18..30 {
        for piece in split_html(&text, limit) {
            assert!(!piece.ends_with("&am") && !piece.ends_with("&amp") && !piece.ends_with("<i"));
            assert!(
                !piece.starts_with("amp;") && !piece.starts_with("i>"),
                "{piece}"
            );
        }
    }
}
