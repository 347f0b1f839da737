//! The list of topics and reading one in parts, with next and back; or the whole topic at
//! once, as messages that stay in the chat; and a link to the topic's web page.

use crate::audio::{Clip, VoiceKind};
use crate::content::TopicSlug;
use crate::dialog::action::Action;
use crate::dialog::flow::menu;
use crate::dialog::outcome::Outcome;
use crate::dialog::pages::{footer, header, page};
use crate::dialog::reply::{Button, Reply, TITLE_LABEL_CHARS, VoiceNote, cut_label};
use crate::dialog::say::Say;
use crate::dialog::state::Flow;
use crate::dialog::turn::Turn;
use crate::publishing::ReviewKind;
use crate::rich_text::{Block, Inline, RichText};

pub(crate) fn list(mut turn: Turn<'_>, replace: bool) -> Outcome {
    let say = turn.say;
    turn.state.flow = Flow::Topics;
    let slugs = turn.ctx.content.topics().iter().map(|t| &t.slug);
    let reply = Reply::text(say.paragraph("bot-topics"))
        .with_buttons(topic_rows(say, slugs))
        .replacing(replace);
    turn.reply(reply)
}

/// One button per topic (icon and title in the reader's language), then the menu.
pub(crate) fn topic_rows<'a>(
    say: Say<'_>,
    slugs: impl Iterator<Item = &'a TopicSlug>,
) -> Vec<Vec<Button>> {
    let mut rows: Vec<Vec<Button>> = slugs
        .filter_map(|slug| topic_button(say, slug))
        .map(|button| vec![button])
        .collect();
    rows.push(menu::back_row(say));
    rows
}

/// The button that opens a topic, its icon and title in the reader's language; `None` when the
/// pack lacks the topic.
pub(crate) fn topic_button(say: Say<'_>, slug: &TopicSlug) -> Option<Button> {
    let topic = say.ctx.content.topic(slug.as_str())?;
    let text = topic.text(say.locale)?;
    let title = cut_label(
        &format!("{} {}", topic.emoji, text.value.title),
        TITLE_LABEL_CHARS,
    );
    Some(Button::action(
        title,
        Action::Topic {
            slug: slug.clone(),
            part: 0,
        },
    ))
}

pub(crate) fn read(mut turn: Turn<'_>, slug: &str, part: u16, replace: bool) -> Outcome {
    let (ctx, say, locale) = (turn.ctx, turn.say, turn.locale());
    let Some((topic, text, parts)) = found(&turn, slug) else {
        return not_found(turn, replace);
    };
    let index = usize::from(part).min(parts.len().saturating_sub(1));
    let total = parts.len();
    let reviewed = ctx
        .reviews
        .is_reviewed(ReviewKind::Topic, topic.slug.as_str(), text.locale);
    let header = header(&ctx.translations, topic, &text, index == 0, reviewed);
    let footer = (total > 1).then(|| footer(&ctx.translations, locale, index + 1, total));
    let body = parts.get(index).cloned().unwrap_or_default();
    let page_action = |index: usize| Action::Topic {
        slug: topic.slug.clone(),
        part: u16::try_from(index).unwrap_or(u16::MAX),
    };
    let mut navigation = Vec::new();
    if index > 0 {
        navigation.push(Button::action(
            format!("‹ {}", say.text("nav-back")),
            page_action(index - 1),
        ));
    }
    if index + 1 < total {
        navigation.push(Button::action(
            format!("{} ›", say.text("nav-next")),
            page_action(index + 1),
        ));
    }
    let mut rows = Vec::new();
    if !navigation.is_empty() {
        rows.push(navigation);
    }
    if total > 1 {
        rows.push(vec![Button::action(
            say.text("nav-whole-topic"),
            Action::TopicWhole(topic.slug.clone()),
        )]);
    }
    rows.extend(listen_row(say, slug, text.locale, index));
    rows.extend(closing_rows(say, slug));
    turn.state.flow = Flow::Reading {
        topic: slug.to_owned(),
        part: u16::try_from(index).unwrap_or(u16::MAX),
    };
    let text = page(&header, &body, footer.as_ref());
    turn.reply(Reply::text(text).with_buttons(rows).replacing(replace))
}

/// Every part as its own message, none replacing another, so that the whole topic stays in
/// the chat to be read again later, even offline; the last carries the buttons.
pub(crate) fn read_whole(mut turn: Turn<'_>, slug: &str) -> Outcome {
    let (ctx, say, locale) = (turn.ctx, turn.say, turn.locale());
    let Some((topic, text, parts)) = found(&turn, slug) else {
        return not_found(turn, false);
    };
    let total = parts.len();
    let reviewed = ctx
        .reviews
        .is_reviewed(ReviewKind::Topic, topic.slug.as_str(), text.locale);
    let mut replies: Vec<Reply> = parts
        .iter()
        .enumerate()
        .map(|(index, body)| {
            let header = header(&ctx.translations, topic, &text, index == 0, reviewed);
            let footer = (total > 1).then(|| footer(&ctx.translations, locale, index + 1, total));
            Reply::text(page(&header, body, footer.as_ref()))
        })
        .collect();
    if let Some(last) = replies.pop() {
        // The whole topic at once: "Listen" sends it from the first part on.
        let mut rows: Vec<Vec<Button>> =
            listen_row(say, slug, text.locale, 0).into_iter().collect();
        rows.extend(closing_rows(say, slug));
        replies.push(last.with_buttons(rows));
    }
    turn.state.flow = Flow::Reading {
        topic: slug.to_owned(),
        part: u16::try_from(total.saturating_sub(1)).unwrap_or(u16::MAX),
    };
    turn.replies(replies)
}

