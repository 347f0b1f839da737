//! A text longer than Telegram's 4,096-character limit arrives as several messages: the
//! person's app cuts it and sends the parts back to back. Answered part by part, the person
//! would get two or three answers to one message, each to half of it; joined, they get one.
//!
//! A part is recognised by its length: the apps cut close to the limit (at the last space or
//! line break before it), so a message near the limit is held for a moment for the next one
//! from the same chat, and a text that follows within that moment is joined to it.

use std::time::Duration;

use faro_core::dialog::Event;

use crate::incoming::Incoming;

/// A text this long (in UTF-16 units, as Telegram counts) may be the first part of a longer
/// one: the apps cut at a word or line break, so a part falls a little short of 4,096.
const PART_MIN_UTF16: usize = 3_500;

/// How long a part waits for the next: the app sends the parts together, within a second
/// even on a slow connection, and a person typing a second message takes longer.
pub(crate) const NEXT_PART_WITHIN: Duration = Duration::from_millis(1_500);

/// Whether `incoming` is a typed text long enough to have been cut.
pub(crate) fn may_continue(incoming: &Incoming) -> bool {
    text_of(incoming).is_some_and(|text| text.encode_utf16().count() >= PART_MIN_UTF16)
}

/// Joins `next` to `first` when `next` is typed text too; gives `next` back when it is
/// anything else (a button, a location), which is then handled on its own.
pub(crate) fn join(first: &mut Incoming, next: Incoming) -> Result<(), Incoming> {
    let Some(more) = text_of(&next) else {
        return Err(next);
    };
    let Incoming::Chat { input, .. } = first else {
        return Err(next);
    };
    let Event::Text(text) = &mut input.event else {
        return Err(next);
    };
    // The cut fell on a space or a line break that the parts do not keep.
    text.push('\n');
    text.push_str(more);
    Ok(())
}

/// The text of a new typed message (not a button, an edit or a caption).
fn text_of(incoming: &Incoming) -> Option<&str> {
    match incoming {
        Incoming::Chat {
            input,
            callback: None,
            original: Some(_),
            ..
        } => match &input.event {
            Event::Text(text) => Some(text),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use faro_core::dialog::Input;

    use super::*;
    use crate::incoming::{Original, OriginalKind};

    fn typed(text: &str) -> Incoming {
        Incoming::Chat {
            chat: 1,
            input: Input::new(Event::Text(text.to_owned())),
            callback: None,
            original: Some(Original {
                id: teloxide::types::MessageId(1),
                kind: OriginalKind::Text,
                voice_file: None,
            }),
        }
    }

    #[test]
    fn only_a_text_near_the_limit_waits_for_more() {
        assert!(!may_continue(&typed("¿Dónde puedo dormir esta noche?")));
        assert!(may_continue(&typed(&"palabra ".repeat(500))));
        // Counted as Telegram counts: an emoji is two units.
        assert!(may_continue(&typed(&"😀".repeat(1_750))));
        assert!(!may_continue(&typed(&"😀".repeat(1_749))));
        let voice = Incoming::Chat {
            chat: 1,
            input: Input::new(Event::Voice),
            callback: None,
            original: None,
        };
        assert!(!may_continue(&voice));
    }

    #[test]
    fn a_following_text_is_joined_and_anything_else_given_back() {
        let mut first = typed(&"a ".repeat(2_000));
        assert!(join(&mut first, typed("¿dónde duermo?")).is_ok());
        let Incoming::Chat { input, .. } = &first else {
            panic!("still a chat message");
        };
        assert_eq!(
            input.event,
            Event::Text(format!("{}\n¿dónde duermo?", "a ".repeat(2_000)))
        );
        let location = Incoming::Chat {
            chat: 1,
            input: Input::new(Event::Voice),
            callback: None,
            original: None,
        };
        assert!(join(&mut first, location).is_err());
    }
}
