//! `/admin` and the aggregate figures for focal points: declarations by origin, language and
//! shelter per month, as the core's suppressed tables ("<5" for small counts). The page and
//! the CSV show those tables and nothing else: no record, no reference, no single person.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use faro_core::App;
use faro_core::clock::now_unix;
use faro_core::intake::stats::Table;

use crate::AppState;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::chrome::{self, Chrome};
use crate::operators::error::OperatorError;
use crate::operators::labels;

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
}

/// The table as shown, its row labels made readable by `label`. Cells are the suppressed
/// ones as they are, so the page shows exactly what the CSV holds.
fn grid(table: &Table, caption: String, corner: String, label: impl Fn(&str) -> String) -> Grid {
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
                label: label(row),
                cells: cells.iter().map(ToString::to_string).collect(),
                total: total.to_string(),
            })
            .collect(),
        column_totals: table
            .column_totals
            .iter()
            .map(ToString::to_string)
            .collect(),
        total: table.total.to_string(),
    }
}

fn shelter_label(app: &App, id: &str) -> String {
    match app.content.directory().get(id) {
        Some(entry) => format!("{} ({id})", entry.name),
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
    let figures = app.store.figures().published(now_unix()).await?;
    let page = FiguresPage {
        chrome: Chrome::signed_in(
            &tr,
            tr.get("op-admin-figures-title"),
            &who,
            "/admin/figures",
        ),
        grids: vec![
            grid(
                &figures.by_origin,
                tr.get("op-admin-figures-by-origin"),
                tr.get("op-admin-figures-origin"),
                str::to_owned,
            ),
            grid(
                &figures.by_language,
                tr.get("op-admin-figures-by-language"),
                tr.get("op-admin-figures-language"),
                |tag| labels::language(&tr, tag),
            ),
            grid(
                &figures.by_shelter,
                tr.get("op-admin-figures-by-shelter"),
                tr.get("op-admin-figures-shelter"),
                |id| shelter_label(app, id),
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
    let figures = state.app.store.figures().published(now_unix()).await?;
    let csv = [
        &figures.by_origin,
        &figures.by_language,
        &figures.by_shelter,
    ]
    .map(Table::to_csv)
    .join("\n");
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
