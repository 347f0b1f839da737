//! The list of topics and reading one in parts, with next and back.

use crate::content::TopicSlug;
use crate::dialog::action::Action;
use crate::dialog::flow::menu;
use crate::dialog::outcome::Outcome;
use crate::dialog::pages::{footer, header, page};
use crate::dialog::reply::{Button, Reply, TITLE_LABEL_CHARS, cut_label};
use crate::dialog::say::Say;
use crate::dialog::state::Flow;
use crate::dialog::turn::Turn;
use crate::publishing::ReviewKind;

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
    let found = ctx.content.topic(slug).and_then(|topic| {
        let text = topic.text(locale)?;
        let parts = ctx.pages.get(slug, locale)?;
        Some((topic, text, parts))
    });
    let Some((topic, text, parts)) = found else {
        let mut outcome = list(turn, replace);
        if let Some(first) = outcome.replies.first_mut() {
            first.text.prepend(say.paragraph("error-topic-not-found"));
        }
        return outcome;
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
    rows.push(vec![
        Button::action(say.text("nav-topics"), Action::Topics),
        Button::action(say.text("nav-menu"), Action::Menu),
    ]);
    turn.state.flow = Flow::Reading {
        topic: slug.to_owned(),
        part: u16::try_from(index).unwrap_or(u16::MAX),
    };
    let text = page(&header, &body, footer.as_ref());
    turn.reply(Reply::text(text).with_buttons(rows).replacing(replace))
}
