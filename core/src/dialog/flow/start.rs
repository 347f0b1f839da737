//! /start (with a kiosk's deep link), /help, messages without text, and what the bot says
//! outside private chats and in its command list.

use crate::deeplink::{StartPayload, Target};
use crate::dialog::effect::Effect;
use crate::locale::Locale;

use crate::dialog::context::Context;
use crate::dialog::engine::Outcome;
use crate::dialog::flow::{language, menu, topics};
use crate::dialog::reply::Reply;
use crate::dialog::say::Say;
use crate::dialog::state::{ChatState, Flow};

/// `/start`: a valid payload sets the language the person chose at the kiosk and opens its
/// topic; a bad one is ignored and the bot starts as usual.
pub(crate) fn start(
    ctx: &Context,
    mut state: ChatState,
    payload: Option<&str>,
    client: Option<Locale>,
) -> Outcome {
    let first_contact = state.locale.is_none();
    if let Some(code) = payload.filter(|p| is_link_code(p)) {
        // An interpreter linking their account (`faro interpreter add` printed the code).
        // Their app's language is kept, so that notices reach them in it.
        state.locale = state.locale.or(client);
        state.flow = Flow::Menu;
        return Outcome {
            state,
            replies: Vec::new(),
            erase: false,
            effect: Some(Effect::LinkInterpreter(code.to_owned())),
        };
    }
    let Some(payload) = payload.and_then(|p| StartPayload::decode(p).ok()) else {
        if first_contact {
            return language::picker(ctx, state, client, false);
        }
        let say = Say::new(ctx, state.speaking(client));
        state.flow = Flow::Menu;
        let reply = menu::after(say, &state, &say.html("bot-welcome"));
        return Outcome::reply(state, reply);
    };
    state.locale = Some(payload.locale);
    let say = Say::new(ctx, payload.locale);
    match payload.target {
        Target::Topic(slug) if ctx.content.topic(slug.as_str()).is_some() => {
            let mut outcome = topics::read(ctx, state, slug.as_str(), 0, None, false);
            if first_contact {
                outcome
                    .replies
                    .insert(0, Reply::text(say.html("bot-welcome")));
            }
            outcome
        }
        Target::Reference(reference) => {
            state.flow = Flow::Menu;
            Outcome {
                state,
                replies: Vec::new(),
                erase: false,
                effect: Some(Effect::LinkRequest(reference)),
            }
        }
        _ => {
            state.flow = Flow::Menu;
            let reply = menu::after(say, &state, &say.html("bot-welcome"));
            Outcome::reply(state, reply)
        }
    }
}

/// The one-time code `faro interpreter add` prints: 20 hexadecimal digits, which no start
/// payload of a kiosk can be (those begin with a locale and an underscore).
fn is_link_code(payload: &str) -> bool {
    payload.len() == 20 && payload.bytes().all(|b| b.is_ascii_hexdigit())
}

pub(crate) fn help(ctx: &Context, mut state: ChatState, client: Option<Locale>) -> Outcome {
    let say = Say::new(ctx, state.speaking(client));
    state.flow = Flow::Menu;
    let reply = menu::after(say, &state, &say.html("bot-help"));
    Outcome::reply(state, reply)
}

/// A sticker, photo or voice note: say politely that only text is read, in the person's
/// language, with the buttons they can use instead.
pub(crate) fn non_text(ctx: &Context, state: ChatState, client: Option<Locale>) -> Outcome {
    let say = Say::new(ctx, state.speaking(client));
    let notice = say.html("bot-non-text");
    if state.locale.is_none() {
        let mut outcome = language::picker(ctx, state, client, false);
        if let Some(first) = outcome.replies.first_mut() {
            first.text = format!("{notice}\n\n{}", say.html("bot-choose-language"));
        }
        return outcome;
    }
    let reply = menu::after(say, &state, &notice);
    Outcome::reply(state, reply)
}

/// The answer to a command in a group or channel: the bot works in private chats only.
pub fn private_only(ctx: &Context, client: Option<Locale>) -> Reply {
    Reply::text(Say::new(ctx, client.unwrap_or(Locale::SOURCE)).html("bot-private-only"))
}

/// The bot's commands with their descriptions in `locale`, for the channel's command menu.
pub fn commands(ctx: &Context, locale: Locale) -> Vec<(&'static str, String)> {
    let say = Say::new(ctx, locale);
    [
        ("start", "bot-command-start"),
        ("help", "bot-command-help"),
        ("language", "bot-command-language"),
        ("forget", "bot-command-forget"),
        ("stop", "bot-command-stop"),
    ]
    .into_iter()
    .map(|(command, key)| (command, say.plain(key)))
    .collect()
}

/// What the person reads when the bot cannot answer (the database is down): in the language
/// their app reports, since their own choice could not be read.
pub fn failure(ctx: &Context, client: Option<Locale>) -> Reply {
    Reply::text(Say::new(ctx, client.unwrap_or(Locale::SOURCE)).html("bot-error"))
}
