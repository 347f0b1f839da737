//! What a button does, as a short code a channel can carry back (each channel states how
//! many bytes it can; the codes are kept to 64 so that every channel Faro knows can). Buttons carry
//! everything they need, so a button pressed on an old message still does what it says even
//! after the conversation has moved on or the bot has restarted.

use crate::content::TopicSlug;
use crate::country::CountryCode;
use crate::intake::LanguageTag;
use crate::locale::Locale;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Show the language picker.
    LanguagePicker,
    /// Speak this language from now on.
    Language(Locale),
    Menu,
    Topics,
    /// Part `part` (from 0) of a topic.
    Topic {
        slug: TopicSlug,
        part: u16,
    },
    /// Every part of a topic at once, as messages that stay in the chat to re-read.
    TopicWhole(TopicSlug),
    /// Part `part` of a topic read aloud: the voice notes of the sections it shows.
    Listen {
        slug: TopicSlug,
        part: u16,
    },
    /// The interpreter request's explanation read aloud, beside its consent question.
    ListenInterpreter,
    NearMe,
    /// Places that help in a country, found without sharing a location: its cities first.
    PlacesCountry(CountryCode),
    /// The places in the city of this directory entry (an id keeps the code short and
    /// ASCII whatever the city's name).
    PlacesCity(String),
    /// The country's services that have no city (national hotlines).
    PlacesNationwide(CountryCode),
    /// A place's pin on a map, by its directory id.
    Venue(String),
    Consulates,
    Consulate(CountryCode),
    AlertsOn,
    /// Alerts for one country, or for all (`None`).
    AlertsCountry(Option<CountryCode>),
    AlertsOff,
    Forget,
    ForgetConfirmed,
    ForgetCancelled,
    /// "I need an interpreter": start the intake with its consent question.
    Interpreter,
    /// The answer to the consent question.
    IntakeConsent(bool),
    /// The country the person is from, or `None` for "prefer not to say".
    IntakeOrigin(Option<CountryCode>),
    /// From a country the list does not show.
    IntakeOriginAnother,
    /// Choose or un-choose a language.
    IntakeLanguage(LanguageTag),
    /// Show the languages beyond Faro's sixteen.
    IntakeOtherLanguages,
    /// Back from the other languages to the main list.
    IntakeMainLanguages,
    IntakeLanguagesDone,
    /// The shelter where the person is (a directory id), or `None` to skip.
    IntakePlace(Option<String>),
    /// Whether the interpreter may know the person's country; this sends the request.
    IntakeShareOrigin(bool),
    /// An interpreter takes a request (by its id).
    AcceptRequest(i64),
}

impl Action {
    /// The code a button carries: at most 64 bytes (a topic slug is at most 48 bytes, so
    /// `t:<slug>:<part>` stays under that), for channels that carry no more.
    pub fn encode(&self) -> String {
        match self {
            Action::LanguagePicker => "lang".into(),
            Action::Language(locale) => format!("l:{}", locale.tag()),
            Action::Menu => "m".into(),
            Action::Topics => "ts".into(),
            Action::Topic { slug, part } => format!("t:{}:{part}", slug.as_str()),
            Action::TopicWhole(slug) => format!("tw:{}", slug.as_str()),
            Action::Listen { slug, part } => format!("au:{}:{part}", slug.as_str()),
            Action::ListenInterpreter => "ai".into(),
            Action::NearMe => "near".into(),
            Action::PlacesCountry(country) => format!("pk:{country}"),
            Action::PlacesCity(id) => format!("pc:{id}"),
            Action::PlacesNationwide(country) => format!("pn:{country}"),
            Action::Venue(id) => format!("v:{id}"),
            Action::Consulates => "cs".into(),
            Action::Consulate(country) => format!("c:{country}"),
            Action::AlertsOn => "a:on".into(),
            Action::AlertsCountry(Some(country)) => format!("ac:{country}"),
            Action::AlertsCountry(None) => "ac:*".into(),
            Action::AlertsOff => "a:off".into(),
            Action::Forget => "f".into(),
            Action::ForgetConfirmed => "f:y".into(),
            Action::ForgetCancelled => "f:n".into(),
            Action::Interpreter => "i".into(),
            Action::IntakeConsent(true) => "i:y".into(),
            Action::IntakeConsent(false) => "i:n".into(),
            Action::IntakeOrigin(Some(country)) => format!("io:{country}"),
            Action::IntakeOrigin(None) => "io:-".into(),
            Action::IntakeOriginAnother => "io:+".into(),
            Action::IntakeLanguage(tag) => format!("il:{tag}"),
            Action::IntakeOtherLanguages => "il+".into(),
            Action::IntakeMainLanguages => "il-".into(),
            Action::IntakeLanguagesDone => "il.".into(),
            Action::IntakePlace(Some(id)) => format!("ip:{id}"),
            Action::IntakePlace(None) => "ip:-".into(),
            Action::IntakeShareOrigin(true) => "is:y".into(),
            Action::IntakeShareOrigin(false) => "is:n".into(),
            Action::AcceptRequest(id) => format!("ra:{id}"),
        }
    }

