use std::collections::HashMap;
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use unic_langid::LanguageIdentifier;

use super::header::{HeaderError, parse_status_header};
use super::{LocaleStrings, Translations};
use crate::locale::Locale;

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: Fluent syntax errors (run `faro check` for lines)")]
    Syntax { path: PathBuf },
    #[error("{path}: {source}")]
    Header { path: PathBuf, source: HeaderError },
    #[error("{path}: message defined twice: {ids}")]
    Duplicate { path: PathBuf, ids: String },
    #[error("{dir}: no translations for {locale} (expected {dir}/{locale}/faro.ftl)")]
    MissingLocale { dir: PathBuf, locale: Locale },
}

pub(super) fn load_dir(dir: &Path) -> Result<Translations, LoadError> {
    let mut locales = HashMap::new();
    for locale in Locale::ALL {
        let folder = dir.join(locale.tag());
        let files = ftl_files(&folder)?;
        if files.is_empty() {
            return Err(LoadError::MissingLocale {
                dir: dir.to_owned(),
                locale,
            });
        }
        locales.insert(locale, load_locale(locale, &files)?);
    }
    Ok(Translations {
        locales,
        dir: dir.to_owned(),
    })
}

/// The `.ftl` files of one locale folder, `faro.ftl` first, then the rest by name.
pub(crate) fn ftl_files(folder: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(LoadError::Io {
                path: folder.to_owned(),
                source,
            });
        }
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|source| LoadError::Io {
            path: folder.to_owned(),
            source,
        })?;
        let path = entry.path();
        if path.extension().is_some_and(|ext| ext == "ftl") {
            files.push(path);
        }
    }
    files.sort_by_key(|path| {
        (
            path.file_name().is_none_or(|name| name != "faro.ftl"),
            path.clone(),
        )
    });
    Ok(files)
}

fn load_locale(locale: Locale, files: &[PathBuf]) -> Result<LocaleStrings, LoadError> {
    let langid: LanguageIdentifier = locale
        .tag()
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    let mut status = None;
    for path in files {
        let source = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
            path: path.clone(),
            source,
        })?;
        // The header of the main file speaks for the locale.
        if status.is_none() {
            status = Some(
                parse_status_header(&source).map_err(|source| LoadError::Header {
                    path: path.clone(),
                    source,
                })?,
            );
        }
        let resource = FluentResource::try_new(source)
            .map_err(|_| LoadError::Syntax { path: path.clone() })?;
        bundle
            .add_resource(resource)
            .map_err(|errors| LoadError::Duplicate {
                path: path.clone(),
                ids: errors
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            })?;
    }
    let status = status.ok_or(LoadError::Header {
        path: files[0].clone(),
        source: HeaderError::Missing,
    })?;
    Ok(LocaleStrings { bundle, status })
}
