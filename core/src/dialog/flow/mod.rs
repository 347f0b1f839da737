//! One file per flow of the conversation. Each function takes the `Turn`
//! (the state, and the language of the answer) and what the person did, and returns an
//! [`Outcome`](super::Outcome); none does I/O.

pub(crate) mod alerts;
pub(crate) mod consulate;
pub(crate) mod forget;
pub(crate) mod free_text;
pub(crate) mod inputs;
pub(crate) mod intake;
pub(crate) mod language;
pub(crate) mod menu;
pub(crate) mod near_me;
pub(crate) mod offer;
pub(crate) mod places;
pub(crate) mod relay;
pub(crate) mod start;
pub(crate) mod topics;

use super::reply::Button;

/// Buttons two to a row, for short labels such as language and country names.
pub(crate) fn pairs(buttons: Vec<Button>) -> Vec<Vec<Button>> {
    let mut rows = Vec::new();
    let mut iter = buttons.into_iter();
    while let Some(first) = iter.next() {
        let mut row = vec![first];
        row.extend(iter.next());
        rows.push(row);
    }
    rows
}
