//! The heart of the engine: one pure function from (state, event) to (state, replies).

use super::action::Action;
use super::context::Context;
use super::effect::Effect;
use super::event::{Command, Event, Input};
use super::flow::{
    alerts, consulate, forget, free_text, intake, language, menu, near_me, start, topics,
};
use super::reply::Reply;
use super::state::ChatState;

/// What handling one event produced.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The state to keep for the chat.
    pub state: ChatState,
    /// Messages to send, in order.
    pub replies: Vec<Reply>,
    /// Delete everything kept about the chat (the person confirmed "delete my data"); the
    /// state above is then not kept either.
    pub erase: bool,
    /// Something to store or look up before the answer is complete (the intake's request).
    pub effect: Option<Effect>,
}

impl Outcome {
    pub(crate) fn reply(state: ChatState, reply: Reply) -> Self {
        Outcome {
            state,
            replies: vec![reply],
            erase: false,
            effect: None,
        }
    }
}

/// Decides the answer to one event. Pure: no I/O, no clock, no randomness, so every flow is
/// tested without a database or a channel.
pub fn handle(ctx: &Context, state: ChatState, input: Input) -> Outcome {
    let client = input.client_locale;
    match input.event {
        Event::Start { payload } => start::start(ctx, state, payload.as_deref(), client),
        Event::Command(Command::Help | Command::Unknown) => start::help(ctx, state, client),
        Event::Command(Command::Language) => language::picker(ctx, state, client, false),
        Event::Command(Command::Forget) => forget::ask(ctx, state, client, false),
        Event::Command(Command::Stop) => alerts::stop(ctx, state, client),
        Event::Text(text) => free_text::text(ctx, state, &text, client),
        Event::Button(code) => match Action::decode(&code) {
            Some(action) => on_action(ctx, state, action, client),
            None => menu::expired(ctx, state, client),
        },
        Event::Location { lat, lon } => near_me::results(ctx, state, lat, lon, client),
        Event::NonText => start::non_text(ctx, state, client),
    }
}

fn on_action(
    ctx: &Context,
    state: ChatState,
    action: Action,
    client: Option<crate::locale::Locale>,
) -> Outcome {
    match action {
        Action::LanguagePicker => language::picker(ctx, state, client, true),
        Action::Language(locale) => language::choose(ctx, state, locale),
        Action::Menu => menu::show(ctx, state, client, true),
        Action::Topics => topics::list(ctx, state, client, true),
        Action::Topic { slug, part } => topics::read(ctx, state, slug.as_str(), part, client, true),
        Action::NearMe => near_me::ask(ctx, state, client),
        Action::Consulates => consulate::countries(ctx, state, client),
        Action::Consulate(country) => consulate::show(ctx, state, country, client),
        Action::AlertsOn => alerts::choose_country(ctx, state, client),
        Action::AlertsCountry(country) => alerts::on(ctx, state, country, client),
        Action::AlertsOff => alerts::off(ctx, state, client),
        Action::Forget => forget::ask(ctx, state, client, true),
        Action::ForgetConfirmed => forget::confirmed(ctx, state, client),
        Action::ForgetCancelled => forget::cancelled(ctx, state, client),
        Action::Interpreter => intake::begin(ctx, state, client, true),
        Action::IntakeConsent(agreed) => intake::consent(ctx, state, agreed, client),
        Action::IntakeOrigin(origin) => intake::origin(ctx, state, origin, client),
        Action::IntakeLanguage(tag) => intake::toggle_language(ctx, state, tag, client),
        Action::IntakeOtherLanguages => intake::switch_languages(ctx, state, true, client),
        Action::IntakeMainLanguages => intake::switch_languages(ctx, state, false, client),
        Action::IntakeLanguagesDone => intake::languages_done(ctx, state, client),
        Action::IntakePlace(shelter) => intake::place(ctx, state, shelter, client),
        Action::IntakeShareOrigin(share) => intake::share_origin(ctx, state, share, client),
        Action::AcceptRequest(id) => Outcome {
            state,
            replies: Vec::new(),
            erase: false,
            effect: Some(Effect::AcceptRequest(id)),
        },
    }
}
