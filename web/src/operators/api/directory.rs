//! `GET /api/v1/directory`: the directory's verified real entries as GeoJSON (RFC 7946),
//! public and read-only, so that partner services and maps can reuse them. "Verified" means
//! not a sample (`demo = false`) and checked within the last [`STALE_AFTER_DAYS`](faro_core::content::directory::STALE_AFTER_DAYS) days: its
//! `last_verified` date, which the pack's source sets and an operator's "verify" in the
//! browser renews (recording who, when and the source). A stale entry, which our own pages
//! mark "confirm before you go", is left out, since a partner's map could not carry that
//! warning. From the snapshot readers see (retired entries are not in it); an organisation's
//! public contacts only — who edited or verified an entry here is never in it. An entry
//! without coordinates is an unlocated feature (`"geometry": null`, RFC 7946 §3.2); one at its
//! city's centre says so in `location_precision` (`"city"`) and `location_source`.

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use faro_core::content::DirectoryEntry;
use faro_core::content::hours::Times;
use serde_json::{Value, json};
use time::Date;

use crate::AppState;

fn hours(entry: &DirectoryEntry) -> Value {
    entry
        .hours
        .iter()
        .map(|rule| {
            let days = rule.days.run_labels();
            match rule.times {
                Times::AllDay => json!({ "days": days, "all_day": true }),
                Times::Between { opens, closes } => json!({
                    "days": days,
                    "opens": opens.to_string(),
                    "closes": closes.to_string()
                }),
            }
        })
        .collect()
}

fn feature(entry: &DirectoryEntry) -> Value {
    // GeoJSON positions are [longitude, latitude].
    let geometry = entry.location.map_or(
        Value::Null,
        |at| json!({ "type": "Point", "coordinates": [at.lon, at.lat] }),
    );
    json!({
        "type": "Feature",
        "id": entry.id,
        "geometry": geometry,
        "properties": {
            "name": entry.name,
            "kind": entry.kind.as_str(),
            "country": entry.country.as_str(),
            "city": entry.city,
            "address": entry.address,
            "location_precision": entry.location.map(|_| entry.location_precision.as_str()),
            "location_source": entry.location.and(entry.location_source.as_deref()),
            "phones": entry.phones.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
            "short_codes": entry.short_codes.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
            "website": entry.website,
            "hours": hours(entry),
            "languages": entry.languages,
            "services": entry.services.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            "represents": entry.represents.map(|c| c.as_str().to_owned()),
            "procedures": entry.procedures.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
            "source": entry.source,
            "last_verified": entry.last_verified.to_string()
        }
    })
}

/// Whether partners get the entry on `today`: real, and checked within [`STALE_AFTER_DAYS`](faro_core::content::directory::STALE_AFTER_DAYS).
pub fn is_verified(entry: &DirectoryEntry, today: Date) -> bool {
    !entry.demo && !entry.is_stale(today)
}

/// The verified real entries on `today`, as a FeatureCollection.
pub fn collection(entries: &[DirectoryEntry], today: Date) -> Value {
    let features: Vec<Value> = entries
        .iter()
        .filter(|entry| is_verified(entry, today))
        .map(feature)
        .collect();
    json!({ "type": "FeatureCollection", "features": features })
}

pub async fn geojson(State(state): State<AppState>) -> Response {
    let directory = state.app.content.directory();
    let today = faro_core::directory::edit::day_of(state.app.clock.now());
    let body = collection(directory.entries(), today).to_string();
    let mut response = body.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/geo+json"),
    );
    response
}
