//! The person's questions: consent, origin, languages, where, whether the interpreter may
//! know the origin — then the request, which the session stores (an [`Effect`]).
//!
//! Every step checks that the person is at that step: a button from an old message (or an
//! old "I need an interpreter") takes the person back to the question they were at, saying so,
//! rather than mixing answers or silently dropping what they had answered; a second tap on
//! the last button shows the request already made instead of making another.

use crate::audio::INTERPRETER_PAGE;
use crate::content::{DirectoryEntry, EntryKind};
use crate::country::CountryCode;
use crate::dialog::action::Action;
use crate::dialog::context::Context;
use crate::dialog::effect::{Effect, IntakeAnswers};
use crate::dialog::flow::{menu, pairs};
use crate::dialog::outcome::Outcome;
use crate::dialog::reply::{Button, Reply, VoiceNote};
use crate::dialog::state::{ChatState, Flow, IntakeDraft, IntakeStep};
use crate::dialog::turn::Turn;
use crate::i18n::collation::sort_by_name;
use crate::intake::{LanguageTag, MAX_LANGUAGES, Origin, choices};
use crate::locale::Locale;
use crate::rich_text::{Block, RichText};

/// The consent question, in the person's language, with the retention period.
pub(crate) fn begin(mut turn: Turn<'_>, replace: bool) -> Outcome {
    let say = turn.say;
    turn.state.flow = Flow::Intake {
        draft: IntakeDraft::default(),
    };
    let text =
        RichText::from(Block::bold(say.text("consent-title"))).then(Block::text(say.text_with(
            "consent-text",
            &[("days", turn.ctx.settings.retention_days.into())],
        )));
    let mut rows = consent_rows(say);
    if explanation_clip(say).is_some() {
        rows.insert(
            0,
            vec![Button::action(
                format!("🔊 {}", say.text("audio-listen")),
                Action::ListenInterpreter,
            )],
        );
    }
    let reply = Reply::text(text).with_buttons(rows).replacing(replace);
    turn.reply(reply)
}

fn consent_rows(say: crate::dialog::say::Say<'_>) -> Vec<Vec<Button>> {
    vec![
        vec![Button::action(
            say.text("consent-accept"),
            Action::IntakeConsent(true),
        )],
        vec![Button::action(
            say.text("consent-decline"),
            Action::IntakeConsent(false),
        )],
    ]
}

/// The explanation read aloud in the person's language, when it has been made.
fn explanation_clip(say: crate::dialog::say::Say<'_>) -> Option<crate::audio::Clip> {
    if !say.ctx.settings.voice_notes {
        return None;
    }
    say.ctx.audio.get(INTERPRETER_PAGE, say.locale, None)
}

/// The consent question's explanation as a voice note, its title as the caption (with
/// "computer voice" when no person read it), and the same two answers under it. Someone no
/// longer at that question is taken back to the one they are at.
pub(crate) fn listen(turn: Turn<'_>) -> Outcome {
    if at(&turn.state, &[IntakeStep::Consent]).is_none() {
        return out_of_step(turn);
    }
    let say = turn.say;
    let Some(clip) = explanation_clip(say) else {
        let reply = Reply::text(say.paragraph("audio-none")).with_buttons(consent_rows(say));
        return turn.reply(reply);
    };
    let synthetic = clip.kind == crate::audio::VoiceKind::Synthetic;
    let mut caption = RichText::from(Block::bold(say.text("consent-title")));
    if synthetic {
        caption.push(Block::italic(say.text("audio-computer-voice")));
    }
    let note = VoiceNote {
        file: clip.file,
        synthetic,
    };
    turn.reply(Reply::voice(note, caption).with_buttons(consent_rows(say)))
}

/// The draft if the person is at `step`; otherwise `None`.
fn at(state: &ChatState, steps: &[IntakeStep]) -> Option<IntakeDraft> {
    match &state.flow {
        Flow::Intake { draft } if steps.contains(&draft.step) => Some(draft.clone()),
        _ => None,
    }
}

