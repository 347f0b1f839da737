//! Arguments for Fluent messages, with bidi isolation only where directions differ.

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::locale::{Direction, Locale};

const FIRST_STRONG_ISOLATE: char = '\u{2068}';
const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(value: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(value))
    }
}

impl From<String> for Arg<'_> {
    fn from(value: String) -> Self {
        Arg::Str(Cow::Owned(value))
    }
}

macro_rules! number_arg {
    ($($ty:ty),*) => {$(
        impl From<$ty> for Arg<'_> {
            fn from(value: $ty) -> Self {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize, f64);

/// The direction of the first strongly directional character, as the Unicode bidi algorithm's
/// "first strong" rule sees it; `None` for digits and punctuation only.
pub(crate) fn first_strong_direction(text: &str) -> Option<Direction> {
    text.chars().find_map(|c| {
        if is_rtl_char(c) {
            Some(Direction::Rtl)
        } else if c.is_alphabetic() {
            Some(Direction::Ltr)
        } else {
            None
        }
    })
}

fn is_rtl_char(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

pub(crate) fn to_fluent<'a>(locale: Locale, args: &'a [(&str, Arg<'a>)]) -> Option<FluentArgs<'a>> {
    if args.is_empty() {
        return None;
    }
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Number(number) => FluentValue::from(*number),
            Arg::Str(text) => match first_strong_direction(text) {
                Some(direction) if direction != locale.direction() => FluentValue::from(format!(
                    "{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"
                )),
                _ => FluentValue::from(text.as_ref()),
            },
        };
        fluent.set(*name, value);
    }
    Some(fluent)
}
