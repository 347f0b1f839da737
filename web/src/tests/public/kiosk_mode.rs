//! Kiosk mode: `/k/{shelter}/…`.

use axum::http::StatusCode;
use faro_core::Locale;

use crate::tests::*;

#[tokio::test]
async fn kiosk_picker_stays_in_the_shelter() {
    let site = site().await;
    let page = site.get("/k/test-shelter/").await;
    assert_eq!(page.status, StatusCode::OK);
    for locale in Locale::ALL {
        page.assert_contains(&format!("href=\"/k/test-shelter/{}/\"", locale.tag()));
    }
    let bare = site.get("/k/test-shelter").await;
    assert_eq!(bare.header("location"), "/k/test-shelter/");
    let locale = site.get("/k/test-shelter/fa").await;
    assert_eq!(locale.header("location"), "/k/test-shelter/fa/");
}

#[tokio::test]
async fn kiosk_pages_have_start_over_idle_reset_and_interpreter_link() {
    let site = site().await;
    for path in [
        "",
        "topics/asylum",
        "directory",
        "consulates?for=HT",
        "emergency",
    ] {
        let page = site.get(&format!("/k/test-shelter/fa/{path}")).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        page.assert_contains("<html lang=\"fa\" dir=\"rtl\" data-idle-seconds=\"90\" data-reset-url=\"/k/test-shelter/\">");
        page.assert_contains(&format!(
            "<a class=\"button restart\" href=\"/k/test-shelter/\">{}</a>",
            text(&site.app, Locale::Fa, "nav-start-over")
        ));
        page.assert_contains("<script src=\"/static/idle.");
        page.assert_contains("<noscript><meta http-equiv=\"refresh\" content=\"90;url=/k/test-shelter/\"></noscript>");
        page.assert_contains(&format!(
            "href=\"/k/test-shelter/fa/interpreter\">{}</a>",
            text(&site.app, Locale::Fa, "kiosk-interpreter")
        ));
        // A sample shelter is marked in the page's language, not by a word in its name.
        page.assert_contains("Albergue Prueba");
        page.assert_contains(&format!(
            " <span class=\"badge\">{}</span></p>",
            text(&site.app, Locale::Fa, "badge-demo")
        ));
        page.assert_contains("href=\"/k/test-shelter/fa/directory\"");
        // The phone opens the public page, never the kiosk's.
        page.assert_lacks("data-qr=\"https://faro.example.org/k/");
    }
    let topic = site.get("/k/test-shelter/fa/topics/asylum").await;
    topic.assert_contains("data-qr=\"https://faro.example.org/fa/topics/asylum\"");
    topic.assert_contains("data-qr=\"https://t.me/faro_test_bot?start=fa_t-asylum\"");
}

#[tokio::test]
async fn idle_script_is_served_and_only_on_kiosk_pages() {
    let site = site().await;
    let page = site.get("/k/test-shelter/en/").await;
    let start = page.body.find("/static/idle.").unwrap();
    let end = start + page.body[start..].find('"').unwrap();
    let script = site.get(&page.body[start..end]).await;
    assert_eq!(script.status, StatusCode::OK);
    assert!(script.header("content-type").starts_with("text/javascript"));
    assert!(script.body.contains("data-idle-seconds"));
    assert!(script.body.contains("location.replace"));
    site.get("/en/").await.assert_lacks("/static/idle.");
}

#[tokio::test]
async fn kiosk_directory_puts_what_is_nearest_the_shelter_first() {
    let site = site().await;
    let page = site
        .get("/k/test-shelter/en/directory?service=health")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let near = page.body.find("Clínica Cercana").unwrap();
    let far = page.body.find("Casa Lejana").unwrap();
    assert!(near < far);
    page.assert_contains("data-qr=\"https://faro.example.org/en/directory?service=health&#38;near=14.9057%2C-92.2636\"");

    let consulates = site.get("/k/test-shelter/en/consulates?for=HT").await;
    let near = consulates
        .body
        .find("Consulado de Haití en Tapachula")
        .unwrap();
    let far = consulates.body.find("Consulado de Haití en CDMX").unwrap();
    assert!(near < far);
    // The public page keeps the directory's own order (by city).
    let public = site.get("/en/consulates?for=HT").await;
    let cdmx = public.body.find("Consulado de Haití en CDMX").unwrap();
    let tapachula = public.body.find("Consulado de Haití en Tapachula").unwrap();
    assert!(cdmx < tapachula);
}

