//! Every page, in the public site.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use faro_core::Locale;

use crate::tests::*;

#[tokio::test]
async fn picker_offers_every_language_by_native_name_without_guessing() {
    let site = site().await;
    let request = Request::get("/")
        .header("accept-language", "fa-IR,fa;q=0.9")
        .body(Body::empty())
        .unwrap();
    let page = site.request(request).await;
    assert_eq!(page.status, StatusCode::OK);
    // A shared screen: the visitor's browser language changes nothing.
    page.assert_contains("<html lang=\"en\" dir=\"ltr\"");
    for locale in Locale::ALL {
        // The Persian pages say they are written for Dari and Persian readers; the others
        // need nothing beyond their name.
        let readers = match locale {
            Locale::Fa => format!(
                " <span class=\"readers\">{}</span>",
                text(&site.app, locale, "language-readers")
            ),
            _ => String::new(),
        };
        page.assert_contains(&format!(
            "<a href=\"/{tag}/\" lang=\"{tag}\" dir=\"{dir}\" hreflang=\"{tag}\"><span class=\"native\">{name}</span>{readers}</a>",
            tag = locale.tag(),
            dir = locale.direction().as_str(),
            name = locale.native_name(),
        ));
        page.assert_contains(&text(&site.app, locale, "picker-title"));
    }
    assert_eq!(page.body.matches("<figure").count(), 2);
    page.assert_contains("data-qr=\"https://faro.example.org/\"");
    page.assert_contains("data-qr=\"https://t.me/faro_test_bot\"");
}

#[tokio::test]
async fn every_locale_home_has_lang_dir_and_topics() {
    let site = site().await;
    for locale in Locale::ALL {
        let page = site.get(&format!("/{}/", locale.tag())).await;
        assert_eq!(page.status, StatusCode::OK, "{locale}");
        let dir = if matches!(locale, Locale::Fa | Locale::Ps | Locale::Ar | Locale::Ur) {
            "rtl"
        } else {
            "ltr"
        };
        page.assert_contains(&format!("<html lang=\"{}\" dir=\"{dir}\"", locale.tag()));
        page.assert_contains(&format!("href=\"/{}/topics/asylum\"", locale.tag()));
        page.assert_contains(&format!("href=\"/{}/directory\"", locale.tag()));
        page.assert_contains(&text(&site.app, locale, "home-title"));
    }
}

#[tokio::test]
async fn a_locale_without_its_slash_is_redirected() {
    let site = site().await;
    let page = site.get("/fa").await;
    assert_eq!(page.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(page.header("location"), "/fa/");
}

#[tokio::test]
async fn topic_page_shows_text_notices_date_and_both_qr_codes() {
    let site = site().await;
    let page = site.get("/fa/topics/asylum").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("<html lang=\"fa\" dir=\"rtl\"");
    // The topic's icon beside its title, decorative (the title names the page).
    page.assert_contains(&format!(
        "<h1><img class=\"icon\" src=\"{}\" alt=\"\" width=\"48\" height=\"48\"> پناهندگی</h1>",
        crate::public::assets::icon_path("shield").unwrap()
    ));
    page.assert_contains("<h2>کجا درخواست کنیم</h2>");
    page.assert_contains(&text(&site.app, Locale::Fa, "notice-machine"));
    page.assert_lacks("class=\"notice fallback\"");
    // The date is Latin digits inside Persian text: isolated so it keeps its order.
    page.assert_contains("\u{2066}2026-11-20\u{2069}");
    page.assert_contains("class=\"verified\"");
    page.assert_contains("data-qr=\"https://faro.example.org/fa/topics/asylum\"");
    page.assert_contains("data-qr=\"https://t.me/faro_test_bot?start=fa_t-asylum\"");
    assert_eq!(page.body.matches("<svg ").count(), 2);
}

#[tokio::test]
async fn each_section_shows_the_sources_its_facts_rest_on() {
    let site = site().await;
    let page = site.get("/fa/topics/asylum").await;
    assert_eq!(page.status, StatusCode::OK);
    // The fixture's "where to apply" section cites the Mexican law; the intro cites nothing.
    assert_eq!(
        page.body.matches("<div class=\"sources\">").count(),
        1,
        "{}",
        page.body
    );
    page.assert_contains(&text(&site.app, Locale::Fa, "topic-source"));
    page.assert_contains("<li><bdi>Ley sobre Refugiados</bdi>");
    let sources = page
        .body
        .split("<div class=\"sources\">")
        .nth(1)
        .and_then(|rest| rest.split("</div>").next())
        .unwrap_or_default();
    assert!(sources.contains("2026-11-20"), "{sources}");
    // It stands right after its section, not at the end of the page.
    let section = page.body.find("در COMAR").unwrap();
    let line = page.body.find("<div class=\"sources\">").unwrap();
    assert!(section < line, "the source follows its section");
}

#[tokio::test]
async fn english_original_has_no_machine_notice() {
    let site = site().await;
    let page = site.get("/en/topics/asylum").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_lacks(&text(&site.app, Locale::En, "notice-machine"));
    page.assert_contains("<html lang=\"en\" dir=\"ltr\"");
    page.assert_contains("2026-11-20");
    page.assert_lacks("\u{2066}");
}

#[tokio::test]
async fn a_topic_missing_in_the_locale_says_which_language_it_is_shown_in() {
    let site = site().await;
    let page = site.get("/fa/topics/rights").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("height=\"48\"> Your rights</h1>");
    page.assert_contains("<article lang=\"en\" dir=\"ltr\">");
    page.assert_contains("class=\"notice fallback\"");
    page.assert_contains("English");
    page.assert_contains("فارسی");
    // The list of topics says so too.
    let home = site.get("/fa/").await;
    home.assert_contains("class=\"notice fallback\"");
}

#[tokio::test]
async fn a_ui_string_from_another_locale_brings_the_fallback_notice() {
    let site = site_with(Options {
        drop_key: Some((Locale::So, "nav-directory")),
        ..Options::default()
    })
    .await;
    let page = site.get("/so/emergency").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&text(&site.app, Locale::En, "nav-directory"));
    page.assert_contains("class=\"notice fallback\"");
    let complete = site.get("/fa/emergency").await;
    complete.assert_lacks("class=\"notice fallback\"");
}

