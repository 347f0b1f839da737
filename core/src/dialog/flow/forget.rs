//! "Delete my data" and /forget: ask, then erase everything kept about the chat and say so in
//! the person's language.

use crate::dialog::action::Action;
use crate::dialog::flow::menu;
use crate::dialog::outcome::Outcome;
use crate::dialog::reply::{Button, Reply};
use crate::dialog::state::{ChatState, Flow};
use crate::dialog::turn::Turn;

pub(crate) fn ask(mut turn: Turn<'_>, replace: bool) -> Outcome {
    let say = turn.say;
    turn.state.flow = Flow::ConfirmingForget;
    let reply = Reply::text(say.paragraph("bot-forget-confirm"))
        .with_buttons(vec![vec![
            Button::action(say.text("bot-forget-yes"), Action::ForgetConfirmed),
            Button::action(say.text("bot-forget-cancel"), Action::ForgetCancelled),
        ]])
        .replacing(replace);
    turn.reply(reply)
}

/// Erases only right after the question: a "yes" button pressed on an old message asks again.
pub(crate) fn confirmed(mut turn: Turn<'_>) -> Outcome {
    if turn.state.flow != Flow::ConfirmingForget {
        return ask(turn, true);
    }
    let reply = Reply::text(turn.say.paragraph("bot-forget-done")).replacing(true);
    turn.state = ChatState::default();
    Outcome {
        erase: true,
        ..turn.reply(reply)
    }
}

pub(crate) fn cancelled(mut turn: Turn<'_>) -> Outcome {
    turn.state.flow = Flow::Menu;
    let reply = menu::answer(&turn, turn.say.paragraph("bot-forget-kept")).replacing(true);
    turn.reply(reply)
}