#[tokio::test]
async fn unknown_or_non_shelter_ids_are_404() {
    let site = site().await;
    for uri in [
        "/k/nowhere/",
        "/k/nowhere/fa/",
        "/k/near-clinic/fa/",
        "/k/mx-911/fa/topics/asylum",
    ] {
        let page = site.get(uri).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{uri}");
    }
    let in_locale = site.get("/k/nowhere/fa/").await;
    in_locale.assert_contains("<html lang=\"fa\" dir=\"rtl\"");
    let kiosk_404 = site.get("/k/test-shelter/fa/nowhere").await;
    assert_eq!(kiosk_404.status, StatusCode::NOT_FOUND);
    // A kiosk's error page keeps the way back and the idle reset.
    kiosk_404.assert_contains("data-reset-url=\"/k/test-shelter/\"");
    kiosk_404.assert_contains("<a class=\"button restart\" href=\"/k/test-shelter/\">");
    let kiosk_bad_locale = site.get("/k/test-shelter/xx/").await;
    assert_eq!(kiosk_bad_locale.status, StatusCode::NOT_FOUND);
    kiosk_bad_locale.assert_contains("href=\"/k/test-shelter/fa/\"");
}

#[tokio::test]
async fn a_mistyped_shelter_says_the_kiosk_is_not_set_up_in_every_locale() {
    let site = site().await;
    // No locale in the address: the picker, each language saying it, leading to the public
    // pages.
    for uri in ["/k/nowhere/", "/k/nowhere", "/k/nowhere/xx/", "/k/mx-911/"] {
        let page = site.get(uri).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{uri}");
        for locale in Locale::ALL {
            page.assert_contains(&text(&site.app, locale, "error-kiosk-choose"));
            page.assert_contains(&format!("href=\"/{}/\"", locale.tag()));
            page.assert_lacks(&text(&site.app, locale, "error-language-not-found"));
        }
        page.assert_lacks("href=\"/k/");
    }
    // A locale in the address: the page in that language, naming the id and what to check.
    for locale in Locale::ALL {
        for path in ["", "directory", "topics/asylum", "interpreter"] {
            let uri = format!("/k/nowhere/{}/{path}", locale.tag());
            let page = site.get(&uri).await;
            assert_eq!(page.status, StatusCode::NOT_FOUND, "{uri}");
            page.assert_contains(&format!("<html lang=\"{}\"", locale.tag()));
            page.assert_contains(&format!(
                "<h1>{}</h1>",
                text(&site.app, locale, "error-kiosk-title")
            ));
            let message =
                site.app
                    .translations
                    .format(locale, "error-kiosk", &[("id", "nowhere".into())]);
            page.assert_contains(&escape(&message.text));
            page.assert_lacks(&text(&site.app, locale, "error-language-not-found"));
        }
    }
}

/// "Continue on WhatsApp": with WhatsApp configured, every page offers a `wa.me` code beside
/// Telegram's, carrying the same start (the locale and the topic) to the business number; a
/// kiosk's caption is no link (nothing opens on a shared screen), a phone's is. The language
/// picker's opens the chat without a start, as Telegram's does. Without WhatsApp, none.
#[tokio::test]
async fn pages_offer_whatsapp_with_the_telegram_start_when_it_is_configured() {
    let configured = site_with(Options {
        whatsapp: true,
        ..Options::default()
    })
    .await;
    let caption = text(&configured.app, Locale::Fa, "qr-whatsapp");
    let topic = configured.get("/k/test-shelter/fa/topics/asylum").await;
    assert_eq!(topic.status, StatusCode::OK);
    topic.assert_contains("data-qr=\"https://t.me/faro_test_bot?start=fa_t-asylum\"");
    topic.assert_contains("data-qr=\"https://wa.me/15550783881?text=%2Fstart%20fa_t-asylum\"");
    topic.assert_contains(&format!("aria-label=\"{caption}\""));
    topic.assert_contains(&format!("<figcaption>{caption}</figcaption>"));
    topic.assert_lacks("href=\"https://wa.me/");
    let home = configured.get("/k/test-shelter/fa/").await;
    home.assert_contains("data-qr=\"https://wa.me/15550783881?text=%2Fstart%20fa\"");
    let picker = configured.get("/k/test-shelter/").await;
    picker.assert_contains("data-qr=\"https://wa.me/15550783881\"");
    let phone = configured.get("/fa/topics/asylum").await;
    phone.assert_contains(&format!(
        "<a href=\"https://wa.me/15550783881?text=%2Fstart%20fa_t-asylum\" rel=\"noopener noreferrer\">{caption}</a>"
    ));

    let without = site().await;
    for path in [
        "/k/test-shelter/",
        "/k/test-shelter/fa/topics/asylum",
        "/fa/topics/asylum",
    ] {
        let page = without.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        page.assert_lacks("wa.me");
        page.assert_lacks(&caption);
    }
}
