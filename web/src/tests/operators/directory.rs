//! The directory pages (`/directory`) and the public GeoJSON: a refusal matrix over every route
//! and role, what a change does for readers (the kiosk page at once), the form's refusals, and
//! the GeoJSON's shape; on SQLite and, when configured, PostgreSQL.

use axum::http::StatusCode;
use faro_core::directory::EntryDraft;
use serde_json::Value;

use super::admin::{EVERYONE, Site, Who, sites};

const SEE_OTHER: u16 = 303;
const OK: u16 = 200;
const FORBIDDEN: u16 = 403;
const NOT_FOUND: u16 = 404;

/// The form fields of an entry as its page fills them, with `changes` over them.
async fn fields_of(site: &Site, id: &str, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let stored = site.store().directory().get(id).await.unwrap().unwrap();
    let draft = EntryDraft::of(&stored.entry);
    let mut fields: Vec<(String, String)> = [
        ("id", draft.id),
        ("kind", draft.kind),
        ("name", draft.name),
        ("country", draft.country),
        ("city", draft.city),
        ("address", draft.address),
        ("lat", draft.lat),
        ("lon", draft.lon),
        ("location_precision", draft.location_precision),
        ("location_source", draft.location_source),
        ("phones", draft.phones),
        ("short_codes", draft.short_codes),
        ("website", draft.website),
        ("hours", draft.hours),
        ("languages", draft.languages),
        ("services", draft.services),
        ("represents", draft.represents),
        ("procedures", draft.procedures),
        ("source", draft.source),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    if draft.demo {
        fields.push(("demo".into(), "on".into()));
    }
    for (key, value) in changes {
        fields.retain(|(k, _)| k != key);
        fields.push(((*key).to_owned(), (*value).to_owned()));
    }
    fields
}

fn borrowed(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

/// (method, address, fields: "full:<id>" for an entry's whole form, else pairs; expected
/// status for anonymous, staff of test-shelter, the MX focal point, the all-countries focal
/// point, admin).
type Cell = (&'static str, &'static str, &'static str, [u16; 5]);

const MATRIX: &[Cell] = &[
    ("GET", "/directory", "", [SEE_OTHER, OK, OK, OK, OK]),
    (
        "GET",
        "/directory/new",
        "",
        [SEE_OTHER, FORBIDDEN, OK, OK, OK],
    ),
    (
        "POST",
        "/directory",
        "new:MX",
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/directory",
        "new:GT",
        [SEE_OTHER, FORBIDDEN, FORBIDDEN, SEE_OTHER, SEE_OTHER],
    ),
    (
        "GET",
        "/directory/test-shelter",
        "",
        [SEE_OTHER, OK, OK, OK, OK],
    ),
    (
        "GET",
        "/directory/near-clinic",
        "",
        [SEE_OTHER, FORBIDDEN, OK, OK, OK],
    ),
    (
        "GET",
        "/directory/gt-110",
        "",
        [SEE_OTHER, FORBIDDEN, FORBIDDEN, OK, OK],
    ),
    (
        "GET",
        "/directory/no-such-entry",
        "",
        [SEE_OTHER, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
    ),
    (
        "POST",
        "/directory/test-shelter/shelter",
        "hours",
        [SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/directory/near-clinic/shelter",
        "hours",
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/directory/gt-110/shelter",
        "hours",
        [SEE_OTHER, FORBIDDEN, FORBIDDEN, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/directory/test-shelter",
        "full:test-shelter",
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/directory/gt-110",
        "full:gt-110",
        [SEE_OTHER, FORBIDDEN, FORBIDDEN, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/directory/far-shelter/verify",
        "verify",
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/directory/gt-110/verify",
        "verify",
        [SEE_OTHER, FORBIDDEN, FORBIDDEN, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/directory/near-clinic/retire",
        "",
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/directory/near-clinic/restore",
        "",
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/directory/gt-110/retire",
        "",
        [SEE_OTHER, FORBIDDEN, FORBIDDEN, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/directory/gt-110/restore",
        "",
        [SEE_OTHER, FORBIDDEN, FORBIDDEN, SEE_OTHER, SEE_OTHER],
    ),
    // No conflict is waiting: nothing to settle, for those who may settle one.
    (
        "POST",
        "/directory/test-shelter/conflict",
        "keep",
        [SEE_OTHER, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND],
    ),
    (
        "POST",
        "/directory/gt-110/conflict",
        "keep",
        [SEE_OTHER, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND],
    ),
];

#[tokio::test]
async fn every_directory_route_answers_each_role_as_the_matrix_says() {
    for site in sites().await {
        let users = site.everyone().await;
        let mut browsers = Vec::new();
        for user in &users {
            browsers.push(match user {
                Some(user) => Some(site.browser(user).await),
                None => None,
            });
        }
        let mut failures = Vec::new();
        for (method, uri, form, expected) in MATRIX {
            for (index, who) in EVERYONE.iter().enumerate() {
                let browser = browsers[index].as_ref();
                let fields: Vec<(String, String)> = match *form {
                    "hours" => vec![
                        ("hours".into(), "mon-fri 08:00-16:00".into()),
                        ("languages".into(), "es".into()),
                        ("services".into(), "shelter, food".into()),
                        ("phones".into(), "+520000000000".into()),
                    ],
                    "verify" => vec![("source".into(), format!("called by {}", who.name()))],
                    "keep" => vec![("keep".into(), "pack".into())],
                    "new:MX" | "new:GT" => {
                        let country = &form[4..];
                        let id = format!("{}-new-{}", country.to_lowercase(), who.name());
                        fields_of(
                            &site,
                            "far-shelter",
                            &[("id", &id), ("country", country), ("lat", ""), ("lon", "")],
                        )
                        .await
                    }
                    full if full.starts_with("full:") => {
                        fields_of(&site, &full[5..], &[("city", "Somewhere")]).await
                    }
                    _ => Vec::new(),
                };
                let reply = if *method == "GET" {
                    site.get_as(uri, browser).await
                } else {
                    site.post_form(uri, browser, &borrowed(&fields)).await
                };
                let want = expected[index];
                if reply.status.as_u16() != want {
                    failures.push(format!(
                        "{method} {uri} as {who:?}: {} (expected {want})\n{}",
                        reply.status,
                        reply.body.chars().take(400).collect::<String>()
                    ));
                }
                if *who == Who::Anonymous && reply.header("location") != "/sign-in" {
                    failures.push(format!("{method} {uri} as anonymous: not sent to sign in"));
                }
                if reply.header("cache-control") != "no-store" {
                    failures.push(format!("{method} {uri} as {who:?}: cacheable"));
                }
            }
        }
        assert!(failures.is_empty(), "{}: {failures:#?}", site.name());
        // Each refusal changed nothing: GT's police kept its city until the all-countries
        // focal point changed it, and the MX focal point made nothing in GT.
        let gt = site
            .store()
            .directory()
            .get("gt-110")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(gt.entry.city.as_deref(), Some("Somewhere"));
        assert_eq!(gt.edited_by.as_deref(), Some("root"));
        assert!(
            site.store()
                .directory()
                .get("gt-new-pubmx")
                .await
                .unwrap()
                .is_none()
        );
        assert!(
            site.store()
                .directory()
                .get("mx-new-staff")
                .await
                .unwrap()
                .is_none()
        );
        assert!(
            site.store()
                .directory()
                .get("gt-new-puball")
                .await
                .unwrap()
                .is_some()
        );
        assert!(
            site.audited("staff", "directory.edit", "test-shelter: hours, languages")
                .await
        );
    }
}

#[tokio::test]
async fn a_shelters_new_hours_show_on_its_kiosk_at_once_and_bad_input_is_refused_in_words() {
    for site in sites().await {
        let staff = site
            .user(
                "sofia",
                faro_core::accounts::Role::Staff {
                    shelter: "test-shelter".into(),
                },
            )
            .await;
        let browser = site.browser(&staff).await;
        let kiosk = "/k/test-shelter/es/directory";
        let before = site.get_as(kiosk, None).await;
        assert_eq!(before.status, StatusCode::OK);
        before.assert_lacks("09:30–13:15");
        let page = site.get_as("/directory/test-shelter", Some(&browser)).await;
        page.assert_contains("action=\"/directory/test-shelter/shelter\"");
        page.assert_lacks("action=\"/directory/test-shelter/verify\"");
        let saved = site
            .post_form(
                "/directory/test-shelter/shelter",
                Some(&browser),
                &[
                    ("hours", "mon-fri 09:30-13:15"),
                    ("services", "shelter, food"),
                    ("languages", "es, ht"),
                    ("phones", "+520000000000"),
                ],
            )
            .await;
        assert_eq!(saved.status.as_u16(), SEE_OTHER, "{}", saved.body);
        // The page cache was emptied and the snapshot refreshed: the kiosk shows it now.
        let after = site.get_as(kiosk, None).await;
        after.assert_contains("lunes a viernes, 09:30–13:15");
        // A phone that is not E.164 is refused on the form, in the operator's words.
        let refused = site
            .post_form(
                "/directory/test-shelter/shelter",
                Some(&browser),
                &[("hours", "mon-fri 09:30-13:15"), ("phones", "55 1234 5678")],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("is not a phone number in international format");
        let still = site
            .store()
            .directory()
            .get("test-shelter")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(still.entry.phones.len(), 1);
        // Coordinates outside the entry's country are refused for the full form too.
        let admin = site.user("ada", faro_core::accounts::Role::Admin).await;
        let admin_browser = site.browser(&admin).await;
        let fields = fields_of(
            &site,
            "far-shelter",
            &[("lat", "14.6349"), ("lon", "-90.5069")],
        )
        .await;
        let outside = site
            .post_form(
                "/directory/far-shelter",
                Some(&admin_browser),
                &borrowed(&fields),
            )
            .await;
        assert_eq!(outside.status, StatusCode::UNPROCESSABLE_ENTITY);
        outside.assert_contains("not in the entry&#39;s country");
    }
}

#[tokio::test]
async fn the_public_geojson_holds_the_real_entries_and_validates() {
    for site in sites().await {
        // Every entry checked today (so that none is stale whenever the test runs), and the
        // far shelter's point only its city's centre.
        let today = faro_core::directory::edit::day_of(faro_core::clock::now_unix());
        let mut entries: Vec<_> = site.site.app.content.directory().entries().to_vec();
        for entry in &mut entries {
            entry.last_verified = today;
            if entry.id == "far-shelter" {
                entry.location_precision = faro_core::content::LocationPrecision::City;
                entry.location_source = Some("GeoNames cities500, test".into());
            }
        }
        faro_core::directory::pack_sync::import(
            site.store(),
            &faro_core::content::Directory::new(entries),
            "cli",
            faro_core::clock::now_unix(),
        )
        .await
        .unwrap();
        assert!(site.site.router.inner().check_banners().await);
        let reply = site.get_as("/api/v1/directory", None).await;
        assert_eq!(reply.status, StatusCode::OK);
        assert_eq!(reply.header("content-type"), "application/geo+json");
        let document: Value = serde_json::from_str(&reply.body).unwrap();
        assert_eq!(document["type"], "FeatureCollection");
        let features = document["features"].as_array().unwrap();
        let ids: Vec<&str> = features.iter().map(|f| f["id"].as_str().unwrap()).collect();
        assert!(
            ids.contains(&"far-shelter") && ids.contains(&"gt-110"),
            "{ids:?}"
        );
        assert!(!ids.contains(&"test-shelter"), "a sample is not shared");
        for feature in features {
            assert_eq!(feature["type"], "Feature");
            assert!(feature["properties"].is_object());
            let properties = feature["properties"].as_object().unwrap();
            for private in ["verified_by", "edited_by", "demo"] {
                assert!(!properties.contains_key(private));
            }
            match &feature["geometry"] {
                Value::Null => {}
                geometry => {
                    assert_eq!(geometry["type"], "Point");
                    let position = geometry["coordinates"].as_array().unwrap();
                    assert_eq!(position.len(), 2);
                    let (lon, lat) = (position[0].as_f64().unwrap(), position[1].as_f64().unwrap());
                    assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
                }
            }
        }
        let far = features.iter().find(|f| f["id"] == "far-shelter").unwrap();
        // [longitude, latitude]: Mexico City is west (negative) and north.
        assert_eq!(far["geometry"]["coordinates"][0].as_f64(), Some(-99.1332));
        assert_eq!(far["geometry"]["coordinates"][1].as_f64(), Some(19.4326));
        assert_eq!(far["properties"]["location_precision"], "city");
        assert_eq!(
            far["properties"]["location_source"],
            "GeoNames cities500, test"
        );
        let clinic = features.iter().find(|f| f["id"] == "near-clinic").unwrap();
        assert_eq!(clinic["properties"]["location_precision"], "address");
        // Readers are told the point is the city's, in their language; the exact one is not.
        let notice = crate::tests::text(
            &site.site.app,
            faro_core::Locale::Es,
            "directory-location-city",
        );
        let page = site.get_as("/es/directory?country=MX", None).await;
        page.assert_contains(&format!("<p class=\"approximate\">{notice}</p>"));
        assert_eq!(page.body.matches("class=\"approximate\"").count(), 1);
        // A retired entry leaves the document.
        let admin = site.user("ada", faro_core::accounts::Role::Admin).await;
        let browser = site.browser(&admin).await;
        site.post_form("/directory/far-shelter/retire", Some(&browser), &[])
            .await;
        let after: Value =
            serde_json::from_str(&site.get_as("/api/v1/directory", None).await.body).unwrap();
        assert!(
            !after["features"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["id"] == "far-shelter")
        );
    }
}

#[tokio::test]
async fn an_entry_unverified_for_180_days_is_flagged_to_operators_and_marked_to_readers() {
    for site in sites().await {
        let notice = crate::tests::text(&site.site.app, faro_core::Locale::Es, "directory-stale");
        // The pack brings the entries back checked today, but the shelter checked long ago
        // (nobody edited them here, so the pack's version applies).
        let today = faro_core::directory::edit::day_of(faro_core::clock::now_unix());
        let mut entries: Vec<_> = site.site.app.content.directory().entries().to_vec();
        for entry in &mut entries {
            entry.last_verified = if entry.id == "far-shelter" {
                time::Date::from_calendar_date(2020, time::Month::January, 1).unwrap()
            } else {
                today
            };
        }
        let report = faro_core::directory::pack_sync::import(
            site.store(),
            &faro_core::content::Directory::new(entries),
            "cli",
            faro_core::clock::now_unix(),
        )
        .await
        .unwrap();
        assert!(report.updated.contains(&"far-shelter".to_owned()));
        // The instance's watch takes its look (every few seconds when served).
        assert!(site.site.router.inner().check_banners().await);
        let reader = site.get_as("/es/directory?country=MX", None).await;
        reader.assert_contains(&format!("<p class=\"notice stale\">{notice}</p>"));
        assert_eq!(
            reader.body.matches("notice stale").count(),
            1,
            "only that one"
        );
        let admin = site.user("ada", faro_core::accounts::Role::Admin).await;
        let browser = site.browser(&admin).await;
        let list = site.get_as("/directory", Some(&browser)).await;
        list.assert_contains("not verified for over 180 days");
        // Partners get verified entries only: the stale one leaves the GeoJSON until checked.
        let shared = |body: &str| {
            let document: Value = serde_json::from_str(body).unwrap();
            document["features"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["id"] == "far-shelter")
        };
        assert!(!shared(&site.get_as("/api/v1/directory", None).await.body));
        // Verified today: no longer flagged.
        site.post_form(
            "/directory/far-shelter/verify",
            Some(&browser),
            &[("source", "called the shelter")],
        )
        .await;
        let reader = site.get_as("/es/directory?country=MX", None).await;
        reader.assert_lacks("notice stale");
        assert!(shared(&site.get_as("/api/v1/directory", None).await.body));
    }
}

#[tokio::test]
async fn an_edited_entry_that_a_new_pack_dropped_waits_for_an_operator_who_retires_it() {
    for site in sites().await {
        let admin = site.user("ada", faro_core::accounts::Role::Admin).await;
        let browser = site.browser(&admin).await;
        // Someone edits the far shelter here; the instance then starts with a pack without it.
        let fields = fields_of(&site, "far-shelter", &[("address", "Calle 1")]).await;
        let saved = site
            .post_form("/directory/far-shelter", Some(&browser), &borrowed(&fields))
            .await;
        assert_eq!(saved.status.as_u16(), SEE_OTHER);
        let entries: Vec<_> = site
            .site
            .app
            .content
            .pack_directory()
            .entries()
            .iter()
            .filter(|entry| entry.id != "far-shelter")
            .cloned()
            .collect();
        let report = faro_core::directory::pack_sync::upgrade_at_start(
            site.store(),
            &faro_core::content::Directory::new(entries),
            faro_core::clock::now_unix(),
        )
        .await
        .unwrap()
        .unwrap();
        assert_eq!(report.conflicts, ["far-shelter"]);
        let title = "The content pack dropped this entry";
        let list = site.get_as("/directory", Some(&browser)).await;
        list.assert_contains("pack conflict");
        let page = site.get_as("/directory/far-shelter", Some(&browser)).await;
        page.assert_contains(title);
        let settled = site
            .post_form(
                "/directory/far-shelter/conflict",
                Some(&browser),
                &[("keep", "pack")],
            )
            .await;
        assert_eq!(settled.status.as_u16(), SEE_OTHER);
        let stored = site
            .store()
            .directory()
            .get("far-shelter")
            .await
            .unwrap()
            .unwrap();
        assert!(stored.is_retired() && !stored.in_conflict());
        let page = site.get_as("/directory/far-shelter", Some(&browser)).await;
        page.assert_lacks(title);
    }
}
