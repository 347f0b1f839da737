//! `/admin` and the aggregate figures for focal points: declarations by origin, language and
//! shelter per closed quarter, as the core's suppressed tables. A count under five reads
//! "<5"; a cell hidden so that a small count cannot be worked out from a total reads
//! "hidden" (in the operator's words), never "<5", since it may be any size. The page says
//! how hiding works; the CSV and `faro stats` write the cells the same way. No record, no
//! reference, no single person leaves these tables.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use faro_core::App;
use faro_core::clock::now_unix;
use faro_core::intake::stats::{OTHER, Table, Words};

use crate::AppState;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::chrome::{self, Chrome};
use crate::operators::error::OperatorError;
use crate::operators::labels;
use crate::operators::response_times::{self, ResponseTable};
use crate::operators::strings::OperatorStrings;

#[derive(Template)]
#[template(path = "operators/admin/home.html")]
struct AdminPage {
    chrome: Chrome,
    audit: bool,
}

pub async fn admin_home(who: SignedIn) -> Result<Response, OperatorError> {
    who.require(Area::Figures)?;
    let tr = who.tr.clone();
    chrome::render(&AdminPage {
        audit: who.may(Area::Audit),
        chrome: Chrome::signed_in(&tr, tr.get("op-admin-title"), &who, "/admin"),
    })
}

struct Grid {
    caption: String,
    /// The first column's heading (origin, language, shelter).
    corner: String,
    months: Vec<String>,
    rows: Vec<GridRow>,
    column_totals: Vec<String>,
    total: String,
}

struct GridRow {
    label: String,
    cells: Vec<String>,
    total: String,
}

#[derive(Template)]
#[template(path = "operators/admin/figures.html")]
struct FiguresPage {
    chrome: Chrome,
    grids: Vec<Grid>,
    /// How hiding works, in plain words, one point each.
    method: Vec<String>,
    /// How fast interpreters accept, per language, every shelter together.
    response: ResponseTable,
}

/// The sentences of the page's "how hiding works", in order.
const METHOD: [&str; 5] = [
    "op-figures-method-closed",
    "op-figures-method-other",
    "op-figures-method-small",
    "op-figures-method-hidden",
    "op-figures-method-rounded",
];

/// The row every small group is summed into, and the keys the core uses for "not said",
/// "another country" and "no shelter", in the operator's words.
fn common_label(tr: &OperatorStrings, key: &str) -> Option<String> {
    match key {
        OTHER => Some(tr.get("op-figures-other")),
        "undisclosed" => Some(tr.get("op-staff-origin-undisclosed")),
        "another" => Some(tr.get("op-staff-origin-another")),
        _ => None,
    }
}

/// The table as shown, its row labels made readable by `label`. Cells are the suppressed
/// ones as they are, so the page shows exactly what the CSV holds.
fn grid(
    tr: &OperatorStrings,
    table: &Table,
    caption: String,
    corner: String,
    label: impl Fn(&str) -> String,
) -> Grid {
    let shown = |cell: &faro_core::intake::stats::Cell| labels::count(tr, *cell);
    Grid {
        caption,
        corner,
        months: table.column_labels.clone(),
        rows: table
            .row_labels
            .iter()
            .zip(&table.cells)
            .zip(&table.row_totals)
            .map(|((row, cells), total)| GridRow {
                label: common_label(tr, row).unwrap_or_else(|| label(row)),
                cells: cells.iter().map(shown).collect(),
                total: shown(total),
            })
            .collect(),
        column_totals: table.column_totals.iter().map(shown).collect(),
        total: shown(&table.total),
    }
}

fn shelter_label(app: &App, tr: &OperatorStrings, id: &str) -> String {
    match app.content.directory().get(id) {
        Some(entry) => format!("{} ({id})", entry.name),
        None if id == "none" => tr.get("op-staff-no-shelter"),
        None => id.to_owned(),
    }
}

pub async fn figures(
    State(state): State<AppState>,
    who: SignedIn,
) -> Result<Response, OperatorError> {
    who.require(Area::Figures)?;
    let app = &state.app;
    let tr = who.tr.clone();
    let now = now_unix();
    let figures = app.store.figures().published(now).await?;
    let times = app
        .store
        .response_times(None, i64::from(app.config.response_target_seconds), now)
        .await?;
    let page = FiguresPage {
        response: response_times::table(&tr, &times),
        chrome: Chrome::signed_in(
            &tr,
            tr.get("op-admin-figures-title"),
            &who,
            "/admin/figures",
        ),
        method: METHOD.iter().map(|key| tr.get(key)).collect(),
        grids: vec![
            grid(
                &tr,
                &figures.by_origin,
                tr.get("op-admin-figures-by-origin"),
                tr.get("op-admin-figures-origin"),
                str::to_owned,
            ),
            grid(
                &tr,
                &figures.by_language,
                tr.get("op-admin-figures-by-language"),
                tr.get("op-admin-figures-language"),
                |tag| labels::language(&tr, tag),
            ),
            grid(
                &tr,
                &figures.by_shelter,
                tr.get("op-admin-figures-by-shelter"),
                tr.get("op-admin-figures-shelter"),
                |id| shelter_label(app, &tr, id),
            ),
        ],
    };
    chrome::render(&page)
}

pub async fn figures_csv(
    State(state): State<AppState>,
    who: SignedIn,
) -> Result<Response, OperatorError> {
    who.require(Area::Figures)?;
    let now = now_unix();
    let figures = state.app.store.figures().published(now).await?;
    let times = state
        .app
        .store
        .response_times(
            None,
            i64::from(state.app.config.response_target_seconds),
            now,
        )
        .await?;
    let hidden = labels::hidden_word(&who.tr);
    let other = who.tr.get("op-figures-other");
    let words = Words {
        hidden: &hidden,
        other: &other,
    };
    let csv = [
        &figures.by_origin,
        &figures.by_language,
        &figures.by_shelter,
    ]
    .map(|table| table.to_csv(&words))
    .join("\n");
    let headings = response_times::headings(&who.tr);
    let csv = format!(
        "{csv}\n{}",
        times.to_csv(&words, headings.each_ref().map(String::as_str))
    );
    let mut response = csv.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"faro-figures.csv\""),
    );
    Ok(response)
}
