//! Everything the engine reads but never changes: content, UI strings, the language detector,
//! settings, the channel's limits, and what is prepared from them once at start (topic pages,
//! the search index and the router).

use std::sync::Arc;

use super::pages::TopicPages;
use super::routing::{Destination, Router, Vocabulary};
use super::search::SearchIndex;
use crate::app::App;
use crate::audio::AudioShelf;
use crate::channel::ChannelLimits;
use crate::content::ContentPack;
use crate::i18n::Translations;
use crate::langid::LanguageDetector;
use crate::locale::Locale;
use crate::publishing::{EnglishSources, ReviewBoard};

#[derive(Clone, Debug)]
pub struct Settings {
    /// A detected language below this confidence is not offered; the picker is shown.
    pub min_detection_confidence: f32,
    /// A message in another of the sixteen languages offers to switch to it only when the
    /// detector is at least this sure and the message has at least `min_switch_chars`
    /// characters: a wrong offer in the middle of a conversation costs more than a missed one
    /// (a Spanish topic title is taken for Portuguese 0.88 sure; the clear cases are ≥ 0.99).
    pub min_switch_confidence: f32,
    pub min_switch_chars: usize,
    /// How many places "help near me" lists.
    pub nearby_count: usize,
    /// Places farther than this are not "near you": the answer says instead how far the
    /// nearest we know is (the review's Darién case: Panama City, 186 km, shown as near).
    pub nearby_max_km: f64,
    /// How many topics a search offers.
    pub search_results: usize,
    /// Longer free text is cut to this many characters before search and detection.
    pub max_query_chars: usize,
    /// Days a declaration is kept, as the consent text tells the person.
    pub retention_days: u32,
    /// Where the web pages are, without a trailing slash, when people can open them there
    /// (an `https://` address): a topic read in the chat links to its page.
    pub web_url: Option<String>,
    /// Whether the menu offers alerts: a channel whose campaigns cannot be delivered yet
    /// (WhatsApp, without its templates and sender) does not promise them.
    pub alerts_offered: bool,
    /// Whether the channel sends a topic's audio as a voice note: one that cannot yet
    /// (WhatsApp) offers no "Listen" button, which would answer with its caption alone.
    pub voice_notes: bool,
    /// The zone interpreters' `/hours` are read in when they name none (`operator_time_zone`).
    pub time_zone: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            min_detection_confidence: 0.5,
            min_switch_confidence: 0.97,
            min_switch_chars: 20,
            nearby_count: 3,
            nearby_max_km: 50.0,
            search_results: 3,
            max_query_chars: 500,
            retention_days: 90,
            web_url: None,
            alerts_offered: true,
            voice_notes: true,
            time_zone: crate::zone::DEFAULT.to_owned(),
        }
    }
}

pub struct Context {
    pub content: Arc<ContentPack>,
    pub translations: Arc<Translations>,
    pub detector: Arc<LanguageDetector>,
    pub settings: Settings,
    /// What the channel this engine answers allows, as its adapter stated it.
    pub limits: ChannelLimits,
    pub(super) pages: TopicPages,
    pub(super) search: SearchIndex,
    pub(super) router: Router,
    /// The translation reviews a topic's machine notice honours (the instance's; none in a
    /// context made by [`Context::new`] alone).
    pub reviews: ReviewBoard,
    /// The pages' audio ready to be sent as voice notes (the instance's; none in a context
    /// made by [`Context::new`] alone).
    pub audio: AudioShelf,
}

impl Context {
    pub fn new(
        content: Arc<ContentPack>,
        translations: Arc<Translations>,
        detector: Arc<LanguageDetector>,
        vocabulary: &Vocabulary,
        settings: Settings,
        limits: ChannelLimits,
    ) -> Self {
        let pages = TopicPages::build(&content, &translations, &limits);
        let search = SearchIndex::build(&content);
        let router = Router::build(vocabulary, &content);
        Context {
            content,
            translations,
            detector,
            settings,
            limits,
            pages,
            search,
            router,
            reviews: ReviewBoard::new(EnglishSources::default()),
            audio: AudioShelf::default(),
        }
    }

    /// The context of a running instance answering on a channel with `limits`, with default
    /// settings.
    pub fn from_app(app: &App, limits: ChannelLimits) -> Self {
        let mut context = Context::new(
            app.content.clone(),
            app.translations.clone(),
            Arc::new(LanguageDetector::new()),
            &app.vocabulary,
            Settings {
                retention_days: app.config.retention_days,
                web_url: web_url(&app.config.public_url),
                time_zone: app.config.operator_time_zone.clone(),
                ..Settings::default()
            },
            limits,
        );
        context.reviews = app.reviews.clone();
        context.audio = app.audio.clone();
        context
    }

    /// What `text`, typed by someone reading `locale`, most likely asks for, best first.
    pub fn route(&self, locale: Locale, text: &str, limit: usize) -> Vec<Destination> {
        self.router.route(locale, text, &self.search, limit)
    }
}

/// `public_url` as the address of pages people can open: only `https://` (a phone cannot open
/// a kiosk's `http://127.0.0.1`, and Telegram refuses such link buttons).
fn web_url(public_url: &str) -> Option<String> {
    let url = public_url.trim().trim_end_matches('/');
    (url.starts_with("https://") && url.len() > "https://".len()).then(|| url.to_owned())
}

#[cfg(test)]
mod tests {
    use super::web_url;

    #[test]
    fn only_an_https_public_url_is_linked() {
        assert_eq!(
            web_url("https://faro.example.org/"),
            Some("https://faro.example.org".into())
        );
        assert_eq!(web_url("http://127.0.0.1:8080"), None);
        assert_eq!(web_url("https://"), None);
        assert_eq!(web_url(""), None);
    }
}
