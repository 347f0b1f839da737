//! The answers a form carries, read from a POST body into typed values. Each page posts the
//! answers given so far in hidden fields plus its own; `step` says which question the post
//! answers, and the answers after it must not be there yet. Anything else is malformed.

use faro_core::country::CountryCode;
use faro_core::intake::{CONSENT_VERSION, LanguageTag, Origin};

use super::token::is_lower_hex;

/// Larger bodies are not a form of these pages.
pub const MAX_BODY: usize = 16 * 1024;

/// The questions in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Consent,
    Origin,
    Languages,
    Where,
    Share,
}

impl Step {
    pub fn parse(value: &str) -> Option<Step> {
        Some(match value {
            "consent" => Step::Consent,
            "origin" => Step::Origin,
            "languages" => Step::Languages,
            "where" => Step::Where,
            "share" => Step::Share,
            _ => return None,
        })
    }

    /// The question before this one, where "Back" leads (none before the consent).
    pub fn previous(self) -> Option<Step> {
        match self {
            Step::Consent => None,
            Step::Origin => Some(Step::Consent),
            Step::Languages => Some(Step::Origin),
            Step::Where => Some(Step::Languages),
            Step::Share => Some(Step::Where),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Step::Consent => "consent",
            Step::Origin => "origin",
            Step::Languages => "languages",
            Step::Where => "where",
            Step::Share => "share",
        }
    }
}

/// Why a post was turned away.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Malformed {
    #[error("not a form body, or too large")]
    Body,
    #[error("an unknown or repeated field")]
    Field,
    #[error("a field out of order for its step")]
    Order,
    #[error("a value outside what the page offered")]
    Value,
}

/// The raw fields of a post, each known name at most once (`language` may repeat).
#[derive(Debug, Default)]
pub struct Fields {
    pub form: Option<String>,
    pub step: Option<String>,
    pub consent: Option<String>,
    pub subject: Option<String>,
    pub origin: Option<String>,
    pub languages: Vec<String>,
    /// `undisclosed` when "prefer not to say" was the languages answer.
    pub no_languages: Option<String>,
    pub place: Option<String>,
    pub share: Option<String>,
    /// "Back" was pressed instead of an answer.
    pub back: Option<String>,
}

impl Fields {
    pub fn parse(body: &[u8]) -> Result<Fields, Malformed> {
        if body.len() > MAX_BODY {
            return Err(Malformed::Body);
        }
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_bytes(body).map_err(|_| Malformed::Body)?;
        let mut fields = Fields::default();
        for (name, value) in pairs {
            let slot = match name.as_str() {
                "language" => {
                    // Bounded before parsing: the offered list is short.
                    if fields.languages.len() >= 64 {
                        return Err(Malformed::Field);
                    }
                    fields.languages.push(value);
                    continue;
                }
                "form" => &mut fields.form,
                "step" => &mut fields.step,
                "consent" => &mut fields.consent,
                "subject" => &mut fields.subject,
                "origin" => &mut fields.origin,
                "languages" => &mut fields.no_languages,
                "where" => &mut fields.place,
                "share" => &mut fields.share,
                "back" => &mut fields.back,
                _ => return Err(Malformed::Field),
            };
            if slot.replace(value).is_some() {
                return Err(Malformed::Field);
            }
        }
        Ok(fields)
    }
}

impl Fields {
    /// The answers kept on the server for a pending form (`stored`) with what its page
    /// posted: the page may add its own answer but never repeat or change a kept one.
    pub fn merge(stored: Fields, posted: Fields) -> Result<Fields, Malformed> {
        fn one(kept: Option<String>, sent: Option<String>) -> Result<Option<String>, Malformed> {
            match (kept, sent) {
                (Some(_), Some(_)) => Err(Malformed::Field),
                (kept, sent) => Ok(kept.or(sent)),
            }
        }
        if !stored.languages.is_empty() && !posted.languages.is_empty() {
            return Err(Malformed::Field);
        }
        let mut languages = stored.languages;
        languages.extend(posted.languages);
        Ok(Fields {
            form: None,
            step: one(stored.step, posted.step)?,
            consent: one(stored.consent, posted.consent)?,
            subject: one(stored.subject, posted.subject)?,
            origin: one(stored.origin, posted.origin)?,
            languages,
            no_languages: one(stored.no_languages, posted.no_languages)?,
            place: one(stored.place, posted.place)?,
            share: one(stored.share, posted.share)?,
            back: None,
        })
    }

