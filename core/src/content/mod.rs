//! The content pack: topics and the directory, loaded from `content/`, validated, with lookups
//! that fall back along a locale's chain and say when they did.

pub mod directory;
mod frontmatter;
pub mod hours;
pub mod icons;
mod live;
mod load_campaigns;
mod load_directory;
mod load_topics;
pub mod markdown;
pub mod pack_toml;
mod toml_spans;
pub mod topic;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use directory::{
    Directory, DirectoryEntry, DirectoryFilter, EntryKind, GeoPoint, LocationPrecision, Procedure,
    Service,
};
pub use live::LiveDirectory;
pub use load_campaigns::{PackCampaign, PackCampaignText};
pub use load_directory::parse_entries;
pub use topic::{RecordingMeta, Topic, TopicSlug, TopicText};

use crate::diagnostic::Diagnostic;
use crate::locale::Locale;

/// A value found for a requested locale, possibly in another locale of its chain.
#[derive(Debug, Clone, Copy)]
pub struct Localized<'a, T> {
    pub value: &'a T,
    /// The locale the value is in.
    pub locale: Locale,
    /// The locale that was asked for.
    pub requested: Locale,
}

impl<T> Localized<'_, T> {
    /// True when the value is shown in another language than the one asked for.
    pub fn fell_back(&self) -> bool {
        self.locale != self.requested
    }
}

#[derive(Debug)]
pub struct ContentPack {
    dir: PathBuf,
    topics: Vec<Topic>,
    /// The directory as the pack's files have it: what a new database is seeded from.
    pack_directory: Arc<Directory>,
    /// The directory readers see: the database's, once `crate::directory` has read it.
    directory: LiveDirectory,
    campaigns: Vec<PackCampaign>,
}

#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("the content pack in {dir} has {} error(s); run `faro check --content {dir}` to list them", .errors.len())]
    Invalid {
        dir: PathBuf,
        errors: Vec<Diagnostic>,
    },
}

impl ContentPack {
    /// Loads the pack for serving: any error refuses it (warnings are returned for logging).
    pub fn load(dir: &Path) -> Result<(ContentPack, Vec<Diagnostic>), ContentError> {
        let (pack, diagnostics) = Self::scan(dir);
        let (errors, warnings): (Vec<_>, Vec<_>) =
            diagnostics.into_iter().partition(Diagnostic::is_error);
        if errors.is_empty() {
            Ok((pack, warnings))
        } else {
            Err(ContentError::Invalid {
                dir: dir.to_owned(),
                errors,
            })
        }
    }

    /// Reads everything it can and reports every problem; what is broken is left out.
    pub fn scan(dir: &Path) -> (ContentPack, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let topics = load_topics::load(&dir.join("topics"), &mut diagnostics);
        let entries = load_directory::load(&dir.join("directory"), &mut diagnostics);
        let campaigns = load_campaigns::load(&dir.join("campaigns"), &mut diagnostics);
        let pack_directory = Directory::new(entries);
        let pack = ContentPack {
            dir: dir.to_owned(),
            topics,
            directory: LiveDirectory::new(Directory::new(pack_directory.entries().to_vec())),
            pack_directory: Arc::new(pack_directory),
            campaigns,
        };
        (pack, diagnostics)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Topics in their `order`.
    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    pub fn topic(&self, slug: &str) -> Option<&Topic> {
        self.topics.iter().find(|topic| topic.slug.as_str() == slug)
    }

    /// Campaigns that ship with the pack (loaded into the database as drafts).
    pub fn campaigns(&self) -> &[PackCampaign] {
        &self.campaigns
    }

    /// The directory readers see now (the database's in a running instance).
    pub fn directory(&self) -> Arc<Directory> {
        self.directory.get()
    }

    /// The cell [`ContentPack::directory`] reads, for the code that refreshes it.
    pub fn live_directory(&self) -> &LiveDirectory {
        &self.directory
    }

    /// The directory as the pack's files have it.
    pub fn pack_directory(&self) -> &Directory {
        &self.pack_directory
    }
}

/// A folder of directory files alone (`faro directory import`, an export read back): its
/// valid entries and every problem found.
pub fn load_directory_folder(dir: &Path) -> (Directory, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let entries = load_directory::load(dir, &mut diagnostics);
    (Directory::new(entries), diagnostics)
}

impl Topic {
    /// The text in `locale`, or in the first locale of its chain that has one.
    pub fn text(&self, locale: Locale) -> Option<Localized<'_, TopicText>> {
        locale.chain().find_map(|candidate| {
            self.texts.get(&candidate).map(|value| Localized {
                value,
                locale: candidate,
                requested: locale,
            })
        })
    }
}

#[cfg(test)]
mod tests;
