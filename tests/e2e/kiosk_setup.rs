//! `faro kiosk-setup` end to end: the files of a shelter's kiosk screen, and a refusal that
//! names the problem for an id that is not a shelter.

use crate::common::faro;

#[test]
fn kiosk_setup_writes_the_unit_policy_and_install_script_for_a_shelter() {
    let out = tempfile::tempdir().unwrap();
    let output = faro()
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
        let output = faro()
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