    /// The kept answers of a form made to ask `to` again ("Back"): the answers to `to` and
    /// to every question after it are dropped, so it is asked afresh.
    pub fn rewound(self, to: Step) -> Fields {
        Fields {
            form: None,
            step: Some(to.as_str().to_owned()),
            consent: self.consent,
            subject: self.subject,
            origin: self.origin.filter(|_| to > Step::Origin),
            languages: if to > Step::Languages {
                self.languages
            } else {
                Vec::new()
            },
            no_languages: self.no_languages.filter(|_| to > Step::Languages),
            place: self.place.filter(|_| to > Step::Where),
            share: None,
            back: None,
        }
    }

    /// The fields as a form body would carry them, in a fixed order.
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        let one = [
            ("step", &self.step),
            ("consent", &self.consent),
            ("subject", &self.subject),
            ("origin", &self.origin),
            ("languages", &self.no_languages),
        ];
        let later = [("where", &self.place), ("share", &self.share)];
        let mut pairs: Vec<(&'static str, &str)> = one
            .iter()
            .filter_map(|(name, value)| value.as_deref().map(|value| (*name, value)))
            .collect();
        pairs.extend(self.languages.iter().map(|tag| ("language", tag.as_str())));
        pairs.extend(
            later
                .iter()
                .filter_map(|(name, value)| value.as_deref().map(|value| (*name, value))),
        );
        pairs
    }
}

/// Where the person is, as the where-question offers it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The kiosk's own shelter.
    Here(String),
    /// Not at this shelter: an interpreter who works by phone or video.
    Remote,
    /// No answer: at a kiosk the person is at its shelter, so the request goes there.
    Skipped,
}

/// The answers so far, all checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers {
    pub step: Step,
    pub subject: Option<String>,
    pub origin: Option<Origin>,
    /// Empty when the person preferred not to say ([`Answers::no_languages`]).
    pub languages: Vec<LanguageTag>,
    pub no_languages: bool,
    pub place: Option<Place>,
    pub share: Option<bool>,
}

/// What the answers are checked against: what the pages offered.
pub struct Offered<'a> {
    pub shelter: &'a str,
    pub countries: &'a [CountryCode],
    pub languages: &'a [LanguageTag],
}

/// The value of "prefer not to say" on the origin question.
pub const UNDISCLOSED: &str = "undisclosed";
/// The value of "another country" on the origin question.
pub const ANOTHER: &str = faro_core::intake::ANOTHER_COUNTRY;
/// The value of "skip" on the where question.
pub const SKIPPED: &str = "skip";
/// The value of "not here: by phone" on the where question.
pub const REMOTE: &str = "remote";

/// How many languages a person may choose (the core's bound).
pub const MAX_CHOSEN: usize = faro_core::intake::MAX_LANGUAGES;

/// A checked post.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Checked {
    Valid(Answers),
    /// A languages answer with none or too many chosen, otherwise well formed: the question
    /// is asked again with these answers.
    LanguageCount(Answers),
}

