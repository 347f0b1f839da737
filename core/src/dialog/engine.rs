//! The heart of the engine: one pure function from (state, event) to (state, replies).

use super::action::Action;
use super::context::Context;
use super::effect::Effect;
use super::event::{Command, Event, Input};
use super::flow::intake::questions as intake;
use super::flow::{
    alerts, consulate, forget, free_text, inputs, language, menu, near_me, places, start, topics,
};
use super::outcome::Outcome;
use super::state::ChatState;
use super::turn::Turn;

/// Decides the answer to one event. Pure: no I/O, no clock, no randomness, so every flow is
/// tested without a database or a channel.
pub fn handle(ctx: &Context, state: ChatState, input: Input) -> Outcome {
    let turn = Turn::new(ctx, state, input.client_locale);
    let mut outcome = match input.event {
        Event::Start { payload } => start::start(turn, payload.as_deref()),
        Event::Command(Command::Help | Command::Unknown) => start::help(turn),
        Event::Command(Command::Language) => language::picker(turn, false),
        Event::Command(Command::Forget) => forget::ask(turn, false),
        Event::Command(Command::Stop) => alerts::stop(turn),
        Event::Command(Command::End) => turn.effect(Effect::EndConversation),
        Event::Command(Command::Status) => turn.effect(Effect::ShowRequestStatus),
        Event::Command(Command::Available) => turn.effect(Effect::SetAvailable(true)),
        Event::Command(Command::Away) => turn.effect(Effect::SetAvailable(false)),
        Event::Label(label) => turn.effect(Effect::SetLabel(label)),
        Event::Hours(hours) => turn.effect(Effect::SetHours(hours)),
        Event::To(reference) => turn.effect(Effect::FocusConversation(reference)),
        Event::Join(reference) => turn.effect(Effect::JoinConversation(reference)),
        Event::Text(text) => free_text::text(turn, &text),
        Event::Button(code) => {
            // Longer than the channel lets a button carry: not a button of ours.
            let action = (code.len() <= ctx.limits.action_bytes)
                .then(|| Action::decode(&code))
                .flatten();
            match action {
                Some(action) => on_action(turn, action),
                None => menu::expired(turn),
            }
        }
        Event::Location { lat, lon } => near_me::results(turn, lat, lon),
        Event::Voice => inputs::voice(turn),
        Event::Forwarded(text) => inputs::forwarded(turn, &text),
        Event::NonText => start::non_text(turn),
    };
    outcome.replies = std::mem::take(&mut outcome.replies)
        .into_iter()
        .map(|reply| reply.fit(&ctx.limits))
        .collect();
    outcome
}

fn on_action(turn: Turn<'_>, action: Action) -> Outcome {
    match action {
        Action::LanguagePicker => language::picker(turn, true),
        Action::Language(locale) => language::choose(turn, locale),
        Action::Menu => menu::show(turn, true),
        Action::Topics => topics::list(turn, true),
        Action::Topic { slug, part } => topics::read(turn, slug.as_str(), part, true),
        Action::TopicWhole(slug) => topics::read_whole(turn, slug.as_str()),
        Action::Listen { slug, part } => topics::listen(turn, slug.as_str(), part),
        Action::ListenInterpreter => intake::listen(turn),
        Action::NearMe => near_me::ask(turn),
        Action::PlacesCountry(country) => places::cities(turn, country),
        Action::PlacesCity(id) => places::city(turn, &id),
        Action::PlacesNationwide(country) => places::nationwide(turn, country),
        Action::Venue(id) => places::venue(turn, &id),
        Action::Consulates => consulate::countries(turn),
        Action::Consulate(country) => consulate::show(turn, country),
        // An old or forged button where alerts are not offered: the menu, no subscription.
        Action::AlertsOn | Action::AlertsCountry(_) if !turn.ctx.settings.alerts_offered => {
            menu::show(turn, true)
        }
        Action::AlertsOn => alerts::choose_country(turn),
        Action::AlertsCountry(country) => alerts::on(turn, country),
        Action::AlertsOff => alerts::off(turn),
        Action::Forget => forget::ask(turn, true),
        Action::ForgetConfirmed => forget::confirmed(turn),
        Action::ForgetCancelled => forget::cancelled(turn),
        Action::Interpreter => intake::start_or_resume(turn, true),
        Action::IntakeConsent(agreed) => intake::consent(turn, agreed),
        Action::IntakeOrigin(origin) => intake::origin(turn, origin),
        Action::IntakeOriginAnother => intake::origin_another(turn),
        Action::IntakeLanguage(tag) => intake::toggle_language(turn, tag),
        Action::IntakeOtherLanguages => intake::switch_languages(turn, true),
        Action::IntakeMainLanguages => intake::switch_languages(turn, false),
        Action::IntakeLanguagesDone => intake::languages_done(turn),
        Action::IntakePlace(shelter) => intake::place(turn, shelter),
        Action::IntakeShareOrigin(share) => intake::share_origin(turn, share),
        Action::AcceptRequest(id) => turn.effect(Effect::AcceptRequest(id)),
    }
}
