//! `/api/v1/openapi.json`: the API described by hand (OpenAPI 3.0). A test holds it to the
//! router's table of endpoints in both directions, so neither can drift from the other.

use axum::Json;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

fn error_response(description: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
    })
}

fn campaign_response(description: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Campaign" } } }
    })
}

fn slug_parameter() -> Value {
    json!({
        "name": "slug", "in": "path", "required": true,
        "schema": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "minLength": 3, "maxLength": 48 }
    })
}

fn locale_parameter() -> Value {
    json!({
        "name": "locale", "in": "path", "required": true,
        "schema": { "$ref": "#/components/schemas/Locale" }
    })
}

/// The answers every operation on an existing campaign may give besides success.
fn refusals(extra: &[(&str, &str)]) -> serde_json::Map<String, Value> {
    let mut responses = serde_json::Map::new();
    for (status, description) in [
        ("401", "No API token, or one that names no enabled account."),
        (
            "403",
            "The account may not do this, or the campaign targets countries outside its scope.",
        ),
        ("404", "No such campaign (or locale)."),
    ]
    .iter()
    .chain(extra)
    {
        responses.insert((*status).to_owned(), error_response(description));
    }
    responses
}

fn step(summary: &str, ok: &str, conflicts: &str) -> Value {
    let mut responses = refusals(&[("409", conflicts)]);
    responses.insert("200".to_owned(), campaign_response(ok));
    json!({
        "summary": summary,
        "parameters": [slug_parameter()],
        "responses": responses
    })
}

pub fn document() -> Value {
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "Faro publishing API",
            "version": "1",
            "description": "Campaigns from draft to published, as on the /admin/campaigns pages. Authenticate with an API token from `faro user token NAME`. Every change is written to the audit log. Errors are {\"code\": \"...\", \"message\": \"...\", \"error\": \"...\"}: a stable code for programs, and a sentence in the account's language (else Accept-Language's, else the instance's) as message and, for clients of the first version, as error."
        },
        "servers": [{ "url": "/api/v1" }],
        "security": [{ "bearer": [] }],
        "paths": paths(),
        "components": {
            "securitySchemes": security_schemes(),
            "schemas": schemas()
        }
    })
}

