//! The staff queue's rules: which requests an account sees and may act on, and which status
//! changes staff may make. Pure functions; the web pages ask them, the storage applies them.

use super::{IntakeError, Request, RequestStatus};
use crate::accounts::{Role, User};

/// What a queue page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QueueView {
    /// One shelter's requests.
    Shelter(String),
    /// Every shelter's, and those of people who gave no shelter (admins).
    Everywhere,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QueueRefusal {
    #[error("this account may not see that shelter's queue")]
    OtherShelter,
    #[error("this account has no queue")]
    NoQueue,
}

/// The queue `user` sees when asking for `asked` (a shelter id, or none for their default).
/// Staff see only their own shelter; admins any shelter, or every one.
pub fn view(user: &User, asked: Option<&str>) -> Result<QueueView, QueueRefusal> {
    match &user.role {
        Role::Staff { shelter } => match asked {
            Some(id) if id != shelter => Err(QueueRefusal::OtherShelter),
            _ => Ok(QueueView::Shelter(shelter.clone())),
        },
        Role::Admin => Ok(match asked {
            Some(id) => QueueView::Shelter(id.to_owned()),
            None => QueueView::Everywhere,
        }),
        Role::Publisher { .. } => Err(QueueRefusal::NoQueue),
    }
}

/// Whether `user` may act on `request`: staff on their shelter's requests only (a request of
/// another shelter, or of no shelter, is not theirs to see), admins on any.
pub fn may_act_on(user: &User, request: &Request) -> bool {
    match &user.role {
        Role::Admin => true,
        Role::Staff { shelter } => request.shelter_id.as_deref() == Some(shelter.as_str()),
        Role::Publisher { .. } => false,
    }
}

/// Whether a request may go from `from` to `to` by a staff action. Accepting from the queue
/// takes a waiting request; done and cancel end an open one; repeating an action is harmless.
pub fn check_change(from: RequestStatus, to: RequestStatus) -> Result<(), IntakeError> {
    use RequestStatus::*;
    let allowed: &[RequestStatus] = match to {
        Accepted => &[Waiting, Accepted],
        Done => &[Accepted, Done],
        Cancelled => &[Waiting, Accepted, Cancelled],
        Waiting => return Err(IntakeError::WrongStatus("open")),
    };
    if allowed.contains(&from) {
        Ok(())
    } else {
        Err(IntakeError::WrongStatus(from.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::Reference;
    use crate::locale::Locale;

    fn user(role: Role) -> User {
        User {
            id: 1,
            name: "u".into(),
            role,
            disabled: false,
            preferences: Default::default(),
        }
    }

    fn request(shelter: Option<&str>) -> Request {
        Request {
            id: 1,
            reference: Reference::random(),
            status: RequestStatus::Waiting,
            locale: Locale::Es,
            languages: vec![],
            shelter_id: shelter.map(str::to_owned),
            city: None,
            shared_origin: None,
            interpreter_id: None,
            notify_chat_id: None,
            created_at: 0,
            updated_at: 0,
            accepted_at: None,
            conversation_started_at: None,
            conversation_ended_at: None,
            escalation: crate::intake::Escalation::Local,
        }
    }

    #[test]
    fn staff_see_and_act_on_their_own_shelter_only() {
        let staff = user(Role::Staff {
            shelter: "a".into(),
        });
        assert_eq!(view(&staff, None), Ok(QueueView::Shelter("a".into())));
        assert_eq!(view(&staff, Some("a")), Ok(QueueView::Shelter("a".into())));
        assert_eq!(view(&staff, Some("b")), Err(QueueRefusal::OtherShelter));
        assert!(may_act_on(&staff, &request(Some("a"))));
        assert!(!may_act_on(&staff, &request(Some("b"))));
        assert!(!may_act_on(&staff, &request(None)));
    }

    #[test]
    fn admins_see_every_shelter_and_publishers_none() {
        let admin = user(Role::Admin);
        assert_eq!(view(&admin, None), Ok(QueueView::Everywhere));
        assert_eq!(view(&admin, Some("b")), Ok(QueueView::Shelter("b".into())));
        assert!(may_act_on(&admin, &request(None)));
        let publisher = user(Role::Publisher { country: None });
        assert_eq!(view(&publisher, None), Err(QueueRefusal::NoQueue));
        assert!(!may_act_on(&publisher, &request(Some("a"))));
    }

    #[test]
    fn staff_actions_move_a_request_forward_only() {
        use RequestStatus::*;
        assert!(check_change(Waiting, Accepted).is_ok());
        assert!(check_change(Accepted, Accepted).is_ok(), "a repeated click");
        assert!(check_change(Accepted, Done).is_ok());
        assert!(
            check_change(Waiting, Done).is_err(),
            "done needs someone to have accepted"
        );
        assert!(check_change(Done, Cancelled).is_err());
        assert!(check_change(Cancelled, Accepted).is_err());
        assert!(check_change(Accepted, Waiting).is_err());
    }
}