    /// `None` for anything this version did not write (an old or forged button).
    pub fn decode(code: &str) -> Option<Action> {
        let action = match code {
            "lang" => Action::LanguagePicker,
            "m" => Action::Menu,
            "ts" => Action::Topics,
            "near" => Action::NearMe,
            "cs" => Action::Consulates,
            "a:on" => Action::AlertsOn,
            "a:off" => Action::AlertsOff,
            "ac:*" => Action::AlertsCountry(None),
            "f" => Action::Forget,
            "f:y" => Action::ForgetConfirmed,
            "f:n" => Action::ForgetCancelled,
            "i" => Action::Interpreter,
            "ai" => Action::ListenInterpreter,
            "i:y" => Action::IntakeConsent(true),
            "i:n" => Action::IntakeConsent(false),
            "io:-" => Action::IntakeOrigin(None),
            "io:+" => Action::IntakeOriginAnother,
            "il+" => Action::IntakeOtherLanguages,
            "il-" => Action::IntakeMainLanguages,
            "il." => Action::IntakeLanguagesDone,
            "ip:-" => Action::IntakePlace(None),
            "is:y" => Action::IntakeShareOrigin(true),
            "is:n" => Action::IntakeShareOrigin(false),
            _ => return Self::decode_with_argument(code),
        };
        Some(action)
    }

    fn decode_with_argument(code: &str) -> Option<Action> {
        let (kind, argument) = code.split_once(':')?;
        match kind {
            "l" => argument.parse().ok().map(Action::Language),
            "c" => strict_country(argument).map(Action::Consulate),
            "ac" => strict_country(argument).map(|c| Action::AlertsCountry(Some(c))),
            "io" => strict_country(argument).map(|c| Action::IntakeOrigin(Some(c))),
            "il" => LanguageTag::parse(argument)
                .ok()
                .map(Action::IntakeLanguage),
            "ip" => valid_place_id(argument).then(|| Action::IntakePlace(Some(argument.into()))),
            "pk" => strict_country(argument).map(Action::PlacesCountry),
            "pn" => strict_country(argument).map(Action::PlacesNationwide),
            "pc" => valid_place_id(argument).then(|| Action::PlacesCity(argument.into())),
            "v" => valid_place_id(argument).then(|| Action::Venue(argument.into())),
            "ra" => argument
                .parse()
                .ok()
                .filter(|id: &i64| *id > 0 && argument.bytes().all(|b| b.is_ascii_digit()))
                .map(Action::AcceptRequest),
            "tw" => TopicSlug::parse(argument).ok().map(Action::TopicWhole),
            // A button from before topics were heard in parts (`au:<slug>`): the first part.
            "au" => {
                let (slug, part) = match argument.rsplit_once(':') {
                    Some((slug, part)) => (slug, part.parse().ok()?),
                    None => (argument, 0),
                };
                let slug = TopicSlug::parse(slug).ok()?;
                Some(Action::Listen { slug, part })
            }
            "t" => {
                let (slug, part) = argument.rsplit_once(':')?;
                let slug = TopicSlug::parse(slug).ok()?;
                let part = part.parse().ok()?;
                Some(Action::Topic { slug, part })
            }
            _ => None,
        }
    }
}

