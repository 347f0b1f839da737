//! The directory's default order and its opening hours in the reader's language.

use axum::http::StatusCode;
use faro_core::Locale;
use faro_core::i18n::Arg;

use crate::tests::*;

#[tokio::test]
async fn with_nothing_chosen_the_public_directory_asks_for_a_country_or_a_location() {
    let site = site().await;
    let page = site.get("/es/directory").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&text(&site.app, Locale::Es, "directory-choose"));
    for country in ["GT", "MX"] {
        page.assert_contains(&format!(
            "<a class=\"button\" href=\"/es/directory?country={country}\">{}</a>",
            text(&site.app, Locale::Es, &format!("country-{country}"))
        ));
    }
    // The location button shows only once its script finds a browser that can locate.
    page.assert_contains(&format!(
        "<button type=\"button\" class=\"locate\" hidden data-failed=\"{}\">{}</button>",
        text(&site.app, Locale::Es, "directory-location-failed"),
        text(&site.app, Locale::Es, "directory-use-location")
    ));
    page.assert_contains(crate::public::assets::locate_script_path());
    // No list of every place in the region.
    page.assert_lacks("Casa Lejana");
    page.assert_lacks("class=\"count\"");

    // A kiosk knows where it is: its directory lists, nearest first, without asking.
    let kiosk = site.get("/k/test-shelter/es/directory").await;
    kiosk.assert_lacks(&text(&site.app, Locale::Es, "directory-choose"));
    kiosk.assert_contains("Casa Lejana");
    let script = site.get(crate::public::assets::locate_script_path()).await;
    assert_eq!(script.status, StatusCode::OK);
    assert!(script.body.contains("getCurrentPosition"));
}

#[tokio::test]
async fn elsewhere_verified_places_come_before_samples() {
    let site = site().await;
    let page = site.get("/en/directory?city=Tapachula").await;
    let sample = page.body.find("Albergue Prueba").unwrap();
    let clinic = page.body.find("Clínica Cercana").unwrap();
    let consulate = page.body.find("Consulado de Haití en Tapachula").unwrap();
    // Real places keep the directory's order among themselves; the sample comes last.
    assert!(clinic < consulate && consulate < sample, "{}", page.body);
    // On the kiosk the nearest comes first, sample or not.
    let kiosk = site
        .get("/k/test-shelter/en/directory?city=Tapachula")
        .await;
    let sample = kiosk.body.find("Albergue Prueba").unwrap();
    let clinic = kiosk.body.find("Clínica Cercana").unwrap();
    assert!(sample < clinic);
}

/// The entry's hours as the page must show them in `locale`.
fn hours_in(site: &TestSite, locale: Locale) -> String {
    let say =
        |key: &str, args: &[(&str, Arg<'_>)]| site.app.translations.format(locale, key, args).text;
    let day = |key: &str| say(key, &[]);
    let weekdays = say(
        "hours-day-range",
        &[
            ("first", day("weekday-mon").into()),
            ("last", day("weekday-fri").into()),
        ],
    );
    let rule = |days: String, opens: &str, closes: &str| {
        let times = locale.keep_ltr(&say(
            "hours-between",
            &[("opens", opens.into()), ("closes", closes.into())],
        ));
        say(
            "hours-line",
            &[("days", days.into()), ("times", times.into())],
        )
    };
    escape(&format!(
        "{}{}{}",
        rule(weekdays, "09:00", "14:00"),
        locale.clause_separator(),
        rule(day("weekday-sat"), "10:00", "12:00")
    ))
}

#[tokio::test]
async fn opening_hours_are_written_in_every_locale() {
    let site = site().await;
    for locale in Locale::ALL {
        let page = site
            .get(&format!("/{}/directory?country=MX", locale.tag()))
            .await;
        page.assert_contains(&format!("<dd>{}</dd>", hours_in(&site, locale)));
        if locale != Locale::En {
            page.assert_lacks("Monday");
            page.assert_lacks("Every day");
        }
    }
    let spanish = site.get("/es/directory?city=Tapachula").await;
    spanish.assert_contains("<dd>de lunes a viernes, 09:00–14:00; sábado, 10:00–12:00</dd>");
    spanish.assert_contains("<dd>Todos los días, 24 horas</dd>");
    let persian = site.get("/fa/directory?city=Tapachula").await;
    // Each time range kept left to right, or a Farsi reader would see 14:00–09:00.
    persian.assert_contains(
        "<dd>دوشنبه تا جمعه، \u{2066}09:00–14:00\u{2069}؛ شنبه، \u{2066}10:00–12:00\u{2069}</dd>",
    );
    let english = site.get("/en/directory?city=Tapachula").await;
    english.assert_contains("<dd>Monday to Friday, 09:00–14:00; Saturday, 10:00–12:00</dd>");
    english.assert_contains("<dd>Every day, 24 hours</dd>");
}

/// Tests move their site to each test database (`TestSite::move_to`); when the directory
/// watch then looks, it must find the same places there, not an empty directory (the staff
/// queue's test lost its shelter's name this way whenever it ran longer than one look).
#[tokio::test]
async fn a_site_moved_to_another_database_keeps_its_places_when_the_watches_look() {
    let mut site = site().await;
    let db = faro_core::store::testing::sqlite().await;
    site.move_to(db.store.clone()).await;
    site.router.inner().check_banners().await;
    let page = site.get("/en/directory?city=Tapachula").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Albergue Prueba");
    page.assert_contains("Clínica Cercana");
}