/// A button from a question the person is no longer at.
fn out_of_step(turn: Turn<'_>) -> Outcome {
    start_or_resume(turn, false)
}

/// "I need an interpreter": the questions from the start — or, for someone part-way through
/// them, the question they were at, saying so.
pub(crate) fn start_or_resume(turn: Turn<'_>, replace: bool) -> Outcome {
    match &turn.state.flow {
        Flow::Intake { draft } if draft.step != IntakeStep::Consent => {
            let draft = draft.clone();
            resume(turn, draft)
        }
        _ => begin(turn, replace),
    }
}

fn resume(turn: Turn<'_>, draft: IntakeDraft) -> Outcome {
    let mut notice = turn.say.paragraph("intake-resume");
    let mut outcome = match draft.step {
        IntakeStep::Consent => begin(turn, false),
        IntakeStep::Origin => ask_origin(turn, draft),
        IntakeStep::Languages | IntakeStep::OtherLanguages => ask_languages(turn, draft),
        IntakeStep::Where => ask_where(turn, draft),
        IntakeStep::ShareOrigin => ask_share(turn, draft),
    };
    if let Some(first) = outcome.replies.first_mut() {
        notice.append(std::mem::take(&mut first.text));
        first.text = notice;
        // A new message at the bottom of the chat, where the person is looking.
        first.replace = false;
    }
    outcome
}

pub(crate) fn consent(mut turn: Turn<'_>, agreed: bool) -> Outcome {
    let Some(mut draft) = at(&turn.state, &[IntakeStep::Consent]) else {
        return out_of_step(turn);
    };
    if !agreed {
        turn.state.flow = Flow::Menu;
        let reply = menu::answer(&turn, turn.say.paragraph("consent-declined")).replacing(true);
        return turn.reply(reply);
    }
    draft.step = IntakeStep::Origin;
    ask_origin(turn, draft)
}

fn ask_origin(mut turn: Turn<'_>, draft: IntakeDraft) -> Outcome {
    let say = turn.say;
    let mut countries: Vec<(String, CountryCode)> = choices::origin_countries()
        .into_iter()
        .map(|code| (say.country(code), code))
        .collect();
    sort_by_name(say.locale, &mut countries, |(name, _)| name);
    let mut rows = vec![vec![Button::action(
        say.text("intake-prefer-not"),
        Action::IntakeOrigin(None),
    )]];
    rows.extend(pairs(
        countries
            .into_iter()
            .map(|(name, code)| Button::action(name, Action::IntakeOrigin(Some(code))))
            .collect(),
    ));
    rows.push(vec![Button::action(
        say.text("intake-origin-another"),
        Action::IntakeOriginAnother,
    )]);
    rows.push(menu::back_row(say));
    turn.state.flow = Flow::Intake { draft };
    let reply = Reply::text(say.paragraph("intake-origin"))
        .with_buttons(rows)
        .replacing(true);
    turn.reply(reply)
}

pub(crate) fn origin(turn: Turn<'_>, origin: Option<CountryCode>) -> Outcome {
    let Some(mut draft) = at(&turn.state, &[IntakeStep::Origin]) else {
        return out_of_step(turn);
    };
    if let Some(code) = origin
        && !choices::is_offered_origin(code.as_str())
    {
        return out_of_step(turn);
    }
    draft.origin = Some(origin.map(|code| code.to_string()));
    to_languages(turn, draft)
}

/// From a country the list does not show: counted as such, never guessed.
pub(crate) fn origin_another(turn: Turn<'_>) -> Outcome {
    let Some(mut draft) = at(&turn.state, &[IntakeStep::Origin]) else {
        return out_of_step(turn);
    };
    draft.origin = Some(Some(crate::intake::ANOTHER_COUNTRY.to_owned()));
    to_languages(turn, draft)
}

