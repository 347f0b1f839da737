//! Who may change which directory entry. The pages and the workflow ask here and nowhere
//! else: admins everything; focal points (publishers) the entries of their country, or of
//! every country when their account has none; a shelter's staff only their own shelter's
//! hours, services, languages and phones.

use crate::accounts::{Role, User};
use crate::country::CountryCode;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DirectoryAction {
    /// See the operators' list and an entry's page.
    See,
    /// Create, edit every field, verify, retire or bring back, settle a pack conflict.
    Manage,
    /// Change the hours, services, languages and phones only.
    EditShelterFields,
}

/// Whether `user` may take `action` on the entry `id` in `country` (for a new entry, the
/// country it is being made in).
pub fn may(user: &User, action: DirectoryAction, id: &str, country: CountryCode) -> bool {
    if user.disabled {
        return false;
    }
    match (&user.role, action) {
        (Role::Admin, _) => true,
        (Role::Publisher { country: scope }, _) => scope.is_none_or(|own| own == country),
        (Role::Staff { shelter }, DirectoryAction::See | DirectoryAction::EditShelterFields) => {
            shelter == id
        }
        (Role::Staff { .. }, DirectoryAction::Manage) => false,
    }
}

/// Whether `user` may open the directory pages at all (their list may still be empty).
pub fn may_open(user: &User) -> bool {
    !user.disabled
}

/// Whether `user` may make new entries in some country (the "new entry" link).
pub fn may_create(user: &User) -> bool {
    !user.disabled && matches!(user.role, Role::Admin | Role::Publisher { .. })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(role: Role) -> User {
        User {
            id: 1,
            name: "someone".into(),
            role,
            disabled: false,
            preferences: Default::default(),
        }
    }

    fn country(code: &str) -> CountryCode {
        CountryCode::parse(code).unwrap()
    }

    #[test]
    fn each_role_reaches_its_entries_and_no_other() {
        use DirectoryAction::*;
        let admin = user(Role::Admin);
        let mx_focal = user(Role::Publisher {
            country: Some(country("MX")),
        });
        let every_focal = user(Role::Publisher { country: None });
        let staff = user(Role::Staff {
            shelter: "mx-shelter".into(),
        });
        let (mx, gt) = (country("MX"), country("GT"));
        for action in [See, Manage, EditShelterFields] {
            assert!(may(&admin, action, "gt-x", gt));
            assert!(may(&mx_focal, action, "mx-y", mx));
            assert!(!may(&mx_focal, action, "gt-x", gt), "{action:?}");
            assert!(may(&every_focal, action, "gt-x", gt));
            assert!(!may(&staff, action, "mx-other", mx), "{action:?}");
        }
        assert!(may(&staff, See, "mx-shelter", mx));
        assert!(may(&staff, EditShelterFields, "mx-shelter", mx));
        assert!(!may(&staff, Manage, "mx-shelter", mx));
        assert!(may_create(&mx_focal) && may_create(&admin) && !may_create(&staff));
        let mut disabled = admin.clone();
        disabled.disabled = true;
        assert!(!may(&disabled, See, "gt-x", gt));
        assert!(!may_create(&disabled) && !may_open(&disabled));
    }
}
