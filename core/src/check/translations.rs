//! Checks of `translations/<locale>/*.ftl` against English.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use crate::accounts::OPERATOR_LOCALES;
use crate::diagnostic::{Diagnostic, LineIndex};
use crate::i18n::parse_status_header;
use crate::locale::Locale;

/// A message or attribute key (`menu-topics`, `consent.title`) with where it is defined and the
/// variables it uses.
#[derive(Debug, Clone)]
struct KeyInfo {
    path: PathBuf,
    line: usize,
    variables: BTreeSet<String>,
}

type Keys = BTreeMap<String, KeyInfo>;

/// What operators read. Spanish, English and French must have every key of it (operators
/// read those, DESIGN.md); other locales may go without and read it through their fallback.
const OPERATOR_FILE: &str = "operators.ftl";

pub fn check_translations(dir: &Path) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let folders = match std::fs::read_dir(dir) {
        Ok(read) => read
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|p| p.is_dir())
            .collect::<Vec<_>>(),
        Err(error) => {
            diagnostics.push(Diagnostic::error(
                dir,
                1,
                format!("cannot read the translations folder: {error}"),
            ));
            return diagnostics;
        }
    };
    for folder in &folders {
        let name = folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Err(error) = name.parse::<Locale>() {
            diagnostics.push(Diagnostic::error(folder, 1, error.to_string()));
        }
    }

    let mut per_locale = BTreeMap::new();
    let mut file_names = BTreeMap::new();
    for locale in Locale::ALL {
        let folder = dir.join(locale.tag());
        let files = match crate::i18n::ftl_files_for_check(&folder) {
            Ok(files) if !files.is_empty() => files,
            Ok(_) => {
                diagnostics.push(Diagnostic::error(
                    &folder.join("faro.ftl"),
                    1,
                    format!(
                        "no translations for locale {locale} ({})",
                        locale.native_name()
                    ),
                ));
                continue;
            }
            Err(error) => {
                diagnostics.push(Diagnostic::error(&folder, 1, error.to_string()));
                continue;
            }
        };
        let names: BTreeSet<_> = files
            .iter()
            .filter_map(|path| path.file_name().map(ToOwned::to_owned))
            .collect();
        file_names.insert(locale, names);
        per_locale.insert(locale, read_locale(&files, &mut diagnostics));
    }

    let Some(english) = per_locale.get(&Locale::SOURCE) else {
        return diagnostics;
    };
    for (locale, keys) in &per_locale {
        if *locale == Locale::SOURCE {
            continue;
        }
        let main_file = dir.join(locale.tag()).join("faro.ftl");
        let own_files = &file_names[locale];
        let operators = OPERATOR_LOCALES.contains(locale);
        for (key, source) in english {
            let file = source.path.file_name();
            let operator_string = operators && file.is_some_and(|name| name == OPERATOR_FILE);
            // A file besides faro.ftl that only English has is read in this locale through
            // the fallback to English, so its keys are not missing here (operators.ftl in the
            // operators' languages excepted); a locale's own copy of the file must have them
            // all.
            let english_only = !operator_string
                && file.is_some_and(|name| name != "faro.ftl" && !own_files.contains(name));
            if english_only && !keys.contains_key(key) {
                continue;
            }
            let missing_in = if operator_string {
                dir.join(locale.tag()).join(OPERATOR_FILE)
            } else {
                main_file.clone()
            };
            match keys.get(key) {
                None => diagnostics.push(Diagnostic::error(
                    &missing_in,
                    1,
                    format!(
                        "missing key {key:?} (defined in {}:{})",
                        source.path.display(),
                        source.line
                    ),
                )),
                Some(translated) => {
                    for variable in translated.variables.difference(&source.variables) {
                        diagnostics.push(Diagnostic::error(
                            &translated.path,
                            translated.line,
                            format!(
                                "key {key:?} uses variable ${variable}, which en does not define"
                            ),
                        ));
                    }
                }
            }
        }
        for (key, translated) in keys {
            if !english.contains_key(key) {
                diagnostics.push(Diagnostic::error(
                    &translated.path,
                    translated.line,
                    format!("key {key:?} is not in en; remove it or add it to en first"),
                ));
            }
        }
    }
    diagnostics
}

fn read_locale(files: &[PathBuf], diagnostics: &mut Vec<Diagnostic>) -> Keys {
    let mut keys = Keys::new();
    for (position, path) in files.iter().enumerate() {
        let source = match std::fs::read_to_string(path) {
            Ok(source) => source,
            Err(error) => {
                diagnostics.push(Diagnostic::error(path, 1, format!("cannot read: {error}")));
                continue;
            }
        };
        if position == 0
            && let Err(error) = parse_status_header(&source)
        {
            diagnostics.push(Diagnostic::error(path, 1, error.to_string()));
        }
        let index = LineIndex::new(&source);
        let resource = match parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    diagnostics.push(Diagnostic::error(
                        path,
                        index.line_of(error.pos.start),
                        format!("Fluent syntax error: {}", error.kind),
                    ));
                }
                resource
            }
        };
        let lines = definition_lines(&source);
        for entry in &resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name;
            let line = lines.get(id).copied().unwrap_or(1);
            let mut found = Vec::new();
            if let Some(value) = &message.value {
                found.push((id.to_owned(), variables_of(value)));
            }
            for attribute in &message.attributes {
                found.push((
                    format!("{id}.{}", attribute.id.name),
                    variables_of(&attribute.value),
                ));
            }
            for (key, variables) in found {
                if let Some(first) = keys.get(&key) {
                    diagnostics.push(Diagnostic::error(
                        path,
                        line,
                        format!(
                            "key {key:?} is defined twice (first at {}:{})",
                            first.path.display(),
                            first.line
                        ),
                    ));
                    continue;
                }
                keys.insert(
                    key,
                    KeyInfo {
                        path: path.clone(),
                        line,
                        variables,
                    },
                );
            }
        }
    }
    keys
}

/// Lines where messages are defined: Fluent identifiers start a line at column 0.
fn definition_lines(source: &str) -> BTreeMap<&str, usize> {
    let mut lines = BTreeMap::new();
    for (number, line) in source.lines().enumerate() {
        let Some((name, _)) = line.split_once('=') else {
            continue;
        };
        let name = name.trim_end();
        let is_identifier = name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if is_identifier {
            lines.entry(name).or_insert(number + 1);
        }
    }
    lines
}

fn variables_of(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    collect_pattern(pattern, &mut found);
    found
}

fn collect_pattern(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, found);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => collect_inline(inline, found),
        Expression::Select { selector, variants } => {
            collect_inline(selector, found);
            for variant in variants {
                collect_pattern(&variant.value, found);
            }
        }
    }
}

fn collect_inline(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            collect_arguments(arguments, found)
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, found),
        _ => {}
    }
}

fn collect_arguments(arguments: &ast::CallArguments<&str>, found: &mut BTreeSet<String>) {
    for positional in &arguments.positional {
        collect_inline(positional, found);
    }
    for named in &arguments.named {
        collect_inline(&named.value, found);
    }
}