fn paths() -> Value {
    let mut create_responses = refusals(&[
        (
            "400",
            "A malformed body, slug, target or time, or a window that ends before it starts.",
        ),
        ("409", "A campaign with this slug exists."),
        ("415", "The body was not sent as application/json."),
    ]);
    create_responses.remove("404");
    create_responses.insert("201".to_owned(), campaign_response("Created, as a draft."));
    let mut text_responses = refusals(&[
        (
            "400",
            "A malformed body, an empty or too long title or text, or a translation other than original or machine.",
        ),
        ("409", "The campaign is published and can no longer change."),
        ("415", "The body was not sent as application/json."),
    ]);
    text_responses.insert(
        "200".to_owned(),
        campaign_response("Saved; a submitted or approved campaign is back in draft."),
    );
    let mut settings_responses = refusals(&[
        (
            "400",
            "A malformed body, target or time, or a window that ends before it starts.",
        ),
        ("409", "The campaign is published and can no longer change."),
        ("415", "The body was not sent as application/json."),
    ]);
    settings_responses.insert(
        "200".to_owned(),
        campaign_response("Saved; a submitted or approved campaign is back in draft."),
    );
    let mut publish = step(
        "Publish an approved campaign: queue its Telegram messages and show its kiosk banner during its window. A correction replaces the revision that was published (stopped, its queued messages cancelled) and is sent only with resend=true, and then only to the chats that received an earlier revision.",
        "Published; `queued` says how many messages were queued.",
        "Not approved.",
    );
    publish["parameters"] = json!([
        slug_parameter(),
        { "name": "resend", "in": "query", "required": false, "description": "For a correction: send it to the chats that received an earlier revision of its campaign. Ignored for a first campaign.", "schema": { "type": "boolean", "default": false } }
    ]);
    let mut correction_responses = refusals(&[("409", "The campaign is not published.")]);
    correction_responses.insert(
        "201".to_owned(),
        campaign_response("A correction started: a new draft revision with the campaign's texts, named <first slug>-r<revision>, to change, submit and have approved like any campaign."),
    );
    correction_responses.insert(
        "200".to_owned(),
        campaign_response("A correction was already under way: that one."),
    );
    let corrections = json!({
        "summary": "Start a correction of a published campaign.",
        "parameters": [slug_parameter()],
        "responses": correction_responses
    });
    let mut status_responses = refusals(&[]);
    status_responses.insert("200".to_owned(), campaign_response("The campaign."));
    json!({
        "/openapi.json": {
            "get": {
                "summary": "This document.",
                "security": [],
                "responses": { "200": { "description": "The OpenAPI document.", "content": { "application/json": {} } } }
            }
        },
        "/directory": {
            "get": {
                "summary": "The directory's verified real entries as a GeoJSON FeatureCollection (RFC 7946): public and read-only, for partner services and maps. Verified: not a sample, and checked (last_verified) within the last 180 days; stale entries are left out. Positions are [longitude, latitude]; an entry whose place is not known has a null geometry; location_precision is \"address\" or \"city\" (the city's centre, from the dataset named in location_source). Properties: name, kind, country, city, address, location_precision, location_source, phones, short_codes, website, hours, languages, services, represents, procedures, source, last_verified.",
                "security": [],
                "responses": { "200": { "description": "A FeatureCollection.", "content": { "application/geo+json": {} } } }
            }
        },
        "/campaigns": {
            "get": {
                "summary": "List campaigns, newest first, with their status; filtered and in pages.",
                "parameters": [
                    { "name": "status", "in": "query", "required": false, "schema": { "$ref": "#/components/schemas/Status" } },
                    { "name": "country", "in": "query", "required": false, "description": "Campaigns shown in this country: those that target it and those for every country.", "schema": { "type": "string", "pattern": "^[A-Za-z]{2}$" } },
                    { "name": "updated_since", "in": "query", "required": false, "description": "Only campaigns changed at or after this time.", "schema": { "type": "string", "format": "date-time" } },
                    { "name": "limit", "in": "query", "required": false, "schema": { "type": "integer", "minimum": 1, "maximum": 100, "default": 50 } },
                    { "name": "before", "in": "query", "required": false, "description": "The next_before of the previous page.", "schema": { "type": "integer", "minimum": 1 } }
                ],
                "responses": {
                    "200": { "description": "One page of campaigns.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CampaignList" } } } },
                    "400": error_response("An unknown or repeated parameter, or a value that is not valid."),
                    "401": error_response("No API token, or one that names no enabled account."),
                    "403": error_response("The account may not work on campaigns.")
                }
            },
            "post": {
                "summary": "Create a campaign (a draft).",
                "requestBody": {
                    "required": true,
                    "content": { "application/json": { "schema": { "$ref": "#/components/schemas/NewCampaign" } } }
                },
                "responses": create_responses
            }
        },
        "/campaigns/{slug}": {
            "get": {
                "summary": "A campaign's status, texts and delivery per locale.",
                "parameters": [slug_parameter()],
                "responses": status_responses
            },
            "put": {
                "summary": "Replace a campaign's targets and window.",
                "parameters": [slug_parameter()],
                "requestBody": {
                    "required": true,
                    "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CampaignSettings" } } }
                },
                "responses": settings_responses
            }
        },
        "/campaigns/{slug}/texts/{locale}": {
            "put": {
                "summary": "Set (or replace) one locale's text.",
                "parameters": [slug_parameter(), locale_parameter()],
                "requestBody": {
                    "required": true,
                    "content": { "application/json": { "schema": { "$ref": "#/components/schemas/TextInput" } } }
                },
                "responses": text_responses
            }
        },
        "/campaigns/{slug}/texts/{locale}/review": {
            "post": {
                "summary": "Mark one locale's text reviewed (the account's name and the time are recorded).",
                "parameters": [slug_parameter(), locale_parameter()],
                "responses": {
                    "200": campaign_response("Marked."),
                    "401": error_response("No API token, or one that names no enabled account."),
                    "403": error_response("The account may not do this, or the campaign targets countries outside its scope."),
                    "404": error_response("No such campaign or locale."),
                    "409": error_response("The locale has no text in this campaign.")
                }
            }
        },
        "/campaigns/{slug}/submit": {
            "post": step("Submit a draft for review.", "Submitted.", "Not a draft, or no text yet.")
        },
        "/campaigns/{slug}/return": {
            "post": step("Return a campaign in review to draft.", "Returned.", "Not in review.")
        },
        "/campaigns/{slug}/approve": {
            "post": step("Approve a campaign in review.", "Approved.", "Not in review, or a second person must approve (the account submitted it and the instance requires a second approver).")
        },
        "/campaigns/{slug}/publish": {
            "post": publish
        },
        "/campaigns/{slug}/stop": {
            "post": step("Stop a published campaign (its publisher or an admin): its kiosk banner goes within banner_check_seconds on every instance, and its queued messages are cancelled.", "Stopped; `cancelled` says how many queued messages were cancelled.", "Not published (a draft, in review, approved, or already stopped).")
        },
        "/campaigns/{slug}/corrections": {
            "post": corrections
        }
    })
}