#[tokio::test]
async fn without_a_bot_username_the_telegram_code_is_left_out() {
    let site = site_with(Options {
        bot_username: None,
        ..Options::default()
    })
    .await;
    let page = site.get("/fa/topics/asylum").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.body.matches("<svg ").count(), 1);
    page.assert_lacks("t.me");
}

#[tokio::test]
async fn home_shows_campaign_banners_when_there_are_some() {
    let site = site().await;
    let page = site.get("/fa/").await;
    page.assert_lacks("class=\"banner\"");
    let scope = crate::public::scope::Scope::public(Locale::Fa);
    let banners = vec![crate::Banner {
        text: "هشدار: قاچاقچیان دروغ می‌گویند".into(),
        href: Some("/fa/topics/asylum".into()),
        lang: "fa",
        dir: "rtl",
    }];
    let html = crate::public::pages::render_home(&site.app, scope, banners)
        .unwrap()
        .0;
    assert!(html.contains("class=\"banner\""), "{html}");
    assert!(html.contains("هشدار: قاچاقچیان دروغ می‌گویند"));
    assert!(html.contains(&text(&site.app, Locale::Fa, "campaign-label")));
}

#[tokio::test]
async fn directory_lists_filters_and_marks_demo_entries() {
    let site = site().await;
    let page = site.get("/es/directory?country=MX").await;
    assert_eq!(page.status, StatusCode::OK);
    for name in [
        "Albergue Prueba",
        "Casa Lejana",
        "Clínica Cercana",
        "Emergencias 911",
    ] {
        page.assert_contains(&format!("<bdi>{}</bdi>", escape(name)));
    }
    page.assert_contains(&format!(
        "<span class=\"badge\">{}</span>",
        text(&site.app, Locale::Es, "badge-demo")
    ));
    page.assert_contains(&text(&site.app, Locale::Es, "notice-demo"));
    // A demo entry's number is never a link; a real one's is.
    page.assert_lacks("tel:+520000000000");
    page.assert_contains("href=\"tel:+525512345678\"");
    page.assert_contains("<select id=\"f-country\" name=\"country\">");
    page.assert_contains("<option value=\"shelter\">");

    // In a right-to-left page a number keeps its order (the plus sign stays in front).
    let rtl = site.get("/fa/directory?country=MX").await;
    rtl.assert_contains("\u{2066}+525512345678\u{2069}");

    let shelters = site.get("/es/directory?kind=shelter&city=Tapachula").await;
    assert_eq!(shelters.status, StatusCode::OK);
    shelters.assert_contains("Albergue Prueba");
    shelters.assert_lacks("Casa Lejana");
    shelters.assert_lacks("Clínica Cercana");
    shelters.assert_contains("<option value=\"shelter\" selected>");

    let health = site.get("/es/directory?service=health&country=mx").await;
    health.assert_contains("Casa Lejana");
    health.assert_contains("Clínica Cercana");
    health.assert_lacks("Albergue Prueba");

    let none = site.get("/es/directory?country=GT&kind=shelter").await;
    none.assert_contains(&text(&site.app, Locale::Es, "directory-empty"));
}