fn to_languages(turn: Turn<'_>, mut draft: IntakeDraft) -> Outcome {
    draft.step = IntakeStep::Languages;
    if draft.languages.is_empty() {
        draft
            .languages
            .push(choices::language_of(turn.locale()).to_string());
    }
    ask_languages(turn, draft)
}

fn ask_languages(mut turn: Turn<'_>, draft: IntakeDraft) -> Outcome {
    let say = turn.say;
    let chosen = |tag: &str| draft.languages.iter().any(|l| l == tag);
    let label = |tag: &str| {
        let name = say.language_name(tag);
        if chosen(tag) {
            format!("✓ {name}")
        } else {
            name
        }
    };
    let offered: Vec<LanguageTag> = if draft.step == IntakeStep::OtherLanguages {
        choices::other_languages()
    } else {
        Locale::ALL.into_iter().map(choices::language_of).collect()
    };
    let mut rows = pairs(
        offered
            .into_iter()
            .map(|tag| Button::action(label(tag.as_str()), Action::IntakeLanguage(tag)))
            .collect(),
    );
    let switch = if draft.step == IntakeStep::OtherLanguages {
        Button::action(say.text("nav-back"), Action::IntakeMainLanguages)
    } else {
        Button::action(
            say.text("intake-language-other"),
            Action::IntakeOtherLanguages,
        )
    };
    rows.push(vec![switch]);
    rows.push(vec![Button::action(
        say.text("intake-done"),
        Action::IntakeLanguagesDone,
    )]);
    let chosen_names: Vec<String> = draft
        .languages
        .iter()
        .map(|tag| say.language_name(tag))
        .collect();
    let mut text = say.paragraph("intake-languages");
    if !chosen_names.is_empty() {
        text.push(Block::text(format!("✓ {}", chosen_names.join(", "))));
    }
    turn.state.flow = Flow::Intake { draft };
    turn.reply(Reply::text(text).with_buttons(rows).replacing(true))
}

pub(crate) fn toggle_language(turn: Turn<'_>, tag: LanguageTag) -> Outcome {
    let Some(mut draft) = at(
        &turn.state,
        &[IntakeStep::Languages, IntakeStep::OtherLanguages],
    ) else {
        return out_of_step(turn);
    };
    if !choices::is_offered_language(&tag) {
        return out_of_step(turn);
    }
    if let Some(index) = draft.languages.iter().position(|l| l == tag.as_str()) {
        draft.languages.remove(index);
    } else if draft.languages.len() < MAX_LANGUAGES {
        draft.languages.push(tag.to_string());
    }
    ask_languages(turn, draft)
}

pub(crate) fn switch_languages(turn: Turn<'_>, other: bool) -> Outcome {
    let Some(mut draft) = at(
        &turn.state,
        &[IntakeStep::Languages, IntakeStep::OtherLanguages],
    ) else {
        return out_of_step(turn);
    };
    draft.step = if other {
        IntakeStep::OtherLanguages
    } else {
        IntakeStep::Languages
    };
    ask_languages(turn, draft)
}

pub(crate) fn languages_done(turn: Turn<'_>) -> Outcome {
    let Some(mut draft) = at(
        &turn.state,
        &[IntakeStep::Languages, IntakeStep::OtherLanguages],
    ) else {
        return out_of_step(turn);
    };
    if draft.languages.is_empty() {
        // "Done" with nothing chosen: ask again.
        return ask_languages(turn, draft);
    }
    draft.step = IntakeStep::Where;
    ask_where(turn, draft)
}

/// Shelters whose button code the channel can carry, by country, city and name.
fn shelters(ctx: &Context) -> Vec<DirectoryEntry> {
    let mut shelters: Vec<_> = ctx
        .content
        .directory()
        .entries()
        .iter()
        .filter(|entry| entry.kind == EntryKind::Shelter)
        .filter(|entry| {
            Action::IntakePlace(Some(entry.id.clone())).encode().len() <= ctx.limits.action_bytes
        })
        .cloned()
        .collect();
    shelters.sort_by(|a, b| {
        (a.country, a.city.as_deref(), a.name.as_str()).cmp(&(
            b.country,
            b.city.as_deref(),
            b.name.as_str(),
        ))
    });
    shelters
}

