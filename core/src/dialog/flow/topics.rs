//! The list of topics and reading one in parts, with next and back.

use crate::locale::Locale;

use crate::content::TopicSlug;
use crate::dialog::action::Action;
use crate::dialog::context::Context;
use crate::dialog::engine::Outcome;
use crate::dialog::flow::menu;
use crate::dialog::pages::{footer, header};
use crate::dialog::render::label;
use crate::dialog::reply::{Button, Reply};
use crate::dialog::say::Say;
use crate::dialog::state::{ChatState, Flow};

pub(crate) fn list(
    ctx: &Context,
    mut state: ChatState,
    client: Option<Locale>,
    replace: bool,
) -> Outcome {
    let say = Say::new(ctx, state.speaking(client));
    state.flow = Flow::Topics;
    let reply = Reply::text(say.html("bot-topics"))
        .with_buttons(topic_rows(
            ctx,
            say,
            ctx.content.topics().iter().map(|t| &t.slug),
        ))
        .replacing(replace);
    Outcome::reply(state, reply)
}

/// One button per topic (icon and title in the reader's language), then the menu.
pub(crate) fn topic_rows<'a>(
    ctx: &Context,
    say: Say<'_>,
    slugs: impl Iterator<Item = &'a TopicSlug>,
) -> Vec<Vec<Button>> {
    let mut rows: Vec<Vec<Button>> = slugs
        .filter_map(|slug| {
            let topic = ctx.content.topic(slug.as_str())?;
            let text = topic.text(say.locale)?;
            let title = label(&format!("{} {}", topic.icon, text.value.title));
            Some(vec![Button::action(
                title,
                Action::Topic {
                    slug: slug.clone(),
                    part: 0,
                },
            )])
        })
        .collect();
    rows.push(menu::back_row(say));
    rows
}

pub(crate) fn read(
    ctx: &Context,
    mut state: ChatState,
    slug: &str,
    part: u16,
    client: Option<Locale>,
    replace: bool,
) -> Outcome {
    let locale = state.speaking(client);
    let say = Say::new(ctx, locale);
    let found = ctx.content.topic(slug).and_then(|topic| {
        let text = topic.text(locale)?;
        let parts = ctx.pages.get(slug, locale)?;
        Some((topic, text, parts))
    });
    let Some((topic, text, parts)) = found else {
        let mut outcome = list(ctx, state, client, replace);
        if let Some(first) = outcome.replies.first_mut() {
            first.text = format!("{}\n\n{}", say.html("error-topic-not-found"), first.text);
        }
        return outcome;
    };
    let index = usize::from(part).min(parts.len().saturating_sub(1));
    let total = parts.len();
    let mut body = header(&ctx.translations, topic, &text, index == 0);
    body.push_str("\n\n");
    body.push_str(parts.get(index).map_or("", String::as_str));
    if total > 1 {
        body.push_str("\n\n");
        body.push_str(&footer(&ctx.translations, locale, index + 1, total));
    }
    let page = |index: usize| Action::Topic {
        slug: topic.slug.clone(),
        part: u16::try_from(index).unwrap_or(u16::MAX),
    };
    let mut navigation = Vec::new();
    if index > 0 {
        navigation.push(Button::action(
            format!("‹ {}", say.plain("nav-back")),
            page(index - 1),
        ));
    }
    if index + 1 < total {
        navigation.push(Button::action(
            format!("{} ›", say.plain("nav-next")),
            page(index + 1),
        ));
    }
    let mut rows = Vec::new();
    if !navigation.is_empty() {
        rows.push(navigation);
    }
    rows.push(vec![
        Button::action(say.plain("nav-topics"), Action::Topics),
        Button::action(say.plain("nav-menu"), Action::Menu),
    ]);
    state.flow = Flow::Reading {
        topic: slug.to_owned(),
        part: u16::try_from(index).unwrap_or(u16::MAX),
    };
    Outcome::reply(
        state,
        Reply::text(body).with_buttons(rows).replacing(replace),
    )
}
