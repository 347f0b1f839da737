//! Targets as operators send them (locale tags, country codes), parsed once for the pages and
//! the API alike. Duplicates are dropped; locales keep Faro's order.

use faro_core::Locale;
use faro_core::country::CountryCode;
use faro_core::publishing::Targets;

use crate::operators::strings::Said;

/// The targets, or why one was refused, in words for the operator.
pub fn parse<'a>(
    locales: impl IntoIterator<Item = &'a str>,
    countries: impl IntoIterator<Item = &'a str>,
) -> Result<Targets, Said> {
    let mut targets = Targets::default();
    for tag in locales {
        let locale: Locale = tag
            .parse()
            .map_err(|_| Said::new("op-admin-not-a-locale").with("tag", format!("{tag:?}")))?;
        if !targets.locales.contains(&locale) {
            targets.locales.push(locale);
        }
    }
    targets
        .locales
        .sort_by_key(|locale| Locale::ALL.iter().position(|l| l == locale));
    for code in countries {
        let country = CountryCode::parse(code)
            .map_err(|_| Said::new("op-admin-not-a-country").with("code", format!("{code:?}")))?;
        if !targets.countries.contains(&country) {
            targets.countries.push(country);
        }
    }
    Ok(targets)
}

/// Codes typed in one box: "MX GT", "mx, gt".
pub fn split_codes(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|code| !code.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_parse_dedup_and_refuse_unknowns() {
        let targets = parse(["fa", "en", "fa"], split_codes("mx, GT mx")).unwrap();
        assert_eq!(targets.locales, [Locale::En, Locale::Fa]);
        assert_eq!(
            targets
                .countries
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            ["MX", "GT"]
        );
        assert!(parse(["xx"], []).is_err());
        assert!(parse([], ["ZZ"]).is_err());
        assert_eq!(parse([], split_codes(" ")).unwrap(), Targets::default());
    }
}
