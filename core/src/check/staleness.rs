//! Dates of checking that have grown old: a topic's `last_verified`, a source's `checked`, a
//! real directory entry's `last_verified`. What was true then may not be now; the warning says
//! who should look again. Sample (demo) entries are not facts, so they are not checked.

use time::{Date, Duration};

use crate::content::ContentPack;
use crate::diagnostic::Diagnostic;

/// About six months: laws, offices and numbers on this route change at least that often.
pub const DEFAULT_MAX_AGE_DAYS: u32 = 180;

pub(super) fn check(pack: &ContentPack, as_of: Date, max_age_days: u32) -> Vec<Diagnostic> {
    let oldest_fresh = as_of - Duration::days(i64::from(max_age_days));
    let mut found = Vec::new();
    let dir = pack.dir();
    for topic in pack.topics() {
        let meta = dir
            .join("topics")
            .join(topic.slug.as_str())
            .join("topic.toml");
        if topic.last_verified < oldest_fresh {
            found.push(Diagnostic::stale(
                &meta,
                1,
                format!(
                    "topic {} was last verified on {}, more than {max_age_days} days before {as_of}: check the page against its sources and update last_verified",
                    topic.slug, topic.last_verified
                ),
            ));
        }
        for source in &topic.sources {
            if source.checked < oldest_fresh {
                found.push(Diagnostic::stale(
                    &meta,
                    1,
                    format!(
                        "source {:?} was checked on {}, more than {max_age_days} days before {as_of}: read it again (it may have changed) and update checked",
                        source.id, source.checked
                    ),
                ));
            }
        }
    }
    for entry in pack.pack_directory().entries() {
        if !entry.demo && entry.last_verified < oldest_fresh {
            let file = dir.join("directory").join(format!(
                "{}.toml",
                entry.country.as_str().to_ascii_lowercase()
            ));
            found.push(Diagnostic::stale(
                &file,
                1,
                format!(
                    "directory entry {} was last verified on {}, more than {max_age_days} days before {as_of}: confirm it with the place itself or its source",
                    entry.id, entry.last_verified
                ),
            ));
        }
    }
    found
}