impl Answers {
    /// Checks every field against `offered` and the step.
    pub fn check(fields: &Fields, offered: &Offered<'_>) -> Result<Checked, Malformed> {
        let step = fields
            .step
            .as_deref()
            .and_then(Step::parse)
            .ok_or(Malformed::Value)?;
        // The consent version is the one of the text the person read; a newer text since
        // means they have not agreed to it.
        if fields.consent.as_deref() != Some(CONSENT_VERSION) {
            return Err(Malformed::Value);
        }
        let present = |answered: bool, from: Step| -> Result<(), Malformed> {
            if answered == (step >= from) {
                Ok(())
            } else {
                Err(Malformed::Order)
            }
        };
        // The subject is made when consent is given, and carried from the next page on.
        present(fields.subject.is_some(), Step::Origin)?;
        present(fields.origin.is_some(), Step::Origin)?;
        let languages_answered = step >= Step::Languages;
        if !languages_answered && (!fields.languages.is_empty() || fields.no_languages.is_some()) {
            return Err(Malformed::Order);
        }
        present(fields.place.is_some(), Step::Where)?;
        present(fields.share.is_some(), Step::Share)?;

        let subject = match &fields.subject {
            Some(token) => Some(parse_subject(token)?),
            None => None,
        };
        let origin = match &fields.origin {
            Some(value) => Some(parse_origin(value, offered.countries)?),
            None => None,
        };
        let no_languages = match fields.no_languages.as_deref() {
            Some(UNDISCLOSED) => true,
            Some(_) => return Err(Malformed::Value),
            None => false,
        };
        let mut languages = Vec::with_capacity(fields.languages.len());
        // "Prefer not to say" wins over boxes left ticked on the page (its own language is
        // ticked for the person): nothing of them is kept.
        let chosen = if no_languages {
            &[][..]
        } else {
            &fields.languages[..]
        };
        for raw in chosen {
            let tag = LanguageTag::parse(raw).map_err(|_| Malformed::Value)?;
            if !offered.languages.contains(&tag) {
                return Err(Malformed::Value);
            }
            if !languages.contains(&tag) {
                languages.push(tag);
            }
        }
        let place = match fields.place.as_deref() {
            Some(SKIPPED) => Some(Place::Skipped),
            Some(REMOTE) => Some(Place::Remote),
            Some(id) if id == offered.shelter => Some(Place::Here(id.to_owned())),
            Some(_) => return Err(Malformed::Value),
            None => None,
        };
        let share = match fields.share.as_deref() {
            Some("yes") => Some(true),
            Some("no") => Some(false),
            Some(_) => return Err(Malformed::Value),
            None => None,
        };
        // Nobody is asked whether to share a country they did not name.
        if share.is_some() && !matches!(origin, Some(Origin::Country(_))) {
            return Err(Malformed::Order);
        }
        let answers = Answers {
            step,
            subject,
            origin,
            languages,
            no_languages,
            place,
            share,
        };
        if languages_answered
            && !no_languages
            && !(1..=MAX_CHOSEN).contains(&answers.languages.len())
        {
            if step == Step::Languages {
                return Ok(Checked::LanguageCount(answers));
            }
            return Err(Malformed::Value);
        }
        Ok(Checked::Valid(answers))
    }

    /// The question after this post's, or `None` when everything is answered.
    pub fn next(&self) -> Option<Step> {
        match self.step {
            Step::Consent => Some(Step::Origin),
            Step::Origin => Some(Step::Languages),
            Step::Languages => Some(Step::Where),
            Step::Where if !matches!(self.origin, Some(Origin::Country(_))) => None,
            Step::Where => Some(Step::Share),
            Step::Share => None,
        }
    }
}

/// A kiosk subject token: 128 random bits in lower-case hex, as `Subject::new_kiosk` makes.
pub fn parse_subject(token: &str) -> Result<String, Malformed> {
    if token.len() == 32 && is_lower_hex(token) {
        Ok(token.to_owned())
    } else {
        Err(Malformed::Value)
    }
}

fn parse_origin(value: &str, offered: &[CountryCode]) -> Result<Origin, Malformed> {
    if value == UNDISCLOSED {
        return Ok(Origin::Undisclosed);
    }
    if value == ANOTHER {
        return Ok(Origin::Another);
    }
    // Exactly as the page wrote it: upper case, two letters.
    let code = CountryCode::parse(value).map_err(|_| Malformed::Value)?;
    if code.as_str() != value || !offered.contains(&code) {
        return Err(Malformed::Value);
    }
    Ok(Origin::Country(code))
}
