//! `faro kiosk-setup` end to end: the files of a shelter's kiosk screen, and a refusal that
//! names the problem for an id that is not a shelter; the shelter is looked up in the
//! database's directory, not the pack files.

use std::process::Command;

use crate::common::faro;

/// `faro` on its own temporary database.
fn faro_on(data: &tempfile::TempDir) -> Command {
    let mut command = faro();
    command.env(
        "FARO_DATABASE_URL",
        format!("sqlite://{}", data.path().join("faro.db").display()),
    );
    command
}

#[test]
fn kiosk_setup_writes_the_unit_policy_and_install_script_for_a_shelter() {
    let out = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let output = faro_on(&data)
        .args([
            "kiosk-setup",
            "--shelter",
            "demo-tapachula-shelter-1",
            "--url",
            "https://faro.example.org/",
            "--out",
        ])
        .arg(out.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout
            .contains("the screen will open https://faro.example.org/k/demo-tapachula-shelter-1/"),
        "{stdout}"
    );
    let read = |name: &str| std::fs::read_to_string(out.path().join(name)).unwrap();
    let unit = read("faro-kiosk.service");
    assert!(unit.contains("\nExecStart=/usr/bin/cage -d -- /usr/bin/chromium --kiosk "));
    assert!(unit.contains(" https://faro.example.org/k/demo-tapachula-shelter-1/\n"));
    assert!(unit.contains("\nRestart=always\n"));
    let policy: serde_json::Value = serde_json::from_str(&read("chromium-policy.json")).unwrap();
    assert_eq!(policy["URLAllowlist"][0], "https://faro.example.org");
    assert!(read("logind.conf").contains("IdleAction=ignore"));
    assert!(read("install.sh").contains("systemctl enable faro-kiosk.service"));
}

#[test]
fn kiosk_setup_refuses_an_id_that_is_not_a_shelter() {
    for (id, says) in [
        ("nope", "is not a directory id"),
        ("mx-comar-tapachula", "not a shelter"),
    ] {
        let out = tempfile::tempdir().unwrap();
        let data = tempfile::tempdir().unwrap();
        let output = faro_on(&data)
            .args([
                "kiosk-setup",
                "--shelter",
                id,
                "--url",
                "https://faro.example.org",
                "--out",
            ])
            .arg(out.path().join("kiosk"))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success());
        assert!(stderr.contains(says), "{id}: {stderr}");
        assert!(!out.path().join("kiosk").exists(), "{id}: nothing written");
    }
}

#[test]
fn kiosk_setup_finds_a_shelter_that_only_the_database_has() {
    let data = tempfile::tempdir().unwrap();
    let pack = tempfile::tempdir().unwrap();
    let run = |command: &mut Command| {
        let output = command.output().unwrap();
        assert!(
            output.status.success(),
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    run(faro_on(&data)
        .args(["directory", "export"])
        .arg(pack.path()));
    // A shelter added to this database (as the browser would; here by an import), in no
    // file of the repository's pack.
    let mx = pack.path().join("mx.toml");
    let mut text = std::fs::read_to_string(&mx).unwrap();
    text.push_str(
        "\n[[entry]]\nid = \"db-only-shelter\"\nkind = \"shelter\"\nname = \"Casa de prueba\"\n\
         country = \"MX\"\ncity = \"Tapachula\"\nphones = []\nlanguages = [\"es\"]\n\
         services = [\"shelter\"]\ndemo = true\nsource = \"test\"\nlast_verified = 2026-12-01\n",
    );
    std::fs::write(&mx, text).unwrap();
    run(faro_on(&data)
        .args(["directory", "import"])
        .arg(pack.path()));
    let repository_pack =
        std::fs::read_to_string(crate::common::repo_root().join("content/directory/mx.toml"))
            .unwrap();
    assert!(!repository_pack.contains("db-only-shelter"));
    let out = tempfile::tempdir().unwrap();
    let stdout = run(faro_on(&data)
        .args([
            "kiosk-setup",
            "--shelter",
            "db-only-shelter",
            "--url",
            "https://faro.example.org",
            "--out",
        ])
        .arg(out.path()));
    assert!(
        stdout.contains("https://faro.example.org/k/db-only-shelter/"),
        "{stdout}"
    );
    // Another database, which never had it, refuses it.
    let other = tempfile::tempdir().unwrap();
    let output = faro_on(&other)
        .args([
            "kiosk-setup",
            "--shelter",
            "db-only-shelter",
            "--url",
            "https://faro.example.org",
            "--out",
        ])
        .arg(out.path().join("again"))
        .output()
        .unwrap();
    assert!(!output.status.success());
}
