//! One broken fixture per rule of `faro check`, each asserting the message and the line.

use std::path::{Path, PathBuf};

use super::{CheckOptions, run};
use crate::diagnostic::{Diagnostic, Severity};
use crate::locale::Locale;

/// A small pack that passes `--strict`: one topic in all sixteen locales, one directory file,
/// and a two-key translation per locale. Tests break one thing at a time.
struct Fixture {
    root: tempfile::TempDir,
}

const TOPIC_TOML: &str = r#"order = 1
icon = "warning"
emoji = "⚠️"
countries = ["MX", "GT"]
last_verified = 2026-11-20

[[sources]]
id = "mx-law"
title = "Ley sobre Refugiados, art. 18"
publisher = "Cámara de Diputados"
url = "https://www.diputados.gob.mx/LeyesBiblio/pdf/LRPCAP.pdf"
checked = 2026-11-20

[sections.intro]
countries = []

[sections.first]
countries = ["MX"]
sources = ["mx-law"]
"#;

/// The day the fixture is checked on: its dates are a few days old, not stale.
fn as_of() -> time::Date {
    time::macros::date!(2026 - 12 - 01)
}

const DIRECTORY_TOML: &str = r#"[[entry]]
id = "demo-shelter"
kind = "shelter"
name = "Albergue"
country = "MX"
city = "Tapachula"
lat = 14.9
lon = -92.26
phones = []
languages = ["es"]
services = ["shelter"]
demo = true
source = "sample data"
last_verified = 2026-11-20

[[entry]]
id = "demo-consulate"
kind = "consulate"
name = "Consulado"
country = "MX"
city = "Tapachula"
represents = "HT"
procedures = ["passport"]
demo = true
source = "sample data"
last_verified = 2026-11-20
"#;

fn page(status: &str) -> String {
    format!(
        "+++\ntitle = \"Title\"\nsummary = \"Summary\"\ntranslation = \"{status}\"\n+++\nIntro.\n\n## First {{#first}}\nText.\n"
    )
}

fn ftl(status: &str) -> String {
    format!(
        "### test\n### translation: {status}\n\nhello = Hello\ncount = {{ $count ->\n    [one] One\n   *[other] {{ $count }}\n}}\n"
    )
}

impl Fixture {
    fn new() -> Self {
        let root = tempfile::tempdir().expect("temp dir");
        let fixture = Fixture { root };
        fixture.write("content/topics/asylum/topic.toml", TOPIC_TOML);
        for locale in Locale::ALL {
            let status = if locale == Locale::En {
                "original"
            } else {
                "machine"
            };
            fixture.write(&format!("content/topics/asylum/{locale}.md"), &page(status));
            fixture.write(&format!("translations/{locale}/faro.ftl"), &ftl(status));
        }
        fixture.write("content/directory/mx.toml", DIRECTORY_TOML);
        fixture
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.root.path().join(relative)
    }

    fn write(&self, relative: &str, text: &str) {
        let path = self.path(relative);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }

    fn remove(&self, relative: &str) {
        std::fs::remove_file(self.path(relative)).expect("remove");
    }

    fn check(&self, strict: bool) -> Vec<Diagnostic> {
        self.check_as_of(strict, as_of())
    }

    fn check_as_of(&self, strict: bool, as_of: time::Date) -> Vec<Diagnostic> {
        let options = CheckOptions {
            strict,
            as_of,
            max_age_days: super::DEFAULT_MAX_AGE_DAYS,
        };
        run(&self.path("content"), &self.path("translations"), options)
    }

    /// Asserts exactly one diagnostic, in `relative` at `line`, whose message contains `needle`.
    fn expect_one(&self, strict: bool, relative: &str, line: usize, needle: &str) -> Diagnostic {
        let found = self.check(strict);
        assert_eq!(found.len(), 1, "expected one diagnostic, got {found:#?}");
        let diagnostic = found.into_iter().next().expect("one");
        assert_eq!(diagnostic.path, self.path(relative));
        assert_eq!(diagnostic.line, line, "{diagnostic}");
        assert!(
            diagnostic.message.contains(needle),
            "{diagnostic} does not mention {needle:?}"
        );
        diagnostic
    }
}

