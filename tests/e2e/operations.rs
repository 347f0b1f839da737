//! Running Faro for real: `faro backup` and `faro restore` beside a running server, and the log
//! as JSON.

use std::io::{BufRead, BufReader};
use std::process::{Output, Stdio};
use std::time::Duration;

use crate::common::{Server, faro};

fn run(database: &std::path::Path, args: &[&str], lang: &str) -> Output {
    faro()
        .args(args)
        .env(
            "FARO_DATABASE_URL",
            format!("sqlite://{}", database.display()),
        )
        .env("LANG", lang)
        .stdin(Stdio::null())
        .output()
        .expect("run faro")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_backup_is_taken_while_faro_serves_and_restored_once_it_has_stopped() {
    let mut server = Server::start(&[]);
    let database = server.database_path();
    let backups = tempfile::tempdir().unwrap();
    let copy = backups.path().join("faro-backup.db");
    let copy_arg = copy.to_str().unwrap();

    let backup = run(&database, &["backup", copy_arg], "en_US.UTF-8");
    assert!(backup.status.success(), "{}", text(&backup.stderr));
    assert!(text(&backup.stdout).contains("Backup written to"));
    assert!(copy.exists());

    let again = run(&database, &["backup", copy_arg], "es_MX.UTF-8");
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("ya existe"),
        "{}",
        text(&again.stderr)
    );

    // Not while the server runs, and the operator is told why in their language.
    let refused = run(&database, &["restore", copy_arg], "es_MX.UTF-8");
    assert!(!refused.status.success());
    assert!(
        text(&refused.stderr).contains("Un faro serve está usando"),
        "{}",
        text(&refused.stderr)
    );

    assert!(server.terminate().success());
    let restored = run(&database, &["restore", copy_arg], "fr_FR.UTF-8");
    assert!(restored.status.success(), "{}", text(&restored.stderr));
    assert!(
        text(&restored.stdout).contains("Vous pouvez maintenant démarrer Faro"),
        "{}",
        text(&restored.stdout)
    );
    // And Faro starts on it.
    let data_dir = std::mem::replace(&mut server.data_dir, tempfile::tempdir().unwrap());
    drop(server);
    let mut again = Server::start_in(data_dir, &[]);
    assert!(again.terminate().success());
}

#[test]
fn the_log_is_json_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = faro()
        .args(["serve", "--listen", "127.0.0.1:0", "--database-url"])
        .arg(format!("sqlite://{}/faro.db", dir.path().display()))
        .env("FARO_LOG_FORMAT", "json")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn faro serve");
    let stderr = child.stderr.take().expect("stderr");
    let (lines, seen) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let mut read = Vec::new();
    loop {
        let line = seen
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("no kiosk line; log so far:\n{}", read.join("\n")));
        let value: serde_json::Value = serde_json::from_str(&line)
            .unwrap_or_else(|error| panic!("not JSON ({error}): {line}"));
        assert!(value["level"].is_string(), "{line}");
        let message = value["fields"]["message"].as_str().unwrap_or_default();
        read.push(line.clone());
        if message.starts_with("kiosk on http://") {
            break;
        }
    }
    crate::common::signal(child.id(), "TERM");
    let status = crate::common::wait_with_timeout(&mut child, Duration::from_secs(20));
    assert!(status.success());
}
