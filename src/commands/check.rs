use std::path::Path;
use std::process::ExitCode;

use faro_core::check;

/// Prints every problem; fails when there is at least one error.
pub fn run(content: &Path, translations: &Path, strict: bool) -> ExitCode {
    let diagnostics = check::run(content, translations, strict);
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
