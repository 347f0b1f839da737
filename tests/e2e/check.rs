//! `faro check` end to end: exit codes and `path:line: message` output.

use crate::common::{copy_dir, faro, repo_root};

fn pack_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo_root().join("content"), &dir.path().join("content"));
    copy_dir(
        &repo_root().join("translations"),
        &dir.path().join("translations"),
    );
    dir
}

fn check(dir: &std::path::Path, strict: bool) -> (bool, String) {
    let mut command = faro();
    command
        .arg("check")
        .arg("--content")
        .arg(dir.join("content"))
        .arg("--translations")
        .arg(dir.join("translations"));
    if strict {
        command.arg("--strict");
    }
    let output = command.output().expect("run faro check");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

#[test]
fn the_shipped_pack_passes_strict() {
    let (ok, out) = check(&repo_root(), true);
    assert!(ok, "faro check --strict failed:\n{out}");
}

#[test]
fn a_broken_directory_file_fails_with_path_and_line() {
    let dir = pack_copy();
    let file = dir.path().join("content/directory/zz.toml");
    std::fs::write(
        &file,
        "[[entry]]\nid = \"zz-1\"\nkind = \"shelter\"\nname = \"x\"\ncountry = \"MX\"\ncity = \"Tapachula\"\nlat = 99.0\nlon = -92.0\ndemo = true\nsource = \"sample data\"\nlast_verified = 2026-11-20\n",
    )
    .unwrap();
    let (ok, out) = check(dir.path(), false);
    assert!(!ok);
    let expected = format!("{}:7: error: latitude 99 is out of range", file.display());
    assert!(out.lines().any(|line| line.starts_with(&expected)), "{out}");
}

#[test]
fn a_missing_translation_is_a_warning_unless_strict() {
    let dir = pack_copy();
    std::fs::remove_file(dir.path().join("content/topics/asylum/so.md")).unwrap();
    let (ok, out) = check(dir.path(), false);
    assert!(ok, "{out}");
    assert!(
        out.contains("warning: topic asylum has no so translation"),
        "{out}"
    );
    let (ok, out) = check(dir.path(), true);
    assert!(!ok);
    assert!(
        out.contains("error: topic asylum has no so translation"),
        "{out}"
    );
}

#[test]
fn a_file_only_english_has_is_read_in_english_everywhere() {
    let dir = pack_copy();
    let english = dir.path().join("translations/en/operators.ftl");
    assert!(english.exists(), "the operators' strings are English only");
    let (ok, out) = check(dir.path(), true);
    assert!(ok, "{out}");
    // A locale that has its own copy of the file must have every key of it.
    let spanish = dir.path().join("translations/es/operators.ftl");
    std::fs::write(&spanish, "### translation: machine\n\nop-brand = Faro\n").unwrap();
    let (ok, out) = check(dir.path(), true);
    assert!(!ok, "{out}");
    assert!(out.contains("missing key \"op-signin-title\""), "{out}");
    assert!(!out.contains("missing key \"op-brand\""), "{out}");
    assert!(
        !out.contains(&format!("{}/translations/fr/", dir.path().display())),
        "{out}"
    );
}
