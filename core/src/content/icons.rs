//! The topic icons, drawn for Faro and compiled into the binary (`core/data/icons/`), so every
//! screen draws the same picture whatever fonts it has. A topic names one in `topic.toml`.

macro_rules! icons {
    ($($name:literal),+ $(,)?) => {
        /// Every icon: its name and its SVG.
        pub const ALL: &[(&str, &str)] = &[
            $(($name, include_str!(concat!("../../data/icons/", $name, ".svg")))),+
        ];
    };
}

icons!(
    "building", "child", "document", "health", "house", "lifebuoy", "scales", "shield", "siren",
    "warning",
);

/// The SVG of the icon called `name`.
pub fn svg(name: &str) -> Option<&'static str> {
    ALL.iter()
        .find(|(candidate, _)| *candidate == name)
        .map(|(_, svg)| *svg)
}

/// The names, for a message that lists what may be chosen.
pub fn names() -> String {
    ALL.iter()
        .map(|(name, _)| *name)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_icon_is_a_48_pixel_svg_without_text_or_script() {
        assert_eq!(ALL.len(), 10);
        for (name, svg) in ALL {
            assert!(
                svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"48\" height=\"48\" viewBox=\"0 0 48 48\">"),
                "{name}"
            );
            for banned in ["<text", "<script", "href", "on", "<style"] {
                let found = if banned == "on" {
                    svg.contains(" on")
                } else {
                    svg.contains(banned)
                };
                assert!(!found, "{name} has {banned}");
            }
        }
        assert!(svg("shield").is_some());
        assert!(svg("🛡️").is_none());
    }
}
