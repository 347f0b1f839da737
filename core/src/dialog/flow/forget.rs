//! "Delete my data" and /forget: ask, then erase everything kept about the chat and say so in
//! the person's language.

use crate::locale::Locale;

use crate::dialog::action::Action;
use crate::dialog::context::Context;
use crate::dialog::engine::Outcome;
use crate::dialog::flow::menu;
use crate::dialog::reply::{Button, Reply};
use crate::dialog::say::Say;
use crate::dialog::state::{ChatState, Flow};

pub(crate) fn ask(
    ctx: &Context,
    mut state: ChatState,
    client: Option<Locale>,
    replace: bool,
) -> Outcome {
    let say = Say::new(ctx, state.speaking(client));
    state.flow = Flow::ConfirmingForget;
    let reply = Reply::text(say.html("bot-forget-confirm"))
        .with_buttons(vec![vec![
            Button::action(say.plain("bot-forget-yes"), Action::ForgetConfirmed),
            Button::action(say.plain("bot-forget-cancel"), Action::ForgetCancelled),
        ]])
        .replacing(replace);
    Outcome::reply(state, reply)
}

/// Erases only right after the question: a "yes" button pressed on an old message asks again.
pub(crate) fn confirmed(ctx: &Context, state: ChatState, client: Option<Locale>) -> Outcome {
    if state.flow != Flow::ConfirmingForget {
        return ask(ctx, state, client, true);
    }
    let say = Say::new(ctx, state.speaking(client));
    Outcome {
        state: ChatState::default(),
        replies: vec![Reply::text(say.html("bot-forget-done")).replacing(true)],
        erase: true,
        effect: None,
    }
}

pub(crate) fn cancelled(ctx: &Context, mut state: ChatState, client: Option<Locale>) -> Outcome {
    let say = Say::new(ctx, state.speaking(client));
    state.flow = Flow::Menu;
    let reply = menu::after(say, &state, &say.html("bot-forget-kept")).replacing(true);
    Outcome::reply(state, reply)
}
