//! A directory entry as the pages show it, with every label in the page's language.

use faro_core::content::{DirectoryEntry, LocationPrecision};

use crate::public::tr::Tr;

pub struct Dial {
    pub text: String,
    /// `tel:` link; never for a demo entry, whose numbers must not look callable.
    pub href: Option<String>,
}

pub struct EntryView<'a> {
    pub entry: &'a DirectoryEntry,
    pub kind: String,
    pub distance: Option<String>,
    pub represents: Option<String>,
    /// In the page's language; `None` when the directory does not know them.
    pub hours: Option<String>,
    pub languages: String,
    pub services: String,
    pub procedures: String,
    pub dials: Vec<Dial>,
    pub last_verified: String,
    pub demo_notice: Option<String>,
    pub demo_badge: Option<String>,
    /// A real entry not verified for over 180 days: readers are told to confirm first.
    pub stale_notice: Option<String>,
    /// Coordinates that are the city's centre, not the place's own: the distance and any map
    /// point are approximate, and readers are told so.
    pub city_level_notice: Option<String>,
    /// Shown as a link on the public site; on a kiosk screen only as text (a link would leave
    /// the kiosk for the open web).
    pub website_link: bool,
}

impl<'a> EntryView<'a> {
    pub fn new(
        tr: &Tr<'_>,
        entry: &'a DirectoryEntry,
        distance_km: Option<f64>,
        kiosk: bool,
    ) -> Self {
        let callable = !entry.demo;
        let mut dials: Vec<Dial> = entry
            .short_codes
            .iter()
            .map(|code| Dial {
                text: tr.with("emergency-dial", "number", &tr.ltr(code.as_str())),
                href: callable.then(|| format!("tel:{}", code.as_str())),
            })
            .collect();
        dials.extend(entry.phones.iter().map(|phone| Dial {
            text: tr.with("entry-call", "number", &tr.ltr(phone.as_str())),
            href: callable.then(|| phone.tel_uri()),
        }));
        EntryView {
            kind: tr.get(&format!("kind-{}", entry.kind.as_str())),
            distance: distance_km.map(|km| {
                let rounded = if km < 10.0 {
                    (km * 10.0).round() / 10.0
                } else {
                    km.round()
                };
                tr.count("directory-distance", "km", rounded)
            }),
            represents: entry
                .represents
                .map(|country| tr.with("entry-represents", "country", &tr.country(country))),
            hours: (!entry.hours.is_empty()).then(|| tr.hours(&entry.hours)),
            languages: tr.list(
                &entry
                    .languages
                    .iter()
                    .map(|tag| tr.language(tag))
                    .collect::<Vec<_>>(),
            ),
            services: tr.list(
                &entry
                    .services
                    .iter()
                    .map(|service| tr.get(&format!("service-{}", service.as_str())))
                    .collect::<Vec<_>>(),
            ),
            procedures: tr.list(
                &entry
                    .procedures
                    .iter()
                    .map(|procedure| tr.get(&format!("procedure-{}", procedure.as_str())))
                    .collect::<Vec<_>>(),
            ),
            dials,
            last_verified: tr.with(
                "notice-last-verified",
                "date",
                &tr.ltr(&entry.last_verified.to_string()),
            ),
            demo_notice: entry.demo.then(|| tr.get("notice-demo")),
            demo_badge: entry.demo.then(|| tr.get("badge-demo")),
            stale_notice: entry
                .is_stale(faro_core::directory::edit::day_of(
                    faro_core::clock::now_unix(),
                ))
                .then(|| tr.get("directory-stale")),
            city_level_notice: (entry.location.is_some()
                && entry.location_precision == LocationPrecision::City)
                .then(|| tr.get("directory-location-city")),
            website_link: !kiosk
                && entry
                    .website
                    .as_deref()
                    .is_some_and(|url| url.starts_with("https://")),
            entry,
        }
    }
}