#[tokio::test]
async fn directory_near_orders_by_distance() {
    let site = site().await;
    let page = site.get("/en/directory?kind=shelter&near=19.4,-99.1").await;
    assert_eq!(page.status, StatusCode::OK);
    let far = page.body.find("Albergue Prueba").unwrap();
    let near = page.body.find("Casa Lejana").unwrap();
    assert!(near < far, "Mexico City's shelter should come first");
    page.assert_contains("km");
    page.assert_contains("<input type=\"hidden\" name=\"near\" value=\"19.4,-99.1\">");
    page.assert_contains(
        "data-qr=\"https://faro.example.org/en/directory?kind=shelter&#38;near=19.4%2C-99.1\"",
    );

    let from_tapachula = site
        .get("/en/directory?kind=shelter&near=14.9,-92.26")
        .await;
    let far = from_tapachula.body.find("Casa Lejana").unwrap();
    let near = from_tapachula.body.find("Albergue Prueba").unwrap();
    assert!(near < far);
}

#[tokio::test]
async fn consulates_for_a_country_with_procedures() {
    let site = site().await;
    let chooser = site.get("/ht/consulates").await;
    assert_eq!(chooser.status, StatusCode::OK);
    chooser.assert_contains("href=\"/ht/consulates?for=HT\"");
    chooser.assert_contains(&text(&site.app, Locale::Ht, "country-HT"));

    let page = site.get("/ht/consulates?for=ht").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Consulado de Haití en CDMX");
    page.assert_contains("Consulado de Haití en Tapachula");
    page.assert_contains(&text(&site.app, Locale::Ht, "procedure-passport"));
    page.assert_contains(&text(
        &site.app,
        Locale::Ht,
        "procedure-identity_certification",
    ));
    page.assert_contains(&text(&site.app, Locale::Ht, "entry-procedures"));
    page.assert_contains(&text(&site.app, Locale::Ht, "consulates-voluntary"));

    let none = site.get("/ht/consulates?for=NP").await;
    assert_eq!(none.status, StatusCode::OK);
    none.assert_lacks("Consulado");
    none.assert_contains("class=\"entries\"");
}

#[tokio::test]
async fn emergency_lists_lines_as_calls() {
    let site = site().await;
    let page = site.get("/ar/emergency").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("<html lang=\"ar\" dir=\"rtl\"");
    page.assert_contains("href=\"tel:911\"");
    page.assert_contains("href=\"tel:110\"");
    page.assert_contains(&text(&site.app, Locale::Ar, "emergency-intro"));
}

#[tokio::test]
async fn stylesheet_is_served_for_a_year_and_uses_logical_properties() {
    let site = site().await;
    let page = site.get("/en/").await;
    let start = page.body.find("/static/kiosk.").unwrap();
    let end = start + page.body[start..].find('"').unwrap();
    let css = site.get(&page.body[start..end]).await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.header("content-type").starts_with("text/css"));
    assert!(css.header("cache-control").contains("immutable"));
    for physical in [
        "margin-left",
        "margin-right",
        "padding-left",
        "padding-right",
        "text-align: left",
        "text-align: right",
        "left:",
        "right:",
        "float:",
    ] {
        assert!(
            !css.body.contains(physical),
            "physical property {physical} in the stylesheet"
        );
    }
    assert!(css.body.contains("min-block-size: 48px"));
    assert!(css.body.contains("Noto Sans Arabic"));
    assert_eq!(
        site.get("/static/kiosk.0000.css").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn public_pages_run_no_script() {
    let site = site().await;
    for uri in [
        "/",
        "/fa/",
        "/fa/topics/asylum",
        "/fa/directory",
        "/fa/consulates",
        "/fa/emergency",
    ] {
        let page = site.get(uri).await;
        // The exceptions add to a page that works without them: the directory's "use my
        // location" button, hidden until its script finds the browser can tell where it is,
        // and the offer to keep the pages on the phone (saving needs a script; the page says
        // so).
        let mut without = page.body.clone();
        for script in [
            crate::public::assets::locate_script_path(),
            crate::public::assets::offline_script_path(),
        ] {
            without = without.replace(&format!("<script src=\"{script}\" defer></script>"), "");
        }
        assert!(!without.contains("<script"), "{uri}");
        page.assert_lacks(" style=");
        // Nothing is loaded from another site.
        page.assert_lacks("src=\"http");
        page.assert_lacks("href=\"//");
    }
}
