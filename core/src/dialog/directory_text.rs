//! Directory entries as message text: the same layout for "help near me" and consulates,
//! with sample entries marked as such.

use crate::content::DirectoryEntry;
use crate::content::markdown::{escape_html, is_allowed_url};

use super::reply::Button;
use super::say::{Say, utf16_len};

/// Button labels longer than this are cut (clients cut them anyway, less gracefully).
const MAX_LABEL_CHARS: usize = 40;

pub(crate) struct EntryView<'a> {
    pub entry: &'a DirectoryEntry,
    pub distance_km: Option<f64>,
}

pub(crate) fn entry_html(say: Say<'_>, number: usize, view: &EntryView<'_>) -> String {
    let entry = view.entry;
    let mut lines = Vec::new();
    let mut title = format!(
        "<b>{number}. {}</b> — {}",
        escape_html(&entry.name),
        say.html(&format!("kind-{}", entry.kind.as_str()))
    );
    if entry.demo {
        title.push_str(&format!(" · <i>[{}]</i>", say.html("badge-demo")));
    }
    lines.push(title);
    if let Some(km) = view.distance_km {
        lines.push(say.html_with("directory-distance", &[("km", format_km(km).into())]));
    }
    let place: Vec<&str> = [entry.city.as_deref(), entry.address.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !place.is_empty() {
        lines.push(escape_html(&place.join(", ")));
    } else if entry.city.is_none() {
        lines.push(say.html("entry-nationwide"));
    }
    if let Some(hours) = &entry.hours {
        lines.push(format!(
            "{}: {}",
            say.html("entry-hours"),
            escape_html(hours)
        ));
    }
    let numbers: Vec<&str> = entry
        .short_codes
        .iter()
        .map(|code| code.as_str())
        .chain(entry.phones.iter().map(|phone| phone.as_str()))
        .collect();
    if !numbers.is_empty() {
        lines.push(format!(
            "{}: {}",
            say.html("entry-phone"),
            escape_html(&numbers.join(", "))
        ));
    }
    if !entry.procedures.is_empty() {
        let procedures: Vec<String> = entry
            .procedures
            .iter()
            .map(|p| say.plain(&format!("procedure-{}", p.as_str())))
            .collect();
        lines.push(format!(
            "{}: {}",
            say.html("entry-procedures"),
            escape_html(&procedures.join(", "))
        ));
    }
    lines.join("\n")
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
/// would not fit in one message are left out.
pub(crate) fn entries_message(say: Say<'_>, heading: &str, views: &[EntryView<'_>]) -> String {
    let limit = say.ctx.settings.max_message_len;
    let demo_notice = format!("<i>{}</i>", say.html("notice-demo"));
    let reserve = utf16_len(&demo_notice) + 4;
    let mut text = heading.to_owned();
    for (index, view) in views.iter().enumerate() {
        let block = entry_html(say, index + 1, view);
        if utf16_len(&text) + 2 + utf16_len(&block) + reserve > limit {
            break;
        }
        text.push_str("\n\n");
        text.push_str(&block);
    }
    if views.iter().any(|view| view.entry.demo) {
        text.push_str("\n\n");
        text.push_str(&demo_notice);
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
            https.then(|| vec![Button::link(label(&format!("🌐 {}", view.entry.name)), url)])
        })
        .collect()
}

pub(crate) fn label(text: &str) -> String {
    if text.chars().count() <= MAX_LABEL_CHARS {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(MAX_LABEL_CHARS - 1).collect();
    cut.push('…');
    cut
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
    fn long_labels_are_cut_with_an_ellipsis() {
        assert_eq!(label("short"), "short");
        let cut = label(&"x".repeat(60));
        assert_eq!(cut.chars().count(), MAX_LABEL_CHARS);
        assert!(cut.ends_with('…'));
    }
}
