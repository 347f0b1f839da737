use std::collections::BTreeSet;
use std::path::Path;
use std::process::ExitCode;

use faro_core::Locale;
use faro_core::check;
use faro_core::diagnostic::Diagnostic;
use faro_core::i18n::locale_files;

/// Prints every problem; fails when there is at least one error.
pub fn run(content: &Path, translations: &Path, strict: bool) -> ExitCode {
    let diagnostics = check::run(content, translations, strict);
    let diagnostics = without_english_only_misses(diagnostics, translations);
    for diagnostic in &diagnostics {
        println!("{diagnostic}");
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    eprintln!("faro check: {errors} error(s), {warnings} warning(s)");
    if errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// A file that only English's folder has (`operators.ftl`, until it is translated) is read in
/// every other locale through the fallback to English, so a locale without its own copy of
/// the file misses nothing. Core's check wants every English key in every locale; this drops
/// what it reports for such files. A locale that has its own copy must still have every key
/// of it, and everything else core reports stands.
fn without_english_only_misses(
    diagnostics: Vec<Diagnostic>,
    translations: &Path,
) -> Vec<Diagnostic> {
    // Unreadable folders are already among the diagnostics.
    let Ok(english) = locale_files(translations, Locale::En) else {
        return diagnostics;
    };
    let mut forgiven = BTreeSet::new();
    for locale in Locale::ALL {
        let Ok(own) = locale_files(translations, locale) else {
            continue;
        };
        let main_file = translations.join(locale.tag()).join("faro.ftl");
        for file in &english {
            if own.iter().any(|mine| mine.name == file.name) {
                continue;
            }
            for key in &file.keys {
                forgiven.insert((main_file.clone(), format!("{key:?}")));
            }
        }
    }
    diagnostics
        .into_iter()
        .filter(|diagnostic| {
            // Core says `missing key "<key>" (defined in <file>:<line>)`.
            let key = diagnostic
                .message
                .strip_prefix("missing key ")
                .and_then(|rest| rest.split_once(" (defined in "))
                .map(|(key, _)| key.to_owned());
            !key.is_some_and(|key| forgiven.contains(&(diagnostic.path.clone(), key)))
        })
        .collect()
}