/// "🔊 Listen" when the sections that part `part` shows (in `shown`, the locale of the text
/// after any fallback) have audio.
fn listen_row(
    say: Say<'_>,
    slug: &str,
    shown: crate::locale::Locale,
    part: usize,
) -> Option<Vec<Button>> {
    if !say.ctx.settings.voice_notes {
        return None;
    }
    let slug = TopicSlug::parse(slug).ok()?;
    if part_clips(say, slug.as_str(), shown, part).is_empty() {
        return None;
    }
    Some(vec![Button::action(
        format!("🔊 {}", say.text("audio-listen")),
        Action::Listen {
            slug,
            part: u16::try_from(part).unwrap_or(u16::MAX),
        },
    )])
}

/// The clips of the sections part `part` shows, with each section's heading (a whole-page
/// recording alone, when there is one).
fn part_clips(
    say: Say<'_>,
    slug: &str,
    shown: crate::locale::Locale,
    part: usize,
) -> Vec<(Option<String>, Clip)> {
    let Some(text) = say
        .ctx
        .content
        .topic(slug)
        .and_then(|topic| topic.texts.get(&shown))
    else {
        return Vec::new();
    };
    let sections = say
        .ctx
        .pages
        .sections_of(slug, say.locale, part)
        .iter()
        .filter_map(|index| text.sections.get(*index)?.id.as_deref());
    say.ctx
        .audio
        .page_clips(slug, shown, sections)
        .into_iter()
        .map(|(section, clip)| {
            let heading = section.and_then(|id| {
                text.sections
                    .iter()
                    .find(|s| s.id.as_deref() == Some(id.as_str()))?
                    .heading
                    .clone()
            });
            (heading, clip)
        })
        .collect()
}

/// Part `part` of the topic read aloud: a voice note for each section it shows, in the
/// language of the text the person reads, captioned with the topic's title and the section's
/// heading, and "computer voice" when no person read it. A part without audio (an old button,
/// or a clip not made yet) says so, with the way back.
pub(crate) fn listen(mut turn: Turn<'_>, slug: &str, part: u16) -> Outcome {
    let (say, locale) = (turn.say, turn.locale());
    let Some(topic) = turn.ctx.content.topic(slug) else {
        return not_found(turn, false);
    };
    let Some(text) = topic.text(locale) else {
        return not_found(turn, false);
    };
    let rows = closing_rows(say, slug);
    let clips = if turn.ctx.settings.voice_notes {
        part_clips(say, topic.slug.as_str(), text.locale, usize::from(part))
    } else {
        Vec::new()
    };
    if clips.is_empty() {
        return turn.reply(Reply::text(say.paragraph("audio-none")).with_buttons(rows));
    }
    let mut replies: Vec<Reply> = clips
        .into_iter()
        .map(|(heading, clip)| {
            let synthetic = clip.kind == VoiceKind::Synthetic;
            let mut caption = vec![
                Inline::text(format!("{} ", topic.emoji)),
                Inline::bold(text.value.title.clone()),
            ];
            if let Some(heading) = heading {
                caption.push(Inline::text("\n"));
                caption.push(Inline::text(heading));
            }
            if synthetic {
                caption.push(Inline::text("\n"));
                caption.push(Inline::italic(say.text("audio-computer-voice")));
            }
            let note = VoiceNote {
                file: clip.file,
                synthetic,
            };
            Reply::voice(note, RichText::new().then(Block::paragraph(caption)))
        })
        .collect();
    if let Some(last) = replies.pop() {
        replies.push(last.with_buttons(rows));
    }
    turn.state.flow = Flow::Reading {
        topic: slug.to_owned(),
        part,
    };
    turn.replies(replies)
}

type Found<'c> = (
    &'c crate::content::Topic,
    crate::content::Localized<'c, crate::content::TopicText>,
    &'c [crate::rich_text::RichText],
);

fn found<'c>(turn: &Turn<'c>, slug: &str) -> Option<Found<'c>> {
    let (ctx, locale) = (turn.ctx, turn.locale());
    let topic = ctx.content.topic(slug)?;
    let text = topic.text(locale)?;
    let parts = ctx.pages.get(slug, locale)?;
    Some((topic, text, parts))
}

/// A topic the pack does not have (an old button): the list, with a word about it.
fn not_found(turn: Turn<'_>, replace: bool) -> Outcome {
    let say = turn.say;
    let mut outcome = list(turn, replace);
    if let Some(first) = outcome.replies.first_mut() {
        first.text.prepend(say.paragraph("error-topic-not-found"));
    }
    outcome
}

/// The rows under a topic's last words: its web page, when the web pages can be opened, then
/// the topics and the menu.
fn closing_rows(say: Say<'_>, slug: &str) -> Vec<Vec<Button>> {
    let mut rows = Vec::new();
    if let Some(web) = &say.ctx.settings.web_url {
        let url = format!("{web}/{}/topics/{slug}", say.locale.tag());
        rows.push(vec![Button::link(say.text("nav-web-page"), url)]);
    }
    rows.push(vec![
        Button::action(say.text("nav-topics"), Action::Topics),
        Button::action(say.text("nav-menu"), Action::Menu),
    ]);
    rows
}
