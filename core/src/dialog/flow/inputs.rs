//! Messages that are not a typed question: a voice note, which the bot cannot listen to, and
//! a message forwarded from someone else — often an offer of a journey, a job or papers that
//! a person wants to check before paying.

use crate::content::markdown::to_rich_text;
use crate::dialog::action::Action;
use crate::dialog::flow::{free_text, menu, start};
use crate::dialog::outcome::Outcome;
use crate::dialog::pages::header;
use crate::dialog::reply::{Button, Reply};
use crate::dialog::state::Flow;
use crate::dialog::turn::Turn;
use crate::publishing::ReviewKind;
use crate::rich_text::RichText;

/// The page and section a forwarded offer is checked against: the signs of a smuggler's or a
/// fraudster's lie, which a person can run through before paying.
const WARNING_TOPIC: &str = "smuggling-risks";
const WARNING_SECTION: &str = "spot-a-lie";

/// A voice note: an interpreter can listen where the bot cannot, and pages can be heard.
pub(crate) fn voice(mut turn: Turn<'_>) -> Outcome {
    if turn.state.locale.is_none() {
        // Nothing chosen yet: the language first, as for any other media.
        return start::non_text(turn);
    }
    let say = turn.say;
    turn.state.flow = Flow::Menu;
    let rows = vec![
        vec![Button::action(
            say.text("menu-interpreter"),
            Action::Interpreter,
        )],
        vec![Button::action(say.text("menu-topics"), Action::Topics)],
        menu::back_row(say),
    ];
    let reply = Reply::text(say.paragraph("bot-voice-note")).with_buttons(rows);
    turn.reply(reply)
}

/// A forwarded message: the warning signs, in the reader's language, with the whole page a
/// tap away. Its words are not searched (they are someone else's) and not kept. Before a
/// language is chosen it is read like a first message, to find the language.
pub(crate) fn forwarded(mut turn: Turn<'_>, text: &str) -> Outcome {
    if turn.state.locale.is_none() {
        return free_text::text(turn, text);
    }
    let (ctx, say) = (turn.ctx, turn.say);
    turn.state.flow = Flow::Menu;
    let found = ctx.content.topic(WARNING_TOPIC).and_then(|topic| {
        let text = topic.text(turn.locale())?;
        let section = text
            .value
            .sections
            .iter()
            .find(|section| section.id.as_deref() == Some(WARNING_SECTION))?;
        Some((topic, text, section))
    });
    let Some((topic, page, section)) = found else {
        // A pack without that section: the menu, which leads to the pages.
        let reply = menu::answer(&turn, say.paragraph("bot-forwarded"));
        return turn.reply(reply);
    };
    let reviewed = ctx
        .reviews
        .is_reviewed(ReviewKind::Topic, topic.slug.as_str(), page.locale);
    let mut message = say.paragraph("bot-forwarded");
    message.append(RichText::from(header(
        &ctx.translations,
        topic,
        &page,
        true,
        reviewed,
    )));
    message.append(to_rich_text(&section.markdown));
    let rows = vec![
        vec![Button::action(
            page.value.title.clone(),
            Action::Topic {
                slug: topic.slug.clone(),
                part: 0,
            },
        )],
        menu::back_row(say),
    ];
    turn.reply(Reply::text(message).with_buttons(rows))
}
