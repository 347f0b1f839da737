//! What each `.ftl` file of a locale holds, for translation coverage: the keys it defines
//! (messages and their attributes, as `faro check` counts them) and the status its header
//! declares. Read from disk when asked, so coverage reflects the files as they are now.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_syntax::ast::Entry;
use fluent_syntax::parser;

use super::header::parse_status_header;
use super::load::{LoadError, ftl_files};
use crate::locale::Locale;
use crate::translation_status::TranslationStatus;

/// One `.ftl` file of a locale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FtlFile {
    /// The file name (`faro.ftl`), the same in every locale's folder.
    pub name: String,
    /// The file's own header, else the locale's main file's (which speaks for the locale).
    pub status: TranslationStatus,
    /// `message` and `message.attribute` keys defined in the file.
    pub keys: BTreeSet<String>,
    /// The file as written: a reviewer reads it beside the English, and a review remembers
    /// the English file's digest.
    pub source: String,
}

/// The files of `locale` under `dir` (`faro.ftl` first). A file that cannot be parsed in full
/// still counts the keys that parsed; `faro check` reports the rest.
pub fn locale_files(dir: &Path, locale: Locale) -> Result<Vec<FtlFile>, LoadError> {
    let mut files = Vec::new();
    let mut locale_status = None;
    for path in ftl_files(&dir.join(locale.tag()))? {
        let source = std::fs::read_to_string(&path).map_err(|source| LoadError::Io {
            path: path.clone(),
            source,
        })?;
        let own = parse_status_header(&source).ok();
        let status = own
            .clone()
            .or_else(|| locale_status.clone())
            .unwrap_or(TranslationStatus::Machine);
        if locale_status.is_none() {
            locale_status = own;
        }
        let resource = match parser::parse(source.as_str()) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        let mut keys = BTreeSet::new();
        for entry in &resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name;
            if message.value.is_some() {
                keys.insert(id.to_owned());
            }
            for attribute in &message.attributes {
                keys.insert(format!("{id}.{}", attribute.id.name));
            }
        }
        files.push(FtlFile {
            name: path
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default(),
            status,
            keys,
            source,
        });
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_list_their_keys_and_status() {
        let dir = tempfile::tempdir().unwrap();
        let fa = dir.path().join("fa");
        std::fs::create_dir_all(&fa).unwrap();
        std::fs::write(
            fa.join("faro.ftl"),
            "### translation: machine\n\na = A\nb = B\n    .title = T\n-term = x\n",
        )
        .unwrap();
        std::fs::write(
            fa.join("bot.ftl"),
            "### translation: reviewed\n### reviewed-by: Ana\n### reviewed-on: 2026-12-01\n\nc = C\n",
        )
        .unwrap();
        std::fs::write(fa.join("intake.ftl"), "d = D\n").unwrap();
        let files = locale_files(dir.path(), Locale::Fa).unwrap();
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["faro.ftl", "bot.ftl", "intake.ftl"]);
        assert_eq!(
            files[0].keys.iter().collect::<Vec<_>>(),
            ["a", "b", "b.title"]
        );
        assert_eq!(files[0].status, TranslationStatus::Machine);
        assert_eq!(files[1].status.label(), "reviewed");
        // No header of its own: the locale's.
        assert_eq!(files[2].status, TranslationStatus::Machine);
        assert!(locale_files(dir.path(), Locale::Am).unwrap().is_empty());
    }
}
