//! The kiosk machine's files, each rendered from the kiosk's address. Pure text, so each is
//! tested here; `scripts/check-units` has systemd itself verify the unit.

use std::fmt::Write as _;

use anyhow::bail;

/// The server's base URL and the shelter: the screen opens `<url>/k/<shelter>/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KioskAddress {
    base: String,
    shelter: String,
}

impl KioskAddress {
    /// `url` must be `http://` or `https://` and a host, with at most a path; only characters
    /// that need no quoting in a unit file, a shell script or JSON are accepted.
    pub fn new(url: &str, shelter: &str) -> anyhow::Result<Self> {
        let base = url.trim().trim_end_matches('/');
        let Some(rest) = base
            .strip_prefix("https://")
            .or_else(|| base.strip_prefix("http://"))
        else {
            bail!("--url {url:?} must start with https:// (or http:// on a local network)");
        };
        let host = rest.split('/').next().unwrap_or_default();
        if host.is_empty() {
            bail!(
                "--url {url:?} has no host: give the Faro server's address, such as https://faro.example.org"
            );
        }
        let allowed = |c: char| c.is_ascii_alphanumeric() || "-._~:/[]".contains(c);
        if let Some(bad) = base.chars().find(|&c| !allowed(c)) {
            bail!(
                "--url {url:?} contains {bad:?}: give only the server's address (letters, digits, \
                 - . _ ~ : / [ ]), without ?, # or spaces"
            );
        }
        Ok(KioskAddress {
            base: base.to_owned(),
            shelter: shelter.to_owned(),
        })
    }

    /// The page the screen opens: the shelter's language picker.
    pub fn page(&self) -> String {
        format!("{}/k/{}/", self.base, self.shelter)
    }

    /// The server's origin, for Chromium's allow list.
    fn origin(&self) -> String {
        let scheme_end = self.base.find("://").map_or(0, |at| at + 3);
        match self.base[scheme_end..].find('/') {
            Some(path) => self.base[..scheme_end + path].to_owned(),
            None => self.base.clone(),
        }
    }
}

pub struct KioskFile {
    pub name: &'static str,
    pub installed_at: &'static str,
    pub render: fn(&KioskAddress, &str) -> String,
}

pub const ALL: &[KioskFile] = &[
    KioskFile {
        name: "faro-kiosk.service",
        installed_at: "/etc/systemd/system/faro-kiosk.service",
        render: unit,
    },
    KioskFile {
        name: "chromium-policy.json",
        installed_at: "/etc/chromium/policies/managed/faro-kiosk.json",
        render: policy,
    },
    KioskFile {
        name: "logind.conf",
        installed_at: "/etc/systemd/logind.conf.d/faro-kiosk.conf",
        render: logind,
    },
    KioskFile {
        name: "install.sh",
        installed_at: "(run once with sudo)",
        render: install_script,
    },
];

/// Chromium's switches: full screen with no address bar or tabs (`--kiosk`), nothing kept
/// between two people (`--incognito`), no swipe back or forward, no pinch zoom, no dialog
/// about a crash or a translation.
const CHROMIUM_FLAGS: &[&str] = &[
    "--kiosk",
    "--incognito",
    "--ozone-platform=wayland",
    "--no-first-run",
    "--noerrdialogs",
    "--disable-infobars",
    "--disable-session-crashed-bubble",
    "--disable-pinch",
    "--overscroll-history-navigation=0",
    "--disable-features=TouchpadOverscrollHistoryNavigation,Translate",
    "--check-for-update-interval=31536000",
];

