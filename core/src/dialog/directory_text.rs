//! Directory entries as message text: the same layout for "help near me" and consulates,
//! with sample entries marked as such.

use crate::content::DirectoryEntry;
use crate::content::hours;
use crate::content::markdown::is_allowed_url;
use crate::rich_text::{Block, Inline, RichText};

use super::reply::{Button, TITLE_LABEL_CHARS, cut_label};
use super::say::Say;

pub(crate) struct EntryView<'a> {
    pub entry: &'a DirectoryEntry,
    pub distance_km: Option<f64>,
}

/// One entry: its number, name and kind in bold on the first line, then one line for each of
/// distance, place, hours, numbers and procedures it has.
pub(crate) fn entry_block(say: Say<'_>, number: usize, view: &EntryView<'_>) -> Block {
    let entry = view.entry;
    let mut content = vec![
        Inline::bold(format!("{number}. {}", entry.name)),
        Inline::text(format!(
            " — {}",
            say.text(&format!("kind-{}", entry.kind.as_str()))
        )),
    ];
    if entry.demo {
        content.push(Inline::text(" · "));
        content.push(Inline::italic(format!("[{}]", say.text("badge-demo"))));
    }
    let mut lines = Vec::new();
    if entry.is_stale(crate::directory::edit::day_of(crate::clock::now_unix())) {
        lines.push(say.text("directory-stale"));
    }
    if let Some(km) = view.distance_km {
        lines.push(say.text_with("directory-distance", &[("km", format_km(km).into())]));
    }
    if entry.location.is_some() && !entry.location_precision.is_address() {
        // Its distance, if any, is to the city's centre: nobody should look for the door there.
        lines.push(say.text("directory-location-city"));
    }
    let place: Vec<&str> = [entry.city.as_deref(), entry.address.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !place.is_empty() {
        lines.push(place.join(", "));
    } else if entry.city.is_none() {
        lines.push(say.text("entry-nationwide"));
    }
    if !entry.hours.is_empty() {
        let hours = hours::describe(&entry.hours, say.locale, &|key, args| {
            say.text_with(key, args)
        });
        lines.push(format!("{}: {hours}", say.text("entry-hours")));
    }
    let numbers: Vec<String> = entry
        .short_codes
        .iter()
        .map(|code| code.as_str())
        .chain(entry.phones.iter().map(|phone| phone.as_str()))
        .map(|number| say.locale.keep_ltr(number))
        .collect();
    if !numbers.is_empty() {
        lines.push(format!(
            "{}: {}",
            say.text("entry-phone"),
            numbers.join(say.locale.list_separator())
        ));
    }
    if !entry.procedures.is_empty() {
        let procedures: Vec<String> = entry
            .procedures
            .iter()
            .map(|p| say.text(&format!("procedure-{}", p.as_str())))
            .collect();
        lines.push(format!(
            "{}: {}",
            say.text("entry-procedures"),
            procedures.join(", ")
        ));
    }
    for line in lines {
        content.push(Inline::text(format!("\n{line}")));
    }
    Block::Paragraph(content)
}

/// Distances as people read them: one decimal under 10 km, whole kilometres above.
pub(crate) fn format_km(km: f64) -> String {
    if km < 10.0 {
        format!("{km:.1}")
    } else {
        format!("{km:.0}")
    }
}

/// A list under a heading, with the "sample entry" notice when any entry is one; entries that
/// would not fit in one message (with the notice) are left out.
pub(crate) fn entries_message(say: Say<'_>, heading: Block, views: &[EntryView<'_>]) -> RichText {
    let limits = &say.ctx.limits;
    let demo_notice = Block::italic(say.text("notice-demo"));
    let mut text = RichText::from(heading);
    for (index, view) in views.iter().enumerate() {
        let block = entry_block(say, index + 1, view);
        let candidate = text.clone().then(block.clone());
        if !limits.fits(&candidate.clone().then(demo_notice.clone())) {
            break;
        }
        text = candidate;
    }
    if views.iter().any(|view| view.entry.demo) {
        text.push(demo_notice);
    }
    text
}

/// A link button for each entry with a website.
pub(crate) fn website_buttons(views: &[EntryView<'_>]) -> Vec<Vec<Button>> {
    views
        .iter()
        .filter_map(|view| {
            let url = view.entry.website.as_deref()?;
            let https = url.starts_with("https://") && is_allowed_url(url);
            https.then(|| {
                let label = cut_label(&format!("🌐 {}", view.entry.name), TITLE_LABEL_CHARS);
                vec![Button::link(label, url)]
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kilometres_are_rounded_for_reading() {
        assert_eq!(format_km(0.04), "0.0");
        assert_eq!(format_km(3.456), "3.5");
        assert_eq!(format_km(12.6), "13");
        assert_eq!(format_km(873.2), "873");
    }

    #[test]
    fn long_titles_are_cut_with_an_ellipsis() {
        assert_eq!(cut_label("short", TITLE_LABEL_CHARS), "short");
        let cut = cut_label(&"x".repeat(60), TITLE_LABEL_CHARS);
        assert_eq!(cut.chars().count(), TITLE_LABEL_CHARS);
        assert!(cut.ends_with('…'));
    }
}
