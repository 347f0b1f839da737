//! Router tests without a socket (`tower::ServiceExt::oneshot`), on a small content pack
//! written for them and the repository's real translations; by audience, like the code.

mod headers;
mod metrics;
mod operators;
mod public;
mod server;

use std::path::{Path, PathBuf};

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use faro_core::config::{Config, Overrides};
use faro_core::{App, Locale};
use tempfile::TempDir;
use tower::ServiceExt;

pub(crate) const ASYLUM_TOML: &str = "order = 1\nicon = \"shield\"\nemoji = \"🛡️\"\ncountries = [\"MX\"]\nlast_verified = 2026-11-20\n\n[[sources]]\nid = \"mx-law\"\ntitle = \"Ley sobre Refugiados\"\nchecked = 2026-11-20\n\n[sections.intro]\ncountries = []\n\n[sections.where-to-apply]\ncountries = [\"MX\"]\nsources = [\"mx-law\"]\n";
const ASYLUM_EN: &str = "+++\ntitle = \"Asylum and refuge\"\nsummary = \"Asking is free.\"\ntranslation = \"original\"\n+++\nYou can ask for asylum.\n\n## Where to apply {#where-to-apply}\n\nAt COMAR.\n";
const ASYLUM_FA: &str = "+++\ntitle = \"پناهندگی\"\nsummary = \"درخواست رایگان است.\"\ntranslation = \"machine\"\n+++\nشما می‌توانید درخواست پناهندگی کنید.\n\n## کجا درخواست کنیم {#where-to-apply}\n\nدر COMAR.\n";
const ASYLUM_ZH: &str = "+++\ntitle = \"庇护\"\nsummary = \"申请是免费的。\"\ntranslation = \"machine\"\n+++\n您可以申请庇护。\n\n## 在哪里申请 {#where-to-apply}\n\n在 COMAR。\n";
pub(crate) const RIGHTS_TOML: &str = "order = 2\nicon = \"scales\"\nemoji = \"⚖️\"\ncountries = []\nlast_verified = 2026-10-01\n\n[sections.intro]\ncountries = []\n";
const RIGHTS_EN: &str = "+++\ntitle = \"Your rights\"\nsummary = \"Rights everywhere.\"\ntranslation = \"original\"\n+++\nYou have rights.\n";

const DIRECTORY: &str = r#"
[[entry]]
id = "test-shelter"
kind = "shelter"
name = "Albergue Prueba"
country = "MX"
city = "Tapachula"
address = "Sample address"
lat = 14.9057
lon = -92.2636
phones = ["+520000000000"]
hours = [{ days = ["mon-sun"], all_day = true }]
languages = ["es", "ht"]
services = ["shelter", "food"]
demo = true
source = "test"
last_verified = 2026-11-20

[[entry]]
id = "far-shelter"
kind = "shelter"
name = "Casa Lejana"
country = "MX"
city = "Ciudad de México"
lat = 19.4326
lon = -99.1332
languages = ["es"]
services = ["shelter", "health"]
source = "test"
last_verified = 2026-11-20

[[entry]]
id = "near-clinic"
kind = "health"
name = "Clínica Cercana"
country = "MX"
city = "Tapachula"
lat = 14.91
lon = -92.27
phones = ["+525512345678"]
hours = [{ days = ["mon-fri"], opens = "09:00", closes = "14:00" }, { days = ["sat"], opens = "10:00", closes = "12:00" }]
languages = ["es"]
services = ["health"]
source = "test"
last_verified = 2026-11-20

[[entry]]
id = "ht-consulate-far"
kind = "consulate"
name = "Consulado de Haití en CDMX"
country = "MX"
city = "Ciudad de México"
lat = 19.43
lon = -99.14
languages = ["ht", "fr"]
services = ["documents"]
represents = "HT"
procedures = ["passport", "travel_document"]
source = "test"
last_verified = 2026-11-20

[[entry]]
id = "ht-consulate-near"
kind = "consulate"
name = "Consulado de Haití en Tapachula"
country = "MX"
city = "Tapachula"
lat = 14.90
lon = -92.26
languages = ["ht", "fr"]
services = ["documents"]
represents = "HT"
procedures = ["identity_certification"]
source = "test"
last_verified = 2026-11-20

[[entry]]
id = "mx-911"
kind = "hotline"
name = "Emergencias 911"
country = "MX"
short_codes = ["911"]
languages = ["es"]
services = ["emergency"]
source = "test"
last_verified = 2026-11-20

[[entry]]
id = "gt-110"
kind = "hotline"
name = "Policía Nacional Civil"
country = "GT"
short_codes = ["110"]
languages = ["es"]
services = ["emergency"]
source = "test"
last_verified = 2026-11-20
"#;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(path, text).unwrap();
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

pub struct TestSite {
    pub app: App,
    pub router: crate::Site,
    /// Holds the content, translations and database until the test ends.
    pub _dir: TempDir,
}

pub struct Options<'a> {
    pub bot_username: Option<&'a str>,
    /// Removes a key from one locale's shared strings, to see the fallback notice.
    pub drop_key: Option<(Locale, &'a str)>,
    /// The repository's own content pack instead of the small one written here.
    pub shipped_content: bool,
    /// WhatsApp configured, with [`WHATSAPP_DISPLAY_NUMBER`] for its `wa.me` links.
    pub whatsapp: bool,
}

/// The business number the WhatsApp tests configure (555: no one's number).
pub const WHATSAPP_DISPLAY_NUMBER: &str = "+15550783881";

