//! `/admin/campaigns`: every campaign with its status, window, targets and delivery totals.
//! Publishers see every campaign; what they may change is decided by the core
//! (`publishing::permissions`).

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use faro_core::Locale;

use super::view;
use crate::AppState;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::chrome::{self, Chrome};
use crate::operators::error::OperatorError;
use crate::operators::labels;

struct Row {
    slug: String,
    status: String,
    window: String,
    locales: String,
    countries: String,
    texts: usize,
    /// Suppressed like the figures: a campaign for one small locale would otherwise count
    /// its readers.
    queued: String,
    sent: String,
    failed: String,
    cancelled: String,
}

#[derive(Template)]
#[template(path = "operators/admin/campaigns.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<Row>,
    locale_count: usize,
}

pub async fn list(State(state): State<AppState>, who: SignedIn) -> Result<Response, OperatorError> {
    who.require(Area::Publishing)?;
    let tr = who.tr.clone();
    let store = &state.app.store;
    let mut rows = Vec::new();
    for campaign in store.campaigns().all().await? {
        let progress = store.outbox().progress(campaign.id).await?;
        let shown = progress.shown();
        rows.push(Row {
            slug: campaign.slug.to_string(),
            status: view::status_label(&tr, campaign.status),
            window: view::window(&tr, &campaign),
            locales: view::target_locales(&tr, &campaign.targets),
            countries: view::target_countries(&tr, &campaign.targets),
            texts: campaign.texts.len(),
            queued: labels::count(&tr, shown.total[0]),
            sent: labels::count(&tr, shown.total[1]),
            failed: labels::count(&tr, shown.total[2]),
            cancelled: labels::count(&tr, shown.total[3]),
        });
    }
    chrome::render(&ListPage {
        chrome: Chrome::signed_in(
            &tr,
            tr.get("op-admin-campaigns-title"),
            &who,
            "/admin/campaigns",
        ),
        rows,
        locale_count: Locale::ALL.len(),
    })
}
