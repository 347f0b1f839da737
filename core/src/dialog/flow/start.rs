//! /start (with a kiosk's deep link), /help, messages without text, and what the bot says
//! outside private chats and in its command list.

use crate::deeplink::{StartPayload, Target};
use crate::dialog::context::Context;
use crate::dialog::effect::Effect;
use crate::dialog::flow::{language, menu, topics};
use crate::dialog::outcome::Outcome;
use crate::dialog::reply::Reply;
use crate::dialog::say::Say;
use crate::dialog::state::Flow;
use crate::dialog::turn::Turn;
use crate::locale::Locale;

/// `/start`: a valid payload sets the language the person chose at the kiosk and opens its
/// topic; a bad one is ignored and the bot starts as usual.
pub(crate) fn start(mut turn: Turn<'_>, payload: Option<&str>) -> Outcome {
    let first_contact = turn.state.locale.is_none();
    if let Some(code) = payload.filter(|p| is_link_code(p)) {
        // An interpreter linking their account (`faro interpreter add` printed the code).
        // Their app's language is kept, so that notices reach them in it.
        if let Some(locale) = turn.state.locale.or(turn.client) {
            turn.speak(locale);
        }
        turn.state.flow = Flow::Menu;
        return turn.effect(Effect::LinkInterpreter(code.to_owned()));
    }
    let Some(payload) = payload.and_then(|p| StartPayload::decode(p).ok()) else {
        if first_contact {
            return language::picker(turn, false);
        }
        turn.state.flow = Flow::Menu;
        let reply = menu::answer(&turn, turn.say.paragraph("bot-welcome"));
        return turn.reply(reply);
    };
    turn.speak(payload.locale);
    match payload.target {
        Target::Topic(slug) if turn.ctx.content.topic(slug.as_str()).is_some() => {
            let welcome = Reply::text(turn.say.paragraph("bot-welcome"));
            let mut outcome = topics::read(turn, slug.as_str(), 0, false);
            if first_contact {
                outcome.replies.insert(0, welcome);
            }
            outcome
        }
        Target::Link(secret) => {
            turn.state.flow = Flow::Menu;
            turn.effect(Effect::LinkRequest(secret))
        }
        _ => {
            turn.state.flow = Flow::Menu;
            let reply = menu::answer(&turn, turn.say.paragraph("bot-welcome"));
            turn.reply(reply)
        }
    }
}

/// The one-time code `faro interpreter add` prints: 20 hexadecimal digits, which no start
/// payload of a kiosk can be (those begin with a locale and an underscore).
fn is_link_code(payload: &str) -> bool {
    payload.len() == 20 && payload.bytes().all(|b| b.is_ascii_hexdigit())
}

pub(crate) fn help(mut turn: Turn<'_>) -> Outcome {
    turn.state.flow = Flow::Menu;
    let reply = menu::answer(&turn, turn.say.paragraph("bot-help"));
    turn.reply(reply)
}

/// A sticker, photo or voice note: say politely that only text is read, in the person's
/// language, with the buttons they can use instead.
pub(crate) fn non_text(turn: Turn<'_>) -> Outcome {
    let say = turn.say;
    let mut notice = say.paragraph("bot-non-text");
    if turn.state.locale.is_none() {
        let mut outcome = language::picker(turn, false);
        if let Some(first) = outcome.replies.first_mut() {
            notice.append(say.paragraph("bot-choose-language"));
            first.text = notice;
        }
        return outcome;
    }
    let reply = menu::answer(&turn, notice);
    turn.reply(reply)
}

/// The answer to a command in a group or channel: the bot works in private chats only.
pub fn private_only(ctx: &Context, client: Option<Locale>) -> Reply {
    Reply::text(Say::new(ctx, client.unwrap_or(Locale::SOURCE)).paragraph("bot-private-only"))
}

/// The bot's commands with their descriptions in `locale`, for the channel's command menu.
pub fn commands(ctx: &Context, locale: Locale) -> Vec<(&'static str, String)> {
    described(ctx, locale, &COMMANDS)
}

/// What everyone's menu lists: the person's commands, the relay's /status and /end among them.
const COMMANDS: [(&str, &str); 7] = [
    ("start", "bot-command-start"),
    ("help", "bot-command-help"),
    ("language", "bot-command-language"),
    ("status", "bot-command-status"),
    ("end", "bot-command-end"),
    ("forget", "bot-command-forget"),
    ("stop", "bot-command-stop"),
];

/// What an interpreter's menu adds (`crate::relay`): availability, hours, label, /to.
const INTERPRETER_COMMANDS: [(&str, &str); 5] = [
    ("available", "bot-command-available"),
    ("away", "bot-command-away"),
    ("hours", "bot-command-hours"),
    ("label", "bot-command-label"),
    ("to", "bot-command-to"),
];

/// What linked shelter staff's menu adds: /join a conversation of their shelter.
const STAFF_COMMANDS: [(&str, &str); 1] = [("join", "bot-command-join")];

/// Linked staff's command menu in `locale`: everyone's, then /join.
pub fn staff_commands(ctx: &Context, locale: Locale) -> Vec<(&'static str, String)> {
    let mut listed = commands(ctx, locale);
    listed.extend(described(ctx, locale, &STAFF_COMMANDS));
    listed
}

/// An interpreter's command menu in `locale`: everyone's, then theirs.
pub fn interpreter_commands(ctx: &Context, locale: Locale) -> Vec<(&'static str, String)> {
    let mut listed = commands(ctx, locale);
    listed.extend(described(ctx, locale, &INTERPRETER_COMMANDS));
    listed
}

fn described(
    ctx: &Context,
    locale: Locale,
    commands: &[(&'static str, &'static str)],
) -> Vec<(&'static str, String)> {
    let say = Say::new(ctx, locale);
    commands
        .iter()
        .map(|(command, key)| (*command, say.text(key)))
        .collect()
}

/// What the person reads when the bot cannot answer (the database is down): in the language
/// their app reports, since their own choice could not be read.
pub fn failure(ctx: &Context, client: Option<Locale>) -> Reply {
    Reply::text(Say::new(ctx, client.unwrap_or(Locale::SOURCE)).paragraph("bot-error"))
}
