//! The core's publishing errors as operators read them, with the status each deserves. The
//! pages and the JSON API share this table so that they answer alike.

use axum::http::StatusCode;
use faro_core::publishing::{MAX_BODY_CHARS, MAX_TITLE_CHARS, PublishError};
use faro_core::store::StoreError;

use crate::operators::error::StaffError;

/// The status and message of a refusal, or `None` for a server fault (logged, not shown).
pub fn explain(error: &PublishError) -> Option<(StatusCode, String)> {
    let (status, message) = match error {
        PublishError::BadSlug(slug) => (
            StatusCode::BAD_REQUEST,
            format!(
                "{slug:?} is not a campaign name: use 3 to 48 of a-z, 0-9 and '-', not starting or ending with '-'."
            ),
        ),
        PublishError::SlugTaken(slug) => (
            StatusCode::CONFLICT,
            format!("A campaign named {slug} already exists; choose another name."),
        ),
        PublishError::NoSuchCampaign => (StatusCode::NOT_FOUND, "No such campaign.".to_owned()),
        PublishError::Forbidden(what) => (
            StatusCode::FORBIDDEN,
            format!("Your account may not {what}."),
        ),
        PublishError::OutsideScope => (
            StatusCode::FORBIDDEN,
            "A publisher for one country can only work on campaigns that target that country \
             and no other."
                .to_owned(),
        ),
        PublishError::WrongStatus(status, what) => (
            StatusCode::CONFLICT,
            format!("The campaign is {status}, so it cannot {what}."),
        ),
        PublishError::BadWindow => (
            StatusCode::BAD_REQUEST,
            "The campaign must end after it starts.".to_owned(),
        ),
        PublishError::BadTitle => (
            StatusCode::BAD_REQUEST,
            format!("The title must be one line of 1 to {MAX_TITLE_CHARS} characters."),
        ),
        PublishError::BadBody => (
            StatusCode::BAD_REQUEST,
            format!(
                "The text must have 1 to {MAX_BODY_CHARS} characters that show as text (raw \
                 HTML is removed), and its translation must be original or machine."
            ),
        ),
        PublishError::NoText => (
            StatusCode::CONFLICT,
            "The campaign has no text yet; write at least one locale's text first.".to_owned(),
        ),
        PublishError::NoTextIn(locale) => (
            StatusCode::CONFLICT,
            format!("{locale} has no text in this campaign."),
        ),
        PublishError::SecondApproverRequired => (
            StatusCode::CONFLICT,
            "You submitted this campaign, so someone else must approve it.".to_owned(),
        ),
        PublishError::Store(_) => return None,
    };
    Some((status, message))
}

impl From<PublishError> for StaffError {
    fn from(error: PublishError) -> Self {
        match explain(&error) {
            None => StaffError::Store(Box::new(error)),
            Some((status, message)) => match status {
                StatusCode::NOT_FOUND => StaffError::NotFound,
                StatusCode::FORBIDDEN => StaffError::Refused(message),
                StatusCode::CONFLICT => StaffError::Conflict(message),
                _ => StaffError::Invalid(message),
            },
        }
    }
}

/// Delivery figures come straight from the store: any failure there is the server's.
impl From<StoreError> for StaffError {
    fn from(error: StoreError) -> Self {
        StaffError::Store(Box::new(error))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_have_their_statuses_and_faults_none() {
        let cases = [
            (PublishError::BadSlug("A".into()), StatusCode::BAD_REQUEST),
            (PublishError::SlugTaken("a-b".into()), StatusCode::CONFLICT),
            (PublishError::NoSuchCampaign, StatusCode::NOT_FOUND),
            (PublishError::Forbidden("publish"), StatusCode::FORBIDDEN),
            (PublishError::OutsideScope, StatusCode::FORBIDDEN),
            (
                PublishError::WrongStatus("draft", "be published"),
                StatusCode::CONFLICT,
            ),
            (PublishError::BadWindow, StatusCode::BAD_REQUEST),
            (PublishError::BadTitle, StatusCode::BAD_REQUEST),
            (PublishError::BadBody, StatusCode::BAD_REQUEST),
            (PublishError::NoText, StatusCode::CONFLICT),
            (PublishError::SecondApproverRequired, StatusCode::CONFLICT),
        ];
        for (error, status) in cases {
            assert_eq!(explain(&error).map(|(s, _)| s), Some(status), "{error}");
        }
        assert_eq!(explain(&PublishError::Store(StoreError::NotFound)), None);
    }
}