/// cage runs one program full screen and exits with it, so systemd restarts the pair.
fn unit(address: &KioskAddress, shelter_name: &str) -> String {
    let mut text = String::new();
    let _ = writeln!(
        text,
        "# Written by `faro kiosk-setup`: the kiosk screen of {shelter_name} ({shelter}).\n\
         # Install as /etc/systemd/system/faro-kiosk.service (install.sh does).\n\
         [Unit]\n\
         Description=Faro kiosk screen: Chromium in cage on tty1\n\
         After=systemd-user-sessions.service plymouth-quit-wait.service network-online.target\n\
         Wants=network-online.target\n\
         Conflicts=getty@tty1.service\n\
         After=getty@tty1.service\n\
         # Never give up restarting.\n\
         StartLimitIntervalSec=0\n\
         \n\
         [Service]\n\
         Type=simple\n\
         User=kiosk\n\
         PAMName=login\n\
         TTYPath=/dev/tty1\n\
         TTYReset=yes\n\
         TTYVHangup=yes\n\
         TTYVTDisallocate=yes\n\
         StandardInput=tty-fail\n\
         StandardOutput=journal\n\
         StandardError=journal\n\
         UtmpIdentifier=tty1\n\
         UtmpMode=user\n\
         Environment=XDG_SESSION_TYPE=wayland\n\
         ExecStart=/usr/bin/cage -d -- /usr/bin/chromium {flags} {page}\n\
         Restart=always\n\
         RestartSec=2\n\
         \n\
         [Install]\n\
         WantedBy=graphical.target",
        shelter = address.shelter,
        flags = CHROMIUM_FLAGS.join(" "),
        page = address.page(),
    );
    text
}

/// Chromium's managed policy: only the Faro server opens, nothing is saved or signed in, no
/// developer tools, downloads, printing or translation bar.
fn policy(address: &KioskAddress, _shelter_name: &str) -> String {
    let policy = serde_json::json!({
        "URLBlocklist": ["*"],
        "URLAllowlist": [address.origin()],
        "HomepageLocation": address.page(),
        "RestoreOnStartup": 4,
        "RestoreOnStartupURLs": [address.page()],
        "IncognitoModeAvailability": 2,
        "BrowserSignin": 0,
        "SyncDisabled": true,
        "PasswordManagerEnabled": false,
        "AutofillAddressEnabled": false,
        "AutofillCreditCardEnabled": false,
        "TranslateEnabled": false,
        "SpellcheckEnabled": false,
        "DeveloperToolsAvailability": 2,
        "DownloadRestrictions": 3,
        "PrintingEnabled": false,
        "AllowFileSelectionDialogs": false,
        "DefaultGeolocationSetting": 2,
        "DefaultNotificationsSetting": 2,
        "MetricsReportingEnabled": false,
        "SearchSuggestEnabled": false,
        "BookmarkBarEnabled": false,
        "BrowserGuestModeEnabled": false,
        "BrowserAddPersonEnabled": false,
    });
    format!("{policy:#}\n")
}

/// The machine never sleeps on its own: logind ignores idleness and the power keys.
fn logind(_address: &KioskAddress, _shelter_name: &str) -> String {
    "# Written by `faro kiosk-setup`: the kiosk never suspends.\n\
     # Install as /etc/systemd/logind.conf.d/faro-kiosk.conf (install.sh does).\n\
     [Login]\n\
     IdleAction=ignore\n\
     HandleSuspendKey=ignore\n\
     HandleHibernateKey=ignore\n\
     HandleLidSwitch=ignore\n\
     HandleLidSwitchExternalPower=ignore\n"
        .to_owned()
}

