//! What each role opens. The web pages and the API ask here and nowhere else; what a publisher
//! may change within campaigns is `publishing::permissions`, which staff request a staff member
//! may see is `intake::queue`.

use super::{Role, User};

/// Parts of the operators' site, each opened by some roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// A shelter's interpreter queue: its staff, and admins for every shelter.
    Queue,
    /// Aggregate figures, and the `/admin` home: admins and publishers.
    Figures,
    /// Campaigns and translation coverage: admins and publishers.
    Publishing,
    /// The audit log: admins only.
    Audit,
    /// The directory pages: every role, each to its own entries
    /// (`directory::permissions`).
    Directory,
}

/// Whether `user` may enter `area`. A disabled account enters nothing.
pub fn may_enter(user: &User, area: Area) -> bool {
    !user.disabled
        && matches!(
            (&user.role, area),
            (Role::Admin, _)
                | (_, Area::Directory)
                | (Role::Staff { .. }, Area::Queue)
                | (Role::Publisher { .. }, Area::Figures | Area::Publishing)
        )
}

/// Where an account lands after signing in.
pub fn home(user: &User) -> &'static str {
    match user.role {
        Role::Staff { .. } => "/staff",
        Role::Admin | Role::Publisher { .. } => "/admin",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::country::CountryCode;

    fn user(role: Role) -> User {
        User {
            id: 1,
            name: "someone".into(),
            role,
            disabled: false,
            preferences: Default::default(),
        }
    }

    #[test]
    fn each_role_opens_its_areas_and_no_other() {
        let staff = user(Role::Staff {
            shelter: "s".into(),
        });
        let publisher = user(Role::Publisher {
            country: CountryCode::parse("MX").ok(),
        });
        let admin = user(Role::Admin);
        let areas = [
            Area::Queue,
            Area::Figures,
            Area::Publishing,
            Area::Audit,
            Area::Directory,
        ];
        let opened = |who: &User| {
            areas
                .into_iter()
                .filter(|a| may_enter(who, *a))
                .collect::<Vec<_>>()
        };
        assert_eq!(opened(&staff), [Area::Queue, Area::Directory]);
        assert_eq!(
            opened(&publisher),
            [Area::Figures, Area::Publishing, Area::Directory]
        );
        assert_eq!(opened(&admin), areas);
        let mut disabled = admin.clone();
        disabled.disabled = true;
        assert!(opened(&disabled).is_empty());
    }
}