fn security_schemes() -> Value {
    json!({
        "bearer": { "type": "http", "scheme": "bearer", "description": "An API token from `faro user token NAME`." }
    })
}

fn schemas() -> Value {
    let mut all = base_schemas();
    if let (Some(all), Value::Object(more)) = (all.as_object_mut(), list_schemas()) {
        all.extend(more);
    }
    all
}

/// The statuses and the list's answer (a second `json!`, which one would exceed the macro's
/// recursion limit).
fn list_schemas() -> Value {
    json!({
        "Status": { "type": "string", "enum": ["draft", "review", "approved", "published", "stopped"] },
        "CampaignList": {
            "type": "object",
            "required": ["campaigns", "next_before"],
            "properties": {
                "campaigns": { "type": "array", "items": { "$ref": "#/components/schemas/CampaignSummary" } },
                "next_before": { "type": "integer", "nullable": true, "description": "Give it as before for the next page; null on the last page." }
            }
        },
        "CampaignSummary": {
            "type": "object",
            "required": ["slug", "status", "revision", "corrects", "locales", "countries", "starts_at", "ends_at", "updated_at", "published_at", "stopped_at"],
            "properties": {
                "slug": { "type": "string" },
                "status": { "$ref": "#/components/schemas/Status" },
                "revision": { "type": "integer", "minimum": 1 },
                "corrects": { "type": "string", "nullable": true, "description": "For a correction: the slug of the first campaign it corrects." },
                "locales": { "type": "array", "items": { "$ref": "#/components/schemas/Locale" } },
                "countries": { "type": "array", "items": { "type": "string" } },
                "starts_at": { "type": "string", "format": "date-time" },
                "ends_at": { "type": "string", "format": "date-time" },
                "updated_at": { "type": "string", "format": "date-time" },
                "published_at": { "type": "string", "format": "date-time", "nullable": true },
                "stopped_at": { "type": "string", "format": "date-time", "nullable": true }
            }
        }
    })
}