fn replace_in(fixture: &Fixture, relative: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(fixture.path(relative)).expect("read");
    assert!(text.contains(from), "{relative} lacks {from:?}");
    fixture.write(relative, &text.replacen(from, to, 1));
}

#[test]
fn the_clean_fixture_passes_strict() {
    let found = Fixture::new().check(true);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn toml_syntax_error_in_directory() {
    let f = Fixture::new();
    replace_in(
        &f,
        "content/directory/mx.toml",
        "lon = -92.26",
        "lon = = -92.26",
    );
    f.expect_one(false, "content/directory/mx.toml", 8, "TOML syntax error");
}

#[test]
fn toml_syntax_error_in_topic_toml() {
    let f = Fixture::new();
    f.write(
        "content/topics/asylum/topic.toml",
        "order = 1\nicon = \"x\nlast_verified = 2026-11-20\n",
    );
    f.expect_one(
        false,
        "content/topics/asylum/topic.toml",
        2,
        "TOML syntax error",
    );
}

#[test]
fn front_matter_syntax_error() {
    let f = Fixture::new();
    f.write(
        "content/topics/asylum/fr.md",
        "+++\ntitle = \"Titre\"\nsummary = \"Résumé\ntranslation = \"machine\"\n+++\nTexte.\n\n## Un\nx\n",
    );
    f.expect_one(
        false,
        "content/topics/asylum/fr.md",
        3,
        "front matter TOML syntax error",
    );
}

#[test]
fn front_matter_not_closed() {
    let f = Fixture::new();
    f.write("content/topics/asylum/fr.md", "+++\ntitle = \"Titre\"\n");
    f.expect_one(
        false,
        "content/topics/asylum/fr.md",
        1,
        "front matter is not closed",
    );
}

#[test]
fn unknown_locale_page() {
    let f = Fixture::new();
    f.write("content/topics/asylum/de.md", &page("machine"));
    f.expect_one(
        false,
        "content/topics/asylum/de.md",
        1,
        "unknown locale \"de\"",
    );
}

#[test]
fn unknown_locale_translation_folder() {
    let f = Fixture::new();
    f.write("translations/xx/faro.ftl", &ftl("machine"));
    f.expect_one(false, "translations/xx", 1, "unknown locale \"xx\"");
}

#[test]
fn fluent_syntax_error() {
    let f = Fixture::new();
    f.write(
        "translations/es/faro.ftl",
        "### t\n### translation: machine\n\nhello = Hola\ncount = { $count ->\n   [one] Uno\n}\n",
    );
    let found = f.check(false);
    let syntax: Vec<_> = found
        .iter()
        .filter(|d| d.message.contains("Fluent syntax error"))
        .collect();
    assert_eq!(syntax.len(), 1, "{found:#?}");
    assert_eq!(syntax[0].path, f.path("translations/es/faro.ftl"));
    // The parser points at the closing brace, where the default variant was expected.
    assert_eq!(syntax[0].line, 7);
}

#[test]
fn key_missing_against_english() {
    let f = Fixture::new();
    f.write(
        "translations/ht/faro.ftl",
        "### t\n### translation: machine\n\nhello = Bonjou\n",
    );
    f.expect_one(
        false,
        "translations/ht/faro.ftl",
        1,
        "missing key \"count\"",
    );
}

#[test]
fn a_file_only_english_has_is_not_missing_elsewhere_but_a_copy_must_be_complete() {
    let f = Fixture::new();
    f.write(
        "translations/en/bot.ftl",
        "### translation: original\n\nbot-title = Hello\nbot-out = Bye\n",
    );
    assert!(f.check(true).is_empty(), "{:#?}", f.check(true));
    f.write(
        "translations/fa/bot.ftl",
        "### translation: machine\n\nbot-title = سلام\n",
    );
    f.expect_one(
        false,
        "translations/fa/faro.ftl",
        1,
        "missing key \"bot-out\"",
    );
}

#[test]
fn operator_strings_must_be_complete_in_spanish_and_french_only() {
    let f = Fixture::new();
    let english = "### translation: original\n\nop-title = Sign in\nop-out = Sign out\n";
    f.write("translations/en/operators.ftl", english);
    let found = f.check(false);
    // Neither Spanish nor French has the file: each of its keys is missing in each.
    for tag in ["es", "fr"] {
        for key in ["op-title", "op-out"] {
            assert!(
                found.iter().any(|d| d.path
                    == f.path(&format!("translations/{tag}/operators.ftl"))
                    && d.message.contains(&format!("missing key \"{key}\""))),
                "{tag} {key}: {found:#?}"
            );
        }
    }
    assert_eq!(found.len(), 4, "no other locale is held to it: {found:#?}");
    f.write(
        "translations/es/operators.ftl",
        "### translation: machine\n\nop-title = Iniciar sesión\nop-out = Cerrar sesión\n",
    );
    f.write(
        "translations/fr/operators.ftl",
        "### translation: machine\n\nop-title = Connexion\n",
    );
    f.expect_one(
        false,
        "translations/fr/operators.ftl",
        1,
        "missing key \"op-out\"",
    );
}

#[test]
fn key_that_english_does_not_have() {
    let f = Fixture::new();
    let text = format!("{}extra = Extra\n", ftl("machine"));
    f.write("translations/fa/faro.ftl", &text);
    f.expect_one(
        false,
        "translations/fa/faro.ftl",
        9,
        "key \"extra\" is not in en",
    );
}

#[test]
fn variable_that_english_does_not_define() {
    let f = Fixture::new();
    replace_in(
        &f,
        "translations/ar/faro.ftl",
        "hello = Hello",
        "hello = مرحبا { $name }",
    );
    f.expect_one(
        false,
        "translations/ar/faro.ftl",
        4,
        "variable $name, which en does not define",
    );
}

#[test]
fn missing_status_header() {
    let f = Fixture::new();
    replace_in(
        &f,
        "translations/so/faro.ftl",
        "### translation: machine\n",
        "",
    );
    f.expect_one(
        false,
        "translations/so/faro.ftl",
        1,
        "translation: machine|reviewed|original",
    );
}

#[test]
fn topic_without_a_locale_warns_and_strict_makes_it_an_error() {
    let f = Fixture::new();
    f.remove("content/topics/asylum/ps.md");
    let warning = f.expect_one(
        false,
        "content/topics/asylum/topic.toml",
        1,
        "has no ps translation",
    );
    assert_eq!(warning.severity, Severity::Warning);
    let error = f.expect_one(
        true,
        "content/topics/asylum/topic.toml",
        1,
        "has no ps translation",
    );
    assert_eq!(error.severity, Severity::Error);
}

#[test]
fn duplicate_directory_id_across_files() {
    let f = Fixture::new();
    f.write(
        "content/directory/gt.toml",
        "# Guatemala\n[[entry]]\nid = \"demo-shelter\"\nkind = \"shelter\"\nname = \"x\"\ncountry = \"GT\"\ncity = \"Guatemala\"\ndemo = true\nsource = \"sample data\"\nlast_verified = 2026-11-20\n",
    );
    let d = f.expect_one(
        false,
        "content/directory/mx.toml",
        2,
        "duplicate directory id \"demo-shelter\"",
    );
    assert!(d.message.contains("gt.toml:3"), "{d}");
}

#[test]
fn unknown_country_code() {
    let f = Fixture::new();
    replace_in(
        &f,
        "content/directory/mx.toml",
        "country = \"MX\"",
        "country = \"XZ\"",
    );
    f.expect_one(
        false,
        "content/directory/mx.toml",
        5,
        "unknown country code \"XZ\"",
    );
}

#[test]
fn unknown_country_code_in_topic() {
    let f = Fixture::new();
    replace_in(&f, "content/topics/asylum/topic.toml", "\"GT\"", "\"UK\"");
    f.expect_one(
        false,
        "content/topics/asylum/topic.toml",
        4,
        "unknown country code \"UK\"",
    );
}

#[test]
fn latitude_out_of_range() {
    let f = Fixture::new();
    replace_in(&f, "content/directory/mx.toml", "lat = 14.9", "lat = 114.9");
    f.expect_one(
        false,
        "content/directory/mx.toml",
        7,
        "latitude 114.9 is out of range",
    );
}

#[test]
fn a_topic_icon_must_be_one_of_faros_svg_icons() {
    let f = Fixture::new();
    replace_in(
        &f,
        "content/topics/asylum/topic.toml",
        "icon = \"warning\"",
        "icon = \"⚠️\"",
    );
    f.expect_one(
        false,
        "content/topics/asylum/topic.toml",
        2,
        "Faro's icons are building, child, document,",
    );
}

#[test]
fn opening_hours_must_be_days_and_times() {
    for (bad, needle) in [
        (
            r#"hours = [{ days = ["Mon-Fri"], opens = "09:00", closes = "14:00" }]"#,
            "hours: \"Mon-Fri\" is not a day or a range of days",
        ),
        (
            r#"hours = [{ days = ["mon-fri"], opens = "9am", closes = "14:00" }]"#,
            "hours: \"9am\" is not a time",
        ),
        (
            r#"hours = [{ days = ["mon-fri"], opens = "09:00", all_day = true }]"#,
            "hours: give opens and closes, or all_day = true",
        ),
        // The old free text is refused, with the line.
        (r#"hours = "Mon–Fri 09:00–14:00""#, "TOML syntax error"),
    ] {
        let f = Fixture::new();
        replace_in(
            &f,
            "content/directory/mx.toml",
            "phones = []\n",
            &format!("phones = []\n{bad}\n"),
        );
        f.expect_one(false, "content/directory/mx.toml", 10, needle);
    }
    let f = Fixture::new();
    replace_in(
        &f,
        "content/directory/mx.toml",
        "phones = []\n",
        "phones = []\nhours = [{ days = [\"tue\", \"thu\"], opens = \"10:00\", closes = \"13:00\" }, { days = [\"mon-sun\"], all_day = true }]\n",
    );
    assert_eq!(f.check(true), Vec::new());
}

#[test]
fn longitude_out_of_range() {
    let f = Fixture::new();
    replace_in(
        &f,
        "content/directory/mx.toml",
        "lon = -92.26",
        "lon = -192.26",
    );
    f.expect_one(
        false,
        "content/directory/mx.toml",
        8,
        "longitude -192.26 is out of range",
    );
}

#[test]
fn phone_not_in_e164() {
    let f = Fixture::new();
    replace_in(
        &f,
        "content/directory/mx.toml",
        "id = \"demo-shelter\"",
        "id = \"demo-shelter\"\nphones = [\"+52 55 5555\"]",
    );
    replace_in(
        &f,
        "content/directory/mx.toml",
        "lon = -92.26\nphones = []\n",
        "lon = -92.26\n",
    );
    f.expect_one(false, "content/directory/mx.toml", 3, "not in E.164");
}

#[test]
fn consulate_without_country_represented() {
    let f = Fixture::new();
    replace_in(&f, "content/directory/mx.toml", "represents = \"HT\"\n", "");
    f.expect_one(
        false,
        "content/directory/mx.toml",
        18,
        "must say which country it represents",
    );
}

#[test]
fn demo_entry_with_a_real_looking_phone() {
    let f = Fixture::new();
    replace_in(
        &f,
        "content/directory/mx.toml",
        "phones = []",
        "phones = [\"+529626251234\"]",
    );
    f.expect_one(false, "content/directory/mx.toml", 9, "looks real");
}

#[test]
fn demo_entry_with_an_all_zero_placeholder_is_accepted() {
    let f = Fixture::new();
    replace_in(
        &f,
        "content/directory/mx.toml",
        "phones = []",
        "phones = [\"+520000000000\"]",
    );
    assert!(f.check(true).is_empty());
}

#[test]
fn raw_html_and_javascript_links_in_pages() {
    let f = Fixture::new();
    f.write(
        "content/topics/asylum/es.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\ntranslation = \"machine\"\n+++\nIntro.\n\n## Uno {#first}\n<script>alert(1)</script>\n",
    );
    f.expect_one(
        false,
        "content/topics/asylum/es.md",
        9,
        "raw HTML is not allowed",
    );
    f.write(
        "content/topics/asylum/es.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\ntranslation = \"machine\"\n+++\nIntro.\n\n## Uno {#first}\n[x](javascript:alert(1))\n",
    );
    f.expect_one(
        false,
        "content/topics/asylum/es.md",
        9,
        "is not allowed: only https",
    );
}

#[test]
fn translation_with_other_sections_than_english() {
    let f = Fixture::new();
    replace_in(&f, "content/topics/asylum/bn.md", "## First {#first}\n", "");
    f.expect_one(
        false,
        "content/topics/asylum/bn.md",
        1,
        "has sections [] but en.md has [first]",
    );
}

#[test]
fn a_translation_cannot_claim_to_be_original() {
    let f = Fixture::new();
    replace_in(
        &f,
        "content/topics/asylum/ne.md",
        "\"machine\"",
        "\"original\"",
    );
    f.expect_one(
        false,
        "content/topics/asylum/ne.md",
        4,
        "only the English source may be \"original\"",
    );
}

#[test]
fn reviewed_without_reviewer() {
    let f = Fixture::new();
    replace_in(
        &f,
        "content/topics/asylum/ti.md",
        "\"machine\"",
        "\"reviewed\"",
    );
    f.expect_one(
        false,
        "content/topics/asylum/ti.md",
        4,
        "needs reviewed_by and reviewed_on",
    );
}

#[test]
fn unknown_kind_service_and_procedure() {
    let f = Fixture::new();
    replace_in(
        &f,
        "content/directory/mx.toml",
        "procedures = [\"passport\"]",
        "procedures = [\"visa\"]",
    );
    f.expect_one(
        false,
        "content/directory/mx.toml",
        23,
        "unknown procedure \"visa\"",
    );
}

#[test]
fn diagnostics_print_as_path_line_message() {
    let f = Fixture::new();
    replace_in(&f, "content/directory/mx.toml", "lat = 14.9", "lat = 95.0");
    let found = f.check(false);
    let printed = found[0].to_string();
    let expected_prefix = format!(
        "{}:7: error: latitude",
        f.path("content/directory/mx.toml").display()
    );
    assert!(printed.starts_with(&expected_prefix), "{printed}");
}

#[test]
fn the_shipped_pack_has_no_errors() {
    // The repository's own content and translations, as CI checks them with --strict.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let found = run(
        &root.join("content"),
        &root.join("translations"),
        CheckOptions::today(false),
    );
    let errors: Vec<_> = found
        .iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

// Campaigns that ship with the pack (content/campaigns/<slug>/).

const CAMPAIGN_TOML: &str = "locales = [\"en\", \"fa\"]\ncountries = [\"MX\"]\nstarts = 2026-12-01T00:00:00Z\nends = 2027-06-01T00:00:00Z\n";

fn campaign_page(status: &str) -> String {
    format!("+++\ntitle = \"Careful\"\ntranslation = \"{status}\"\n+++\nSmugglers lie.\n")
}

fn with_campaign() -> Fixture {
    let f = Fixture::new();
    f.write("content/campaigns/be-safe/campaign.toml", CAMPAIGN_TOML);
    f.write(
        "content/campaigns/be-safe/en.md",
        &campaign_page("original"),
    );
    f.write("content/campaigns/be-safe/fa.md", &campaign_page("machine"));
    f
}

/// A broken Persian text must be the only problem reported: target English alone, so the
/// missing Persian text is not a warning of its own.
fn only_english_targeted() -> Fixture {
    let f = with_campaign();
    f.write(
        "content/campaigns/be-safe/campaign.toml",
        &CAMPAIGN_TOML.replace("[\"en\", \"fa\"]", "[\"en\"]"),
    );
    f
}

#[test]
fn a_clean_campaign_passes_strict() {
    let found = with_campaign().check(true);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn campaign_without_english_source() {
    let f = with_campaign();
    f.remove("content/campaigns/be-safe/en.md");
    f.expect_one(false, "content/campaigns/be-safe", 1, "has no en.md");
}

#[test]
fn campaign_translation_claiming_original_or_reviewed() {
    for status in ["original", "reviewed"] {
        let f = only_english_targeted();
        f.write("content/campaigns/be-safe/fa.md", &campaign_page(status));
        f.expect_one(
            false,
            "content/campaigns/be-safe/fa.md",
            2,
            "translation must be \"machine\"",
        );
    }
}

#[test]
fn campaign_with_raw_html_or_a_bad_window() {
    let f = only_english_targeted();
    f.write(
        "content/campaigns/be-safe/fa.md",
        "+++\ntitle = \"x\"\ntranslation = \"machine\"\n+++\n<script>alert(1)</script>\n",
    );
    f.expect_one(false, "content/campaigns/be-safe/fa.md", 5, "raw HTML");
    let f = with_campaign();
    f.write(
        "content/campaigns/be-safe/campaign.toml",
        &CAMPAIGN_TOML.replace("ends = 2027-06-01", "ends = 2026-01-01"),
    );
    f.expect_one(
        false,
        "content/campaigns/be-safe/campaign.toml",
        1,
        "ends before it starts",
    );
}

#[test]
fn campaign_targeting_a_locale_without_text_warns() {
    let f = with_campaign();
    f.remove("content/campaigns/be-safe/fa.md");
    let warning = f.expect_one(false, "content/campaigns/be-safe", 1, "no text in fa");
    assert_eq!(warning.severity, Severity::Warning);
}

#[test]
fn campaign_folder_that_is_not_a_slug() {
    let f = Fixture::new();
    f.write("content/campaigns/Bad Name/campaign.toml", CAMPAIGN_TOML);
    f.expect_one(
        false,
        "content/campaigns/Bad Name",
        1,
        "not a campaign slug",
    );
}

const TOPIC: &str = "content/topics/asylum/topic.toml";

#[test]
fn a_country_specific_section_without_a_source_is_an_error() {
    let f = Fixture::new();
    replace_in(&f, TOPIC, "sources = [\"mx-law\"]\n", "");
    replace_in(&f, TOPIC, "[[sources]]", "[[unused]]");
    // The source list is gone with the citation; what remains is the uncited section.
    f.write(
        TOPIC,
        &std::fs::read_to_string(f.path(TOPIC))
            .expect("read")
            .replace("[[unused]]\nid = \"mx-law\"\ntitle = \"Ley sobre Refugiados, art. 18\"\npublisher = \"Cámara de Diputados\"\nurl = \"https://www.diputados.gob.mx/LeyesBiblio/pdf/LRPCAP.pdf\"\nchecked = 2026-11-20\n", ""),
    );
    let d = f.expect_one(
        false,
        TOPIC,
        11,
        "states facts about MX but cites no source",
    );
    assert_eq!(d.severity, Severity::Error);
}

#[test]
fn a_heading_without_a_section_id_is_an_error() {
    let f = Fixture::new();
    replace_in(
        &f,
        "content/topics/asylum/en.md",
        "## First {#first}",
        "## First",
    );
    let found = f.check(false);
    assert!(
        found.iter().any(|d| d.is_error()
            && d.path == f.path("content/topics/asylum/en.md")
            && d.message.contains("has no section id")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|d| d.is_error() && d.message.contains("[sections.first] names no section")),
        "{found:#?}"
    );
}

#[test]
fn every_section_of_the_english_page_is_described() {
    let f = Fixture::new();
    replace_in(&f, TOPIC, "[sections.intro]\ncountries = []\n", "");
    f.expect_one(
        false,
        TOPIC,
        1,
        "section \"intro\" of en.md is not described",
    );
}

#[test]
fn a_section_cites_only_listed_sources() {
    let f = Fixture::new();
    replace_in(
        &f,
        TOPIC,
        "sources = [\"mx-law\"]",
        "sources = [\"mx-law\", \"nowhere\"]",
    );
    f.expect_one(
        false,
        TOPIC,
        19,
        "cites source \"nowhere\", which is not in [[sources]]",
    );
}

#[test]
fn a_source_address_is_https() {
    let f = Fixture::new();
    replace_in(&f, TOPIC, "url = \"https://", "url = \"http://");
    f.expect_one(false, TOPIC, 11, "must start with https://");
}

#[test]
fn a_translation_with_other_section_ids_warns() {
    let f = Fixture::new();
    replace_in(&f, "content/topics/asylum/fr.md", "{#first}", "{#premier}");
    let d = f.expect_one(
        false,
        "content/topics/asylum/fr.md",
        1,
        "has sections [premier] but en.md has [first]",
    );
    assert_eq!(d.severity, Severity::Warning);
}

#[test]
fn old_dates_of_checking_are_stale_warnings_even_with_strict() {
    let f = Fixture::new();
    let mut real = String::from(DIRECTORY_TOML);
    real.push_str(
        "\n[[entry]]\nid = \"mx-real-office\"\nkind = \"agency\"\nname = \"Oficina\"\ncountry = \"MX\"\ncity = \"Tapachula\"\nphones = []\nlanguages = [\"es\"]\nservices = [\"asylum\"]\ndemo = false\nsource = \"its own page\"\nlast_verified = 2026-11-20\n",
    );
    f.write("content/directory/mx.toml", &real);
    assert!(f.check(true).is_empty(), "fresh on the fixture's day");
    let later = time::macros::date!(2027 - 06 - 01);
    let found = f.check_as_of(true, later);
    let stale: Vec<_> = found
        .iter()
        .filter(|d| d.severity == Severity::Stale)
        .collect();
    assert_eq!(
        found.len(),
        stale.len(),
        "staleness is never an error: {found:#?}"
    );
    for needle in [
        "topic asylum was last verified on 2026-11-20",
        "source \"mx-law\" was checked on 2026-11-20",
        "directory entry mx-real-office was last verified on 2026-11-20",
    ] {
        assert!(
            stale.iter().any(|d| d.message.contains(needle)),
            "{needle}: {stale:#?}"
        );
    }
    assert!(
        !stale.iter().any(|d| d.message.contains("demo-shelter")),
        "samples are not facts to re-check"
    );
    assert!(
        stale
            .iter()
            .all(|d| d.to_string().contains("warning (stale)")),
        "{stale:#?}"
    );
}

mod routing_vocabulary {
    use std::path::Path;

    use super::super::check_routing_vocabulary;
    use crate::content::ContentPack;

    fn pack() -> ContentPack {
        ContentPack::scan(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).0
    }

    #[test]
    fn the_shipped_vocabulary_is_clean() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../translations");
        let found = check_routing_vocabulary(&dir, &pack());
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn bad_files_and_unknown_topics_are_errors_and_a_missing_file_is_fine() {
        let dir = tempfile::tempdir().unwrap();
        for (tag, source) in [
            ("en", "[destinations]\n\"topic:no-such-page\" = [\"x\"]\n"),
            ("es", "[destinations]\n\"place:hotel\" = [\"hotel\"]\n"),
            ("fr", "destinations = 3\n"),
        ] {
            std::fs::create_dir_all(dir.path().join(tag)).unwrap();
            std::fs::write(dir.path().join(tag).join("routing.toml"), source).unwrap();
        }
        let found = check_routing_vocabulary(dir.path(), &pack());
        let errors: Vec<_> = found
            .iter()
            .filter(|d| d.severity == crate::diagnostic::Severity::Error)
            .collect();
        assert_eq!(errors.len(), 3, "{found:?}");
        assert!(errors.iter().any(|d| d.message.contains("no-such-page")));
        assert!(errors.iter().any(|d| d.message.contains("place:hotel")));
        // The thirteen other locales have no file here, which is allowed.
        assert_eq!(found.len(), 3, "{found:?}");
    }
}
