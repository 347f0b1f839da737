//! Published campaigns on the kiosk: a banner on the home page of the locales they target,
//! during their window only, leading to the campaign's page.

use axum::http::StatusCode;
use faro_core::Locale;
use faro_core::accounts::{NewUser, Role};
use faro_core::clock::now_unix;
use faro_core::country::CountryCode;
use faro_core::publishing::{CampaignSlug, NewCampaign, Targets, TextInput};
use faro_core::store::testing;

use crate::tests::*;

/// Publishes a campaign with English and Persian texts, for `locales` (empty: all), from
/// `starts` to `ends` seconds from now.
async fn publish(site: &TestSite, slug: &str, locales: Vec<Locale>, starts: i64, ends: i64) {
    prepare(site, slug, locales, Vec::new(), starts, ends, true).await;
}

async fn prepare(
    site: &TestSite,
    slug: &str,
    locales: Vec<Locale>,
    countries: Vec<CountryCode>,
    starts: i64,
    ends: i64,
    publish: bool,
) {
    let store = &site.app.store;
    let now = now_unix();
    let mut users = Vec::new();
    for name in [format!("{slug}-a"), format!("{slug}-b")] {
        let user = store
            .users()
            .create(
                &NewUser {
                    name,
                    password: "correct horse battery".into(),
                    role: Role::Admin,
                },
                "test",
                now,
            )
            .await
            .unwrap();
        users.push(user);
    }
    let new = NewCampaign {
        slug: CampaignSlug::parse(slug).unwrap(),
        targets: Targets { locales, countries },
        starts_at: now + starts,
        ends_at: now + ends,
    };
    let campaign = testing::publishing(store)
        .create(&users[0], &new, now)
        .await
        .unwrap();
    for (locale, title, body) in [
        (Locale::En, "Smugglers lie", "They **lie** about the route."),
        (
            Locale::Fa,
            "قاچاقچیان دروغ می‌گویند",
            "آنها درباره مسیر **دروغ** می‌گویند.",
        ),
    ] {
        let text = TextInput {
            title: title.into(),
            body: body.into(),
            translation: if locale == Locale::En {
                "original"
            } else {
                "machine"
            }
            .into(),
        };
        testing::publishing(store)
            .set_text(&users[0], campaign.id, locale, &text, now)
            .await
            .unwrap();
    }
    testing::submit(store, &users[0], campaign.id, now)
        .await
        .unwrap();
    testing::approve(store, &users[1], campaign.id, true, now)
        .await
        .unwrap();
    if publish {
        testing::publish_at(store, &users[0], campaign.id, now)
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn a_live_campaign_shows_a_banner_in_the_pages_locale_leading_to_its_text() {
    let site = site().await;
    publish(&site, "smugglers-lie", Vec::new(), -60, 3600).await;
    let home = site.get("/fa/").await;
    home.assert_contains("class=\"banner\"");
    home.assert_contains(
        "<a href=\"/fa/campaigns/smugglers-lie\" lang=\"fa\" dir=\"rtl\">قاچاقچیان دروغ می‌گویند</a>",
    );
    let page = site.get("/fa/campaigns/smugglers-lie").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("<strong>دروغ</strong>");
    page.assert_contains("<article class=\"campaign\" lang=\"fa\" dir=\"rtl\">");
    // Spanish has no text: the English one, marked as such.
    let spanish = site.get("/es/").await;
    spanish.assert_contains(
        "<a href=\"/es/campaigns/smugglers-lie\" lang=\"en\" dir=\"ltr\">Smugglers lie</a>",
    );
    // In kiosk mode the banner stays in the kiosk.
    let kiosk = site.get("/k/test-shelter/fa/").await;
    kiosk.assert_contains("href=\"/k/test-shelter/fa/campaigns/smugglers-lie\"");
    let kiosk_page = site.get("/k/test-shelter/fa/campaigns/smugglers-lie").await;
    assert_eq!(kiosk_page.status, StatusCode::OK);
}

#[tokio::test]
async fn no_banner_outside_the_window_or_for_other_locales() {
    let site = site().await;
    publish(&site, "not-yet", Vec::new(), 3600, 7200).await;
    publish(&site, "persian-only", vec![Locale::Fa], -60, 3600).await;
    let spanish = site.get("/es/").await;
    spanish.assert_lacks("class=\"banner\"");
    assert_eq!(
        site.get("/fa/campaigns/not-yet").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        site.get("/es/campaigns/persian-only").await.status,
        StatusCode::NOT_FOUND
    );
    let persian = site.get("/fa/").await;
    persian.assert_contains("/fa/campaigns/persian-only");
    persian.assert_lacks("/fa/campaigns/not-yet");
    for bad in [
        "/fa/campaigns/NOPE",
        "/fa/campaigns/unknown-one",
        "/fa/campaigns/a",
    ] {
        assert_eq!(site.get(bad).await.status, StatusCode::NOT_FOUND, "{bad}");
    }
}

#[tokio::test]
async fn a_draft_or_approved_campaign_shows_nowhere() {
    let site = site().await;
    prepare(
        &site,
        "approved-only",
        Vec::new(),
        Vec::new(),
        -60,
        3600,
        false,
    )
    .await;
    site.get("/en/").await.assert_lacks("class=\"banner\"");
    assert_eq!(
        site.get("/en/campaigns/approved-only").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_campaign_for_some_countries_shows_only_where_the_country_is_known_to_be_one() {
    let site = site().await;
    let mx = CountryCode::parse("MX").unwrap();
    let gt = CountryCode::parse("GT").unwrap();
    prepare(&site, "for-mexico", Vec::new(), vec![mx], -60, 3600, true).await;
    prepare(
        &site,
        "for-guatemala",
        Vec::new(),
        vec![gt],
        -60,
        3600,
        true,
    )
    .await;
    // The test shelter is in Mexico: its kiosk shows Mexico's campaign, not Guatemala's.
    let kiosk = site.get("/k/test-shelter/fa/").await;
    kiosk.assert_contains("/k/test-shelter/fa/campaigns/for-mexico");
    kiosk.assert_lacks("campaigns/for-guatemala");
    assert_eq!(
        site.get("/k/test-shelter/fa/campaigns/for-guatemala")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // A kiosk's country is its shelter's, whatever the address asks.
    assert_eq!(
        site.get("/k/test-shelter/fa/campaigns/for-guatemala?country=GT")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // The public site knows no country: neither banner, and the pages only for a reader who
    // chose that country.
    let public = site.get("/fa/").await;
    public.assert_lacks("campaigns/for-mexico");
    public.assert_lacks("campaigns/for-guatemala");
    assert_eq!(
        site.get("/fa/campaigns/for-mexico").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        site.get("/fa/campaigns/for-mexico?country=MX").await.status,
        StatusCode::OK
    );
    assert_eq!(
        site.get("/fa/campaigns/for-mexico?country=GT").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        site.get("/fa/campaigns/for-mexico?country=nope")
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
}
