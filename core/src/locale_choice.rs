//! Which of Faro's locales a client asks for: a browser's `Accept-Language` list with its
//! q-values, or a POSIX locale such as `LANG=es_MX.UTF-8` for the command line. Region and
//! encoding do not matter (`es-MX` and `es_MX.UTF-8` are `es`); languages Faro lacks are
//! passed over for the next one asked for.

use crate::locale::Locale;

/// The locale a browser prefers most among those it names that Faro has, `None` when it
/// names none (or only `*`). Entries with equal weight keep the browser's order; `q=0` means
/// "not this one".
pub fn from_accept_language(header: &str) -> Option<Locale> {
    let mut ranked: Vec<(u16, usize, Locale)> = header
        .split(',')
        .enumerate()
        .filter_map(|(position, entry)| {
            let mut parts = entry.split(';');
            let tag = parts.next()?.trim();
            let weight = parts
                .filter_map(|parameter| {
                    let (name, value) = parameter.split_once('=')?;
                    (name.trim().eq_ignore_ascii_case("q")).then(|| quality(value.trim()))
                })
                .next()
                .unwrap_or(Some(1000))?;
            if weight == 0 || tag == "*" {
                return None;
            }
            Some((weight, position, Locale::from_language_code(tag)?))
        })
        .collect();
    ranked.sort_by_key(|(weight, position, _)| (std::cmp::Reverse(*weight), *position));
    ranked.first().map(|(_, _, locale)| *locale)
}

/// A q-value in thousandths (`0.8` → 800); `None` when it is not one (the entry is dropped).
fn quality(value: &str) -> Option<u16> {
    let number: f32 = value.parse().ok()?;
    (0.0..=1.0)
        .contains(&number)
        .then(|| (number * 1000.0).round() as u16)
}

/// The locale of a POSIX locale name (`LANG`, `LC_ALL`): `es_MX.UTF-8` → `es`; `C` and
/// `POSIX` name no language.
pub fn from_posix(value: &str) -> Option<Locale> {
    let name = value.split(['.', '@']).next().unwrap_or_default().trim();
    if name.is_empty() || name == "C" || name == "POSIX" {
        return None;
    }
    Locale::from_language_code(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_heaviest_known_language_wins_and_order_breaks_ties() {
        for (header, expected) in [
            ("es-MX,es;q=0.9,en;q=0.8", Some(Locale::Es)),
            ("es-MX", Some(Locale::Es)),
            ("en;q=0.5, fr;q=0.9", Some(Locale::Fr)),
            ("de-DE,de;q=0.9,fr;q=0.8,en;q=0.7", Some(Locale::Fr)),
            ("fr, en", Some(Locale::Fr)),
            ("en;q=0.8, es;q=0.8", Some(Locale::En)),
            ("es;q=0, en", Some(Locale::En)),
            ("FR-ca;Q=1", Some(Locale::Fr)),
            ("ht", Some(Locale::Ht)),
            ("de, it;q=0.5", None),
            ("*", None),
            ("", None),
            ("es;q=abc, en;q=0.1", Some(Locale::En)),
            ("es;q=2", None),
        ] {
            assert_eq!(from_accept_language(header), expected, "{header}");
        }
    }

    #[test]
    fn posix_names_give_their_language() {
        for (value, expected) in [
            ("es_MX.UTF-8", Some(Locale::Es)),
            ("fr_FR@euro", Some(Locale::Fr)),
            ("en_US", Some(Locale::En)),
            ("C.UTF-8", None),
            ("C", None),
            ("POSIX", None),
            ("", None),
            ("de_DE.UTF-8", None),
        ] {
            assert_eq!(from_posix(value), expected, "{value}");
        }
    }
}