impl Default for Options<'_> {
    fn default() -> Self {
        Options {
            bot_username: Some("faro_test_bot"),
            drop_key: None,
            shipped_content: false,
            whatsapp: false,
        }
    }
}

pub async fn site() -> TestSite {
    site_with(Options::default()).await
}

/// With the repository's own content pack (every topic, the whole directory).
pub async fn site_shipped() -> TestSite {
    site_with(Options {
        shipped_content: true,
        ..Options::default()
    })
    .await
}

fn write_small_pack(content: &Path) {
    write(&content.join("topics/asylum/topic.toml"), ASYLUM_TOML);
    write(&content.join("topics/asylum/en.md"), ASYLUM_EN);
    write(&content.join("topics/asylum/fa.md"), ASYLUM_FA);
    write(&content.join("topics/asylum/zh-Hans.md"), ASYLUM_ZH);
    write(&content.join("topics/rights/topic.toml"), RIGHTS_TOML);
    write(&content.join("topics/rights/en.md"), RIGHTS_EN);
    write(&content.join("directory/mx.toml"), DIRECTORY);
}

pub async fn site_with(options: Options<'_>) -> TestSite {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    if options.shipped_content {
        copy_dir(&repo_root().join("content"), &content);
    } else {
        write_small_pack(&content);
    }
    let translations = dir.path().join("translations");
    copy_dir(&repo_root().join("translations"), &translations);
    if let Some((locale, key)) = options.drop_key {
        let file = translations.join(locale.tag()).join("faro.ftl");
        let text = std::fs::read_to_string(&file).unwrap();
        let kept: Vec<&str> = text
            .lines()
            .filter(|line| !line.starts_with(&format!("{key} =")))
            .collect();
        std::fs::write(&file, kept.join("\n")).unwrap();
    }
    let mut env = vec![
        (
            "FARO_DATABASE_URL".to_owned(),
            format!("sqlite://{}", dir.path().join("faro.db").display()),
        ),
        ("FARO_CONTENT_DIR".to_owned(), content.display().to_string()),
        (
            "FARO_TRANSLATIONS_DIR".to_owned(),
            translations.display().to_string(),
        ),
        (
            "FARO_PUBLIC_URL".to_owned(),
            "https://faro.example.org/".to_owned(),
        ),
        ("FARO_KIOSK_IDLE_SECONDS".to_owned(), "90".to_owned()),
        // Operator pages in English on UTC unless a test asks otherwise (the instance's
        // defaults, Spanish on Mexico City's clock, are the language tests' subject).
        ("FARO_OPERATOR_LANGUAGE".to_owned(), "en".to_owned()),
        ("FARO_OPERATOR_TIME_ZONE".to_owned(), "UTC".to_owned()),
    ];
    if let Some(bot) = options.bot_username {
        env.push(("FARO_TELEGRAM_BOT_USERNAME".to_owned(), bot.to_owned()));
    }
    if options.whatsapp {
        for (key, value) in [
            ("FARO_WHATSAPP_TOKEN", "EAAG-test-access-token"),
            ("FARO_WHATSAPP_PHONE_NUMBER_ID", "106540352242922"),
            ("FARO_WHATSAPP_DISPLAY_NUMBER", WHATSAPP_DISPLAY_NUMBER),
            ("FARO_WHATSAPP_APP_SECRET", "test-app-secret"),
            ("FARO_WHATSAPP_VERIFY_TOKEN", "test-verify-token"),
            (
                "FARO_WHATSAPP_NUMBER_KEY",
                "9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddccbbaa99887766554433221100",
            ),
        ] {
            env.push((key.to_owned(), value.to_owned()));
        }
    }
    let config = Config::load(&dir.path().join("none.toml"), env, &Overrides::default()).unwrap();
    let app = App::start(config).await.unwrap();
    let router = crate::router(app.clone(), Router::new());
    TestSite {
        app,
        router,
        _dir: dir,
    }
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl TestSite {
    /// The same site on `store` (each test database), set up as `App::start` sets up its own:
    /// the pack's directory seeded into it and read back, and the router built again. Without
    /// the seed, the directory watch would replace the directory with the new database's empty
    /// one a few seconds in — a test slower than that (under load) lost its shelters.
    pub async fn move_to(&mut self, store: faro_core::store::Store) {
        faro_core::directory::seed(
            &store,
            self.app.content.pack_directory(),
            faro_core::clock::now_unix(),
        )
        .await
        .unwrap();
        faro_core::directory::refresh(&self.app.content, &store)
            .await
            .unwrap();
        self.app.store = store;
        self.router = crate::router(self.app.clone(), Router::new());
    }

    pub async fn get(&self, uri: &str) -> Reply {
        self.request(Request::get(uri).body(Body::empty()).unwrap())
            .await
    }

    pub async fn request(&self, request: Request<Body>) -> Reply {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }
}

impl Reply {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
    }

    #[track_caller]
    pub fn assert_contains(&self, needle: &str) {
        assert!(
            self.body.contains(needle),
            "{needle:?} not in the page ({}):\n{}",
            self.status,
            self.body
        );
    }

    #[track_caller]
    pub fn assert_lacks(&self, needle: &str) {
        assert!(
            !self.body.contains(needle),
            "{needle:?} unexpectedly in the page:\n{}",
            self.body
        );
    }
}

/// The text of a UI string in `locale` as the pages show it.
pub fn text(app: &App, locale: Locale, key: &str) -> String {
    escape(&app.translations.text(locale, key))
}

/// What askama writes for `text` (HTML-escaped).
pub fn escape(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}
