//! Running the real `faro` binary for end-to-end tests.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn faro() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_faro"));
    command.current_dir(repo_root());
    // The tests decide every setting; nothing leaks in from the developer's shell.
    for (key, _) in std::env::vars() {
        if key.starts_with("FARO_") {
            command.env_remove(key);
        }
    }
    command.env("RUST_LOG", "info");
    // Each server its own free port for /metrics (the default, 9464, is one per machine);
    // a test that is about it sets its own.
    command.env("FARO_METRICS_LISTEN", "127.0.0.1:0");
    // No synthetic speech (minutes of espeak-ng for the whole pack, on every start) unless a
    // test is about it and says where to keep it.
    command.env("FARO_TTS_LOCALES", "");
    command
}

/// A `faro serve` process on a random port with its own temporary database.
pub struct Server {
    pub child: Child,
    pub base_url: String,
    pub data_dir: tempfile::TempDir,
    log: mpsc::Receiver<String>,
    pub log_lines: Vec<String>,
}

impl Server {
    pub fn start(extra_env: &[(&str, &str)]) -> Server {
        Self::start_in(tempfile::tempdir().expect("temp dir"), extra_env)
    }

    /// Starts on the database in `data_dir` (a restart, or one a test filled beforehand).
    pub fn start_in(data_dir: tempfile::TempDir, extra_env: &[(&str, &str)]) -> Server {
        let database = data_dir.path().join("data/faro.db");
        let mut command = faro();
        command
            .args(["serve", "--listen", "127.0.0.1:0", "--database-url"])
            .arg(format!("sqlite://{}", database.display()))
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (key, value) in extra_env {
            command.env(key, value);
        }
        let mut child = command.spawn().expect("spawn faro serve");
        let stderr = child.stderr.take().expect("stderr");
        let (sender, log) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        let mut server = Server {
            child,
            base_url: String::new(),
            data_dir,
            log,
            log_lines: Vec::new(),
        };
        let line = server.wait_for_log("kiosk on http://", Duration::from_secs(60));
        let address = line
            .split("kiosk on http://")
            .nth(1)
            .expect("address")
            .trim()
            .to_owned();
        server.base_url = format!("http://{address}");
        server
    }

    /// Waits for a log line containing `needle` and returns it; panics with the log so far.
    pub fn wait_for_log(&mut self, needle: &str, timeout: Duration) -> String {
        let deadline = std::time::Instant::now() + timeout;
        if let Some(line) = self.log_lines.iter().find(|l| l.contains(needle)) {
            return line.clone();
        }
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.log.recv_timeout(left) {
                Ok(line) => {
                    self.log_lines.push(line.clone());
                    if line.contains(needle) {
                        return line;
                    }
                }
                Err(_) => panic!(
                    "no log line with {needle:?}; log so far:\n{}",
                    self.log_lines.join("\n")
                ),
            }
        }
    }

    pub fn database_path(&self) -> PathBuf {
        self.data_dir.path().join("data/faro.db")
    }

    /// Sends SIGTERM and waits for the exit status.
    pub fn terminate(&mut self) -> std::process::ExitStatus {
        signal(self.child.id(), "TERM");
        wait_with_timeout(&mut self.child, Duration::from_secs(20))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn signal(pid: u32, name: &str) {
    let status = Command::new("kill")
        .arg(format!("-{name}"))
        .arg(pid.to_string())
        .status()
        .expect("kill");
    assert!(status.success());
}

pub fn wait_with_timeout(child: &mut Child, timeout: Duration) -> std::process::ExitStatus {
    let deadline = std::time::Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "process did not exit in {timeout:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A minimal HTTP/1.1 GET over a plain socket: status code and body.
pub fn http_get(base_url: &str, path: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let address = base_url.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .expect("write");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read");
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .unwrap_or_default();
    (status, body)
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}
