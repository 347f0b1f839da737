//! Topic icons: Faro's SVG files, served for a year under fingerprinted names, decorative
//! beside each topic's title.

use axum::http::StatusCode;
use faro_core::content::icons;

use crate::tests::*;

#[tokio::test]
async fn topic_cards_show_their_svg_icon_with_an_empty_alt() {
    let site = site().await;
    for uri in ["/en/", "/k/test-shelter/fa/"] {
        let page = site.get(uri).await;
        for (slug, icon) in [("asylum", "shield"), ("rights", "scales")] {
            let start = page
                .body
                .find(&format!("/topics/{slug}\""))
                .unwrap_or_else(|| panic!("{uri}: no {slug} card"));
            let card = &page.body[start..start + page.body[start..].find("</a>").unwrap()];
            let src = crate::public::assets::icon_path(icon).unwrap();
            assert!(
                card.contains(&format!(
                    "<img class=\"icon\" src=\"{src}\" alt=\"\" width=\"48\" height=\"48\">"
                )),
                "{uri}: {card}"
            );
        }
        // No emoji is left to draw as an empty box.
        page.assert_lacks("🛡");
        page.assert_lacks("⚖");
    }
}

#[tokio::test]
async fn icons_are_served_as_svg_for_a_year() {
    let site = site().await;
    for (name, svg) in icons::ALL {
        let path = crate::public::assets::icon_path(name).unwrap();
        assert!(path.starts_with(&format!("/static/icon-{name}.")), "{path}");
        let reply = site.get(path).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}");
        assert_eq!(reply.header("content-type"), "image/svg+xml");
        assert_eq!(
            reply.header("cache-control"),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(reply.body, *svg);
    }
    assert!(crate::public::assets::icon_path("no-such-icon").is_none());
    assert_eq!(
        site.get("/static/icon-shield.0000000000000000.svg")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}