fn base_schemas() -> Value {
    let locales: Vec<&str> = faro_core::Locale::ALL.iter().map(|l| l.tag()).collect();
    json!({
        "Locale": { "type": "string", "enum": locales },
        "Error": {
            "type": "object",
            "required": ["code", "message", "error"],
            "properties": {
                "code": { "type": "string", "description": "Stable, for programs: such as api-unauthorized or admin-bad-window." },
                "message": { "type": "string", "description": "For people, in the account's language, else Accept-Language's, else the instance's." },
                "error": { "type": "string", "description": "The same as message, for clients of the first version." }
            }
        },
        "NewCampaign": {
            "type": "object",
            "additionalProperties": false,
            "required": ["slug", "starts_at", "ends_at"],
            "properties": {
                "slug": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "minLength": 3, "maxLength": 48 },
                "locales": { "type": "array", "items": { "$ref": "#/components/schemas/Locale" }, "description": "Empty or absent: every locale." },
                "countries": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z]{2}$" }, "description": "ISO 3166-1 alpha-2 codes; empty or absent: every country. A publisher for one country must give exactly that one." },
                "starts_at": { "type": "string", "format": "date-time", "example": "2026-12-01T00:00:00Z" },
                "ends_at": { "type": "string", "format": "date-time", "example": "2027-06-01T00:00:00Z" }
            }
        },
        "CampaignSettings": {
            "type": "object",
            "additionalProperties": false,
            "required": ["starts_at", "ends_at"],
            "properties": {
                "locales": { "type": "array", "items": { "$ref": "#/components/schemas/Locale" }, "description": "Empty or absent: every locale." },
                "countries": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z]{2}$" }, "description": "ISO 3166-1 alpha-2 codes; empty or absent: every country. A publisher for one country must give exactly that one." },
                "starts_at": { "type": "string", "format": "date-time", "example": "2026-12-01T00:00:00Z" },
                "ends_at": { "type": "string", "format": "date-time", "example": "2027-06-01T00:00:00Z" }
            }
        },
        "TextInput": {
            "type": "object",
            "additionalProperties": false,
            "required": ["title", "body", "translation"],
            "properties": {
                "title": { "type": "string", "minLength": 1, "maxLength": faro_core::publishing::MAX_TITLE_CHARS },
                "body": { "type": "string", "minLength": 1, "maxLength": faro_core::publishing::MAX_BODY_CHARS, "description": "Markdown; raw HTML is removed." },
                "translation": { "type": "string", "enum": ["original", "machine"] }
            }
        },
        "Text": {
            "type": "object",
            "required": ["locale", "title", "body", "translation", "reviewed_by", "reviewed_at"],
            "properties": {
                "locale": { "$ref": "#/components/schemas/Locale" },
                "title": { "type": "string" },
                "body": { "type": "string" },
                "translation": { "type": "string", "enum": ["original", "machine", "reviewed"] },
                "reviewed_by": { "type": "string", "nullable": true },
                "reviewed_at": { "type": "string", "format": "date-time", "nullable": true }
            }
        },
        "Count": {
            "description": "Suppressed like the figures: a number rounded to 5, \"<5\" for a count under 5, or null when hidden so that a small count cannot be worked out from a total.",
            "oneOf": [
                { "type": "integer", "minimum": 0, "multipleOf": 5 },
                { "type": "string", "enum": ["<5"] }
            ],
            "nullable": true
        },
        "Counts": {
            "type": "object",
            "required": ["queued", "sent", "failed", "cancelled"],
            "properties": {
                "locale": { "type": "string", "description": "Only in per_locale: a locale's tag, \"unknown\", or \"other\" (every locale with fewer than 5 messages, summed)." },
                "queued": { "$ref": "#/components/schemas/Count" },
                "sent": { "$ref": "#/components/schemas/Count" },
                "failed": { "$ref": "#/components/schemas/Count", "description": "Failed, unsubscribed and expired together." },
                "cancelled": { "$ref": "#/components/schemas/Count", "description": "Not sent because the campaign was stopped or replaced by a correction first." }
            }
        },
        "Campaign": {
            "type": "object",
            "required": ["slug", "status", "locales", "countries", "starts_at", "ends_at", "created_by", "revision", "corrects", "resend", "texts", "missing_locales", "progress"],
            "properties": {
                "slug": { "type": "string" },
                "status": { "$ref": "#/components/schemas/Status" },
                "locales": { "type": "array", "items": { "$ref": "#/components/schemas/Locale" } },
                "countries": { "type": "array", "items": { "type": "string" } },
                "starts_at": { "type": "string", "format": "date-time" },
                "ends_at": { "type": "string", "format": "date-time" },
                "created_by": { "type": "string" },
                "submitted_by": { "type": "string", "nullable": true },
                "approved_by": { "type": "string", "nullable": true },
                "published_by": { "type": "string", "nullable": true },
                "published_at": { "type": "string", "format": "date-time", "nullable": true },
                "stopped_by": { "type": "string", "nullable": true, "description": "Who stopped it; for a revision replaced by a correction, whoever published the correction." },
                "stopped_at": { "type": "string", "format": "date-time", "nullable": true },
                "revision": { "type": "integer", "minimum": 1, "description": "1 for a first campaign, 2 for its first correction, and so on." },
                "corrects": { "type": "string", "nullable": true, "description": "For a correction: the slug of the first campaign it corrects." },
                "resend": { "type": "boolean", "description": "For a published correction: whether it was sent to the chats that received an earlier revision." },
                "texts": { "type": "array", "items": { "$ref": "#/components/schemas/Text" } },
                "missing_locales": { "type": "array", "items": { "$ref": "#/components/schemas/Locale" }, "description": "Targeted locales without a text of their own (their readers get a fallback)." },
                "progress": {
                    "type": "object",
                    "required": ["total", "per_locale"],
                    "properties": {
                        "total": { "$ref": "#/components/schemas/Counts" },
                        "per_locale": { "type": "array", "items": { "$ref": "#/components/schemas/Counts" } }
                    }
                },
                "queued": { "type": "integer", "description": "Only in the answer to publish: messages queued." },
                "cancelled": { "type": "integer", "description": "Only in the answer to stop: queued messages cancelled." }
            }
        }
    })
}

pub async fn serve() -> Response {
    Json(document()).into_response()
}
