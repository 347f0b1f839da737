use unicode_segmentation::UnicodeSegmentation;

use super::*;

/// A stand-in for a channel's measure: characters of the plain layout.
fn chars(text: &RichText) -> usize {
    text.plain().chars().count()
}

fn within(limit: usize) -> impl Fn(&RichText) -> bool {
    move |text| chars(text) <= limit
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

#[test]
fn plain_layout_puts_blank_lines_between_blocks_and_headings_on_top_of_theirs() {
    let text = RichText::from(vec![
        Block::Heading(vec![Inline::text("Rights")]),
        Block::paragraph([
            Inline::text("Asking is "),
            Inline::bold("free"),
            Inline::text("."),
        ]),
        Block::List(vec![
            ListItem {
                depth: 0,
                number: None,
                content: vec![Inline::text("one")],
            },
            ListItem {
                depth: 1,
                number: Some(3),
                content: vec![Inline::Link {
                    url: "https://help.unhcr.org".into(),
                    content: vec![Inline::italic("two")],
                }],
            },
        ]),
    ]);
    assert_eq!(text.plain(), "Rights\nAsking is free.\n\n• one\n  3. two");
}

#[test]
fn texts_are_put_together_block_by_block() {
    let mut text = RichText::text("b");
    text.prepend(RichText::text("a"));
    text.append(RichText::text("c"));
    let text = text.then(Block::italic("d"));
    assert_eq!(text.plain(), "a\n\nb\n\nc\n\nd");
    assert_eq!(text.blocks().len(), 4);
    assert!(RichText::new().is_empty());
}

#[test]
fn a_text_that_fits_is_one_piece_unchanged() {
    let text = RichText::text("short").then(Block::bold("and bold"));
    assert_eq!(split(&text, within(100)), vec![text]);
}

#[test]
fn cuts_fall_between_blocks_first() {
    let text = RichText::from(vec![
        Block::text("a".repeat(30)),
        Block::text("b".repeat(30)),
        Block::text("c".repeat(30)),
    ]);
    let pieces = split(&text, within(70));
    assert_eq!(pieces.len(), 2);
    assert_eq!(pieces[0].blocks().len(), 2);
    assert_eq!(pieces[1], RichText::text("c".repeat(30)));
}

#[test]
fn inside_a_block_the_last_line_break_that_fits_wins_over_spaces() {
    let text = RichText::text("first line here\nsecond line is longer than that");
    let pieces = split(&text, within(40));
    let plain: Vec<String> = pieces.iter().map(RichText::plain).collect();
    assert_eq!(
        plain,
        ["first line here", "second line is longer than that"]
    );
}

#[test]
fn long_paragraphs_are_cut_between_words_and_lose_none() {
    let sentence = "Asking for asylum is free and you can ask at the border. ".repeat(40);
    let text = RichText::text(sentence.clone());
    let pieces = split(&text, within(100));
    assert!(pieces.len() > 10);
    let mut rejoined = Vec::new();
    for piece in &pieces {
        let plain = piece.plain();
        assert!(plain.chars().count() <= 100, "{plain}");
        assert_eq!(plain, plain.trim(), "no space left at a cut");
        rejoined.extend(words(&plain).into_iter().map(str::to_owned));
    }
    assert_eq!(rejoined, words(&sentence), "every word, whole and in order");
}

#[test]
fn formatting_carries_over_a_cut() {
    let text = RichText::from(Block::paragraph([
        Inline::text("plain "),
        Inline::Bold(vec![
            Inline::text("bold words "),
            Inline::italic("and bold italic words that go on"),
        ]),
    ]));
    let pieces = split(&text, within(24));
    assert!(pieces.len() >= 2);
    for piece in &pieces[1..] {
        let Some(Block::Paragraph(content)) = piece.blocks().first() else {
            panic!("{piece:?}");
        };
        assert!(matches!(content[0], Inline::Bold(_)), "{piece:?}");
    }
    let last = pieces.last().unwrap();
    assert!(
        matches!(&last.blocks()[0], Block::Paragraph(c) if matches!(&c[0], Inline::Bold(inner) if matches!(inner[0], Inline::Italic(_))))
    );
}

#[test]
fn a_word_longer_than_a_message_is_cut_between_graphemes_only() {
    // Devanagari with vowel signs and a virama, a letter with a combining accent, a family
    // emoji joined with zero-width joiners, and Chinese written without spaces.
    let word = "नमस्ते".repeat(7) + &"e\u{301}".repeat(9) + &"👩‍👩‍👧".repeat(5) + &"庇护".repeat(8);
    let pieces = split(&RichText::text(word.clone()), within(10));
    let texts: Vec<String> = pieces.iter().map(RichText::plain).collect();
    assert!(texts.iter().all(|t| t.chars().count() <= 10), "{texts:?}");
    assert_eq!(texts.concat(), word);
    let boundaries: Vec<usize> = word.grapheme_indices(true).map(|(i, _)| i).collect();
    let mut offset = 0;
    for text in &texts[..texts.len() - 1] {
        offset += text.len();
        assert!(
            boundaries.contains(&offset),
            "cut inside a grapheme at {offset}"
        );
    }
}

#[test]
fn a_grapheme_that_cannot_fit_still_gets_a_piece() {
    let pieces = split(&RichText::text("👩‍👩‍👧 ok"), within(2));
    let texts: Vec<String> = pieces.iter().map(RichText::plain).collect();
    assert_eq!(texts, ["👩‍👩‍👧", "ok"]);
}

#[test]
fn lists_are_cut_between_items_and_a_long_item_keeps_its_bullet_first() {
    let item = |text: &str| ListItem {
        depth: 0,
        number: None,
        content: vec![Inline::text(text)],
    };
    let text = RichText::from(Block::List(vec![
        item("short one"),
        item("short two"),
        item(&"long words ".repeat(12)),
    ]));
    let pieces = split(&text, within(40));
    assert!(pieces.len() >= 3, "{pieces:?}");
    assert!(matches!(&pieces[0].blocks()[0], Block::List(items) if items.len() == 2));
    assert!(
        pieces[1].plain().starts_with("• long"),
        "{}",
        pieces[1].plain()
    );
    assert!(matches!(pieces[2].blocks()[0], Block::Paragraph(_)));
    let all: usize = pieces
        .iter()
        .map(|p| p.plain().matches("long").count())
        .sum();
    assert_eq!(all, 12);
}
