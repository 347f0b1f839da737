//! `faro serve` end to end: the real binary, a random port, a fresh data folder.

use faro_core::clock::now_unix;
use std::time::Duration;

use crate::common::{Server, faro, http_get};

#[test]
fn serves_health_creates_the_database_and_stops_cleanly_on_sigterm() {
    let mut server = Server::start(&[]);
    assert!(
        server.database_path().exists(),
        "SQLite file created on first start"
    );
    let (status, body) = http_get(&server.base_url, "/healthz");
    assert_eq!((status, body.trim()), (200, "ok"));

    let telegram_off = server.wait_for_log("FARO_TELEGRAM_TOKEN", Duration::from_secs(10));
    assert!(telegram_off.contains("off"), "{telegram_off}");

    let status = server.terminate();
    assert!(status.success(), "exit status {status:?}");
    server.wait_for_log("Faro stopped", Duration::from_secs(5));
}

#[test]
fn sigint_also_stops_it() {
    let mut server = Server::start(&[]);
    crate::common::signal(server.child.id(), "INT");
    let status = crate::common::wait_with_timeout(&mut server.child, Duration::from_secs(20));
    assert!(status.success(), "exit status {status:?}");
}

#[test]
fn secrets_stay_out_of_the_log() {
    let mut server = Server::start(&[("FARO_PUBLIC_URL", "https://kiosk.example")]);
    server.wait_for_log("starting Faro", Duration::from_secs(5));
    let log = server.log_lines.join("\n");
    assert!(
        log.contains("https://kiosk.example"),
        "configuration is logged: {log}"
    );
    server.terminate();
}

#[test]
fn a_bad_setting_fails_with_a_clear_message() {
    let output = faro()
        .args(["serve"])
        .env("FARO_LISTEN", "not-an-address")
        .output()
        .expect("run");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("listen"), "{stderr}");
}

#[test]
fn a_broken_content_pack_refuses_to_start() {
    let dir = tempfile::tempdir().unwrap();
    crate::common::copy_dir(
        &crate::common::repo_root().join("content"),
        &dir.path().join("content"),
    );
    std::fs::write(dir.path().join("content/directory/zz.toml"), "[[entry]\n").unwrap();
    let output = faro()
        .args(["serve", "--listen", "127.0.0.1:0", "--content"])
        .arg(dir.path().join("content"))
        .arg("--database-url")
        .arg(format!("sqlite://{}/faro.db", dir.path().display()))
        .output()
        .expect("run");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("faro check"), "{stderr}");
}

/// DESIGN.md's retention rule: declarations past their time are deleted by `faro serve`
/// itself, without anyone running a command.
#[test]
fn serve_deletes_expired_declarations_at_start() {
    use faro_core::Locale;
    use faro_core::intake::{LanguageTag, NewDeclaration, Origin, Subject};
    use faro_core::store::Store;

    let data_dir = tempfile::tempdir().expect("temp dir");
    let url = format!(
        "sqlite://{}",
        data_dir.path().join("data/faro.db").display()
    );
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (expired, current) = runtime.block_on(async {
        let store = Store::connect(&url).await.expect("database");
        let declare = |chat: i64| NewDeclaration {
            subject: Subject::Telegram(chat),
            locale: Locale::Es,
            origin: Origin::Undisclosed,
            share_origin: false,
            languages: vec![LanguageTag::parse("es").expect("tag")],
            shelter_id: None,
            city: None,
        };
        let expired = store
            .requests()
            .create(&declare(1), 90, now_unix() - 91 * 86_400)
            .await
            .expect("old request");
        let current = store
            .requests()
            .create(&declare(2), 90, now_unix())
            .await
            .expect("new request");
        store.close().await;
        (expired.id, current.id)
    });
    let mut server = Server::start_in(data_dir, &[]);
    server.wait_for_log("expired declarations deleted", Duration::from_secs(20));
    let status = server.terminate();
    assert!(status.success());
    runtime.block_on(async {
        let store = Store::connect(&url).await.expect("database");
        assert!(
            store.requests().get(expired).await.is_err(),
            "expired one deleted"
        );
        assert!(
            store.requests().get(current).await.is_ok(),
            "current one kept"
        );
        store.close().await;
    });
}

/// With WhatsApp configured, `faro serve` serves its webhook beside the kiosk (Meta's
/// verification handshake answered), its secrets stay out of the log, and half a WhatsApp
/// configuration (no number key) refuses to start.
#[test]
fn whatsapp_is_served_when_configured_and_refused_half_configured() {
    let env = [
        ("FARO_WHATSAPP_TOKEN", "EAAG-e2e-token-secret"),
        ("FARO_WHATSAPP_PHONE_NUMBER_ID", "106540352242922"),
        ("FARO_WHATSAPP_APP_SECRET", "e2e-app-secret-value"),
        ("FARO_WHATSAPP_VERIFY_TOKEN", "e2e-verify-token"),
        (
            "FARO_WHATSAPP_NUMBER_KEY",
            "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
        ),
        ("FARO_WHATSAPP_API_URL", "http://127.0.0.1:9/v23.0"),
    ];
    let mut server = Server::start(&env);
    server.wait_for_log(
        "WhatsApp receiving messages by webhook",
        Duration::from_secs(10),
    );
    let (status, body) = crate::common::http_get(
        &server.base_url,
        "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=e2e-verify-token&hub.challenge=4242",
    );
    assert_eq!((status, body.as_str()), (200, "4242"));
    let (status, _) = crate::common::http_get(
        &server.base_url,
        "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1",
    );
    assert_eq!(status, 403);
    let log = server.log_lines.join("\n");
    for secret in [
        "EAAG-e2e-token-secret",
        "e2e-app-secret-value",
        "e2e-verify-token",
        "00112233445566778899",
    ] {
        assert!(!log.contains(secret), "{secret} in the log: {log}");
    }
    assert!(server.terminate().success());

    let mut command = faro();
    command.args(["serve", "--listen", "127.0.0.1:0"]);
    for (key, value) in env
        .iter()
        .filter(|(key, _)| *key != "FARO_WHATSAPP_NUMBER_KEY")
    {
        command.env(key, value);
    }
    let output = command.output().expect("run");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("whatsapp_number_key"), "{stderr}");
}