fn install_script(address: &KioskAddress, shelter_name: &str) -> String {
    format!(
        "#!/bin/sh\n\
         # Written by `faro kiosk-setup`: makes this Debian 12 machine the kiosk screen of\n\
         # {shelter_name} ({shelter}), opening {page}\n\
         # Run once, as root, from the folder it is in: sudo sh install.sh\n\
         set -eu\n\
         cd \"$(dirname \"$0\")\"\n\
         apt-get update\n\
         apt-get install -y --no-install-recommends cage chromium fonts-noto-core fonts-noto-cjk\n\
         # The screen runs as a user with no password and no shell.\n\
         id kiosk >/dev/null 2>&1 || useradd --create-home --shell /usr/sbin/nologin --groups video,input,render kiosk\n\
         install -D -m 0644 faro-kiosk.service /etc/systemd/system/faro-kiosk.service\n\
         install -D -m 0644 chromium-policy.json /etc/chromium/policies/managed/faro-kiosk.json\n\
         install -D -m 0644 logind.conf /etc/systemd/logind.conf.d/faro-kiosk.conf\n\
         # Never sleep, suspend or hibernate.\n\
         systemctl mask sleep.target suspend.target hibernate.target hybrid-sleep.target\n\
         systemctl disable getty@tty1.service\n\
         systemctl set-default graphical.target\n\
         systemctl daemon-reload\n\
         systemctl enable faro-kiosk.service\n\
         echo \"Done. Restart the machine (sudo reboot): the screen opens {page}\"\n",
        shelter = address.shelter,
        page = address.page(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address() -> KioskAddress {
        KioskAddress::new("https://faro.example.org/", "demo-tapachula-shelter-1").unwrap()
    }

    #[test]
    fn the_address_is_the_shelters_picker_on_the_server() {
        let address = address();
        assert_eq!(
            address.page(),
            "https://faro.example.org/k/demo-tapachula-shelter-1/"
        );
        assert_eq!(address.origin(), "https://faro.example.org");
        let local = KioskAddress::new("http://192.168.1.20:8080/faro", "s").unwrap();
        assert_eq!(local.page(), "http://192.168.1.20:8080/faro/k/s/");
        assert_eq!(local.origin(), "http://192.168.1.20:8080");
    }

    #[test]
    fn an_address_that_would_need_quoting_is_refused() {
        for bad in [
            "faro.example.org",
            "ftp://faro.example.org",
            "https://",
            "https://faro.example.org/?x=1",
            "https://faro.example.org/a b",
            "https://faro.example.org/%41",
            "https://faro.example.org/$HOME",
            "https://faro.example.org/\"",
        ] {
            assert!(KioskAddress::new(bad, "s").is_err(), "{bad}");
        }
    }

    #[test]
    fn the_unit_runs_chromium_locked_down_in_cage_and_restarts_it() {
        let unit = unit(&address(), "Albergue (ejemplo)");
        let exec = unit
            .lines()
            .find(|line| line.starts_with("ExecStart="))
            .unwrap();
        assert!(exec.starts_with("ExecStart=/usr/bin/cage -d -- /usr/bin/chromium --kiosk "));
        assert!(exec.ends_with(" https://faro.example.org/k/demo-tapachula-shelter-1/"));
        for flag in [
            "--incognito",
            "--disable-pinch",
            "--overscroll-history-navigation=0",
            "TouchpadOverscrollHistoryNavigation",
        ] {
            assert!(exec.contains(flag), "{flag}");
        }
        for line in [
            "Restart=always",
            "StartLimitIntervalSec=0",
            "User=kiosk",
            "WantedBy=graphical.target",
        ] {
            assert!(unit.lines().any(|l| l == line), "{line}");
        }
    }

    #[test]
    fn the_policy_allows_only_the_faro_server() {
        let policy: serde_json::Value = serde_json::from_str(&policy(&address(), "x")).unwrap();
        assert_eq!(policy["URLBlocklist"], serde_json::json!(["*"]));
        assert_eq!(
            policy["URLAllowlist"],
            serde_json::json!(["https://faro.example.org"])
        );
        assert_eq!(policy["IncognitoModeAvailability"], 2);
        assert_eq!(policy["DeveloperToolsAvailability"], 2);
        assert_eq!(
            policy["HomepageLocation"],
            "https://faro.example.org/k/demo-tapachula-shelter-1/"
        );
    }

    #[test]
    fn the_install_script_puts_every_file_where_the_list_says() {
        let script = install_script(&address(), "x");
        for file in ALL.iter().filter(|file| file.name != "install.sh") {
            assert!(
                script.contains(&format!("{} {}", file.name, file.installed_at)),
                "{}",
                file.name
            );
        }
        assert!(script.contains("systemctl enable faro-kiosk.service"));
    }
}
