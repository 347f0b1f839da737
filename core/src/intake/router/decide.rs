//! The router's decisions that need no database and no channel: who hears of a new request
//! first, what one message about held requests looks like, and which message id is kept.

use crate::relay::NotCarried;

/// Who is told of a request nobody has been told about.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Audience<T> {
    /// The shelter's or city's interpreters.
    Local(Vec<T>),
    /// Nobody local: the remote interpreters at once; the request is escalated to remote when
    /// there is anyone to tell (else it stays local, for someone linked later).
    Remote {
        interpreters: Vec<T>,
        escalate: bool,
    },
}

pub(super) fn audience<T>(local: Vec<T>, remote: Vec<T>) -> Audience<T> {
    if !local.is_empty() {
        return Audience::Local(local);
    }
    let escalate = !remote.is_empty();
    Audience::Remote {
        interpreters: remote,
        escalate,
    }
}

/// What the held requests of one interpreter go out as.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Shape<'a, T> {
    /// One request: its own notice, which can turn "taken".
    One(&'a T),
    /// Several: one message listing them all, with an Accept for each.
    Batch(&'a [T]),
}

pub(super) fn shape<T>(held: &[T]) -> Shape<'_, T> {
    match held {
        [one] => Shape::One(one),
        many => Shape::Batch(many),
    }
}

/// The message id stored with a notice: only an editable one (about a single request) that
/// went and whose channel gave an id; a failed send is marked sent without one.
pub(super) fn kept_message_id(
    editable: bool,
    sent: &Result<Option<i64>, NotCarried>,
) -> Option<i64> {
    match sent {
        Ok(id) if editable => *id,
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_local_interpreters_first_and_the_remote_ones_only_without_them() {
        assert_eq!(audience(vec![1, 2], vec![3]), Audience::Local(vec![1, 2]));
        assert_eq!(
            audience(Vec::new(), vec![3]),
            Audience::Remote {
                interpreters: vec![3],
                escalate: true
            }
        );
        // Nobody at all: not escalated, so that the first step still comes on time.
        assert_eq!(
            audience(Vec::<i32>::new(), Vec::new()),
            Audience::Remote {
                interpreters: Vec::new(),
                escalate: false
            }
        );
    }

    #[test]
    fn one_held_request_is_its_own_notice_and_several_are_one_message() {
        assert_eq!(shape(&[7]), Shape::One(&7));
        assert_eq!(shape(&[7, 8]), Shape::Batch(&[7, 8][..]));
    }

    #[test]
    fn only_an_editable_notice_that_went_keeps_its_message_id() {
        assert_eq!(kept_message_id(true, &Ok(Some(41))), Some(41));
        assert_eq!(kept_message_id(false, &Ok(Some(41))), None, "a batch");
        assert_eq!(kept_message_id(true, &Ok(None)), None, "no edits there");
        assert_eq!(
            kept_message_id(true, &Err(NotCarried::Unreachable)),
            None,
            "blocked: marked sent, nothing to edit"
        );
    }
}