/// A directory id as the content pack writes them: lower-case letters, digits and dashes.
/// Whether the shelter exists is the flow's to check.
fn valid_place_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Only the upper-case form this module writes.
fn strict_country(code: &str) -> Option<CountryCode> {
    if code.bytes().all(|b| b.is_ascii_uppercase()) {
        CountryCode::parse(code).ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_kind() -> Vec<Action> {
        let longest = TopicSlug::parse(&"a".repeat(48)).unwrap();
        let ht = CountryCode::parse("HT").unwrap();
        let mut all = vec![
            Action::LanguagePicker,
            Action::Menu,
            Action::Topics,
            Action::Topic {
                slug: longest.clone(),
                part: u16::MAX,
            },
            Action::TopicWhole(longest.clone()),
            Action::Listen {
                slug: longest.clone(),
                part: u16::MAX,
            },
            Action::ListenInterpreter,
            Action::NearMe,
            Action::Consulates,
            Action::Consulate(ht),
            Action::AlertsOn,
            Action::AlertsCountry(Some(ht)),
            Action::AlertsCountry(None),
            Action::AlertsOff,
            Action::Forget,
            Action::ForgetConfirmed,
            Action::ForgetCancelled,
            Action::Interpreter,
            Action::IntakeConsent(true),
            Action::IntakeConsent(false),
            Action::IntakeOrigin(Some(ht)),
            Action::IntakeOrigin(None),
            Action::IntakeLanguage(LanguageTag::parse("zh-Hans").unwrap()),
            Action::IntakeLanguage(LanguageTag::parse("wo").unwrap()),
            Action::IntakeOtherLanguages,
            Action::IntakeMainLanguages,
            Action::IntakeLanguagesDone,
            Action::IntakePlace(Some("demo-tapachula-shelter-1".into())),
            Action::IntakePlace(None),
            Action::IntakeShareOrigin(true),
            Action::IntakeShareOrigin(false),
            Action::AcceptRequest(i64::MAX),
        ];
        all.extend(Locale::ALL.map(Action::Language));
        all
    }

    /// What `encode` promises.
    const LONGEST_CODE: usize = 64;

    #[test]
    fn every_action_round_trips_within_64_bytes() {
        for action in every_kind() {
            let code = action.encode();
            assert!(code.len() <= LONGEST_CODE, "{code} is too long");
            assert_eq!(Action::decode(&code), Some(action), "{code}");
        }
    }

    #[test]
    fn an_old_listen_button_reads_the_first_part() {
        assert_eq!(
            Action::decode("au:asylum"),
            Some(Action::Listen {
                slug: TopicSlug::parse("asylum").unwrap(),
                part: 0,
            })
        );
        assert_eq!(Action::decode("au:asylum:x"), None);
    }

    #[test]
    fn unknown_or_forged_codes_decode_to_nothing() {
        for bad in [
            "",
            "x",
            "l:de",
            "l:",
            "t:asylum",
            "t:Bad_Slug:0",
            "t:asylum:-1",
            "t:asylum:99999999",
            "c:XX",
            "c:ht",
            "ac:",
            "m:extra",
            "io:xx",
            "il:EN",
            "il:",
            "ip:",
            "ip:Bad Id",
            "ra:0",
            "ra:-5",
            "ra:+5",
            "ra:abc",
            "ra:99999999999999999999",
            "is:maybe",
            &"m".repeat(65),
        ] {
            assert_eq!(Action::decode(bad), None, "{bad:?}");
        }
    }
}
