//! Who may do what with campaigns. Admins: everything. Publishers for all countries: every
//! campaign. Publishers for one country: campaigns that target only that country. Staff:
//! nothing here. The second-person rule for approval is checked where approval happens.

use crate::accounts::{Role, User};

use super::{PublishError, Targets};

/// Whether `user` may see and work on campaigns at all (the list, previews, progress).
pub fn may_publish(user: &User) -> bool {
    !user.disabled && matches!(user.role, Role::Admin | Role::Publisher { .. })
}

/// Whether `user` may change, submit, approve or publish a campaign with these targets.
pub fn may_handle(user: &User, targets: &Targets) -> bool {
    if user.disabled {
        return false;
    }
    match &user.role {
        Role::Admin | Role::Publisher { country: None } => true,
        Role::Publisher {
            country: Some(country),
        } => !targets.countries.is_empty() && targets.countries.iter().all(|c| c == country),
        Role::Staff { .. } => false,
    }
}

pub(super) fn require(
    user: &User,
    targets: &Targets,
    what: &'static str,
) -> Result<(), PublishError> {
    if !may_publish(user) {
        return Err(PublishError::Forbidden(what));
    }
    if !may_handle(user, targets) {
        return Err(PublishError::OutsideScope);
    }
    Ok(())
}