fn ask_where(mut turn: Turn<'_>, draft: IntakeDraft) -> Outcome {
    let say = turn.say;
    let mut rows: Vec<Vec<Button>> = shelters(turn.ctx)
        .into_iter()
        .map(|entry| {
            let label = match &entry.city {
                Some(city) => format!("{} — {city}", entry.name),
                None => entry.name.clone(),
            };
            vec![Button::action(
                label,
                Action::IntakePlace(Some(entry.id.clone())),
            )]
        })
        .collect();
    rows.push(vec![Button::action(
        say.text("intake-skip"),
        Action::IntakePlace(None),
    )]);
    turn.state.flow = Flow::Intake { draft };
    let reply = Reply::text(say.paragraph("intake-where"))
        .with_buttons(rows)
        .replacing(true);
    turn.reply(reply)
}

pub(crate) fn place(turn: Turn<'_>, shelter: Option<String>) -> Outcome {
    let Some(mut draft) = at(&turn.state, &[IntakeStep::Where]) else {
        return out_of_step(turn);
    };
    if let Some(id) = &shelter
        && !matches!(turn.ctx.content.directory().get(id), Some(entry) if entry.kind == EntryKind::Shelter)
    {
        return out_of_step(turn);
    }
    draft.shelter = shelter;
    if !matches!(origin_of(&draft), Origin::Country(_)) {
        // Nothing to share ("prefer not to say", "another country"): no need to ask.
        return submit(turn, draft, false);
    }
    draft.step = IntakeStep::ShareOrigin;
    ask_share(turn, draft)
}

fn ask_share(mut turn: Turn<'_>, draft: IntakeDraft) -> Outcome {
    turn.state.flow = Flow::Intake { draft };
    let say = turn.say;
    let reply = Reply::text(say.paragraph("intake-share-origin"))
        .with_buttons(vec![vec![
            Button::action(
                say.text("intake-share-yes"),
                Action::IntakeShareOrigin(true),
            ),
            Button::action(
                say.text("intake-share-no"),
                Action::IntakeShareOrigin(false),
            ),
        ]])
        .replacing(true);
    turn.reply(reply)
}

pub(crate) fn share_origin(turn: Turn<'_>, share: bool) -> Outcome {
    match at(&turn.state, &[IntakeStep::ShareOrigin]) {
        Some(draft) => submit(turn, draft, share),
        // The request was already sent (a double tap) or the questions moved on: show what
        // exists rather than make a second request.
        None => turn.effect(Effect::ShowOpenRequest),
    }
}

/// The origin answered so far, as the store takes it.
fn origin_of(draft: &IntakeDraft) -> Origin {
    match draft.origin.as_ref() {
        Some(Some(code)) if code == crate::intake::ANOTHER_COUNTRY => Origin::Another,
        Some(Some(code)) => CountryCode::parse(code).map_or(Origin::Undisclosed, Origin::Country),
        _ => Origin::Undisclosed,
    }
}

/// The answers as the store takes them; the session makes the request.
fn submit(mut turn: Turn<'_>, draft: IntakeDraft, share: bool) -> Outcome {
    let origin = origin_of(&draft);
    let answers = IntakeAnswers {
        origin,
        share_origin: share && matches!(origin, Origin::Country(_)),
        languages: draft
            .languages
            .iter()
            .filter_map(|tag| LanguageTag::parse(tag).ok())
            .collect(),
        shelter: draft.shelter,
    };
    turn.state.flow = Flow::Menu;
    turn.effect(Effect::SubmitIntake(answers))
}
