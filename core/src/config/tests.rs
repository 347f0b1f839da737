use std::path::PathBuf;

use super::*;

fn vars(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn defaults_run_as_they_are() {
    let config = Config::load(
        Path::new("/nonexistent/faro.toml"),
        vars(&[]),
        &Overrides::default(),
    )
    .unwrap();
    assert_eq!(config.listen.to_string(), "127.0.0.1:8080");
    assert_eq!(config.database_url, "sqlite://data/faro.db");
    assert_eq!(config.content_dir, PathBuf::from("content"));
    assert!(config.telegram_token.is_none());
    assert_eq!(config.kiosk_idle_seconds, 120);
    assert_eq!(config.retention_days, 90);
    assert_eq!(config.operator_language, crate::Locale::Es);
    assert_eq!(config.operator_time_zone, "America/Mexico_City");
}

#[test]
fn operators_language_and_time_zone_are_set_and_checked() {
    let env = vars(&[
        ("FARO_OPERATOR_LANGUAGE", "fr"),
        ("FARO_OPERATOR_TIME_ZONE", "America/Guatemala"),
    ]);
    let config = Config::load(Path::new("/nonexistent"), env, &Overrides::default()).unwrap();
    assert_eq!(config.operator_language, crate::Locale::Fr);
    assert_eq!(config.operator_time_zone, "America/Guatemala");
}

#[test]
fn flags_beat_environment_beats_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("faro.toml");
    std::fs::write(
        &file,
        "listen = \"127.0.0.1:7000\"\npublic_url = \"https://file.example\"\ncontent_dir = \"from-file\"\nretention_days = 30\n",
    )
    .unwrap();
    let env = vars(&[
        ("FARO_LISTEN", "127.0.0.1:7001"),
        ("FARO_PUBLIC_URL", "https://env.example"),
        ("HOME", "/root"),
    ]);
    let flags = Overrides {
        listen: Some("127.0.0.1:7002".parse().unwrap()),
        ..Default::default()
    };
    let config = Config::load(&file, env, &flags).unwrap();
    assert_eq!(config.listen.port(), 7002, "flag wins");
    assert_eq!(
        config.public_url, "https://env.example",
        "environment beats file"
    );
    assert_eq!(
        config.content_dir,
        PathBuf::from("from-file"),
        "file beats default"
    );
    assert_eq!(config.retention_days, 30);
}

#[test]
fn unrelated_faro_variables_are_ignored() {
    let env = vars(&[
        ("FARO_TEST_DATABASE_URL", "postgres://x"),
        ("FARO_CONFIG", "x.toml"),
    ]);
    assert!(Config::load(Path::new("/nonexistent"), env, &Overrides::default()).is_ok());
}

#[test]
fn a_typo_in_the_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("faro.toml");
    std::fs::write(&file, "lisen = \"127.0.0.1:1\"\n").unwrap();
    let error = Config::load(&file, vars(&[]), &Overrides::default()).unwrap_err();
    assert!(error.to_string().contains("lisen"), "{error}");
}

#[test]
fn bad_values_are_clear_errors() {
    for (key, value) in [
        ("FARO_LISTEN", "not an address"),
        ("FARO_DATABASE_URL", "mysql://x"),
        ("FARO_PUBLIC_URL", "ftp://x"),
        ("FARO_SEND_RATE_GLOBAL", "0"),
        ("FARO_OPERATOR_TIME_ZONE", "Central America"),
        ("FARO_OPERATOR_LANGUAGE", "klingon"),
    ] {
        let result = Config::load(
            Path::new("/nonexistent"),
            vars(&[(key, value)]),
            &Overrides::default(),
        );
        assert!(result.is_err(), "{key}={value} accepted");
    }
}

#[test]
fn secrets_never_show_in_debug() {
    let env = vars(&[
        ("FARO_TELEGRAM_TOKEN", "123456:SECRET-TOKEN"),
        ("FARO_DATABASE_URL", "postgres://faro:hunter2@db/faro"),
    ]);
    let config = Config::load(Path::new("/nonexistent"), env, &Overrides::default()).unwrap();
    let printed = format!("{config:?}");
    assert!(!printed.contains("SECRET-TOKEN"), "{printed}");
    assert!(!printed.contains("hunter2"), "{printed}");
    assert_eq!(
        config.telegram_token.as_ref().map(Secret::expose),
        Some("123456:SECRET-TOKEN")
    );
}

#[test]
fn the_log_format_and_backup_retention_come_from_every_layer() {
    let none = Path::new("/nonexistent/faro.toml");
    let defaults = Config::load(none, vars(&[]), &Overrides::default()).unwrap();
    assert_eq!(defaults.log_format, LogFormat::Text);
    assert_eq!(defaults.backup_retention_days, 30);

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("faro.toml");
    std::fs::write(&file, "log_format = \"json\"\nbackup_retention_days = 14\n").unwrap();
    let from_file = Config::load(&file, vars(&[]), &Overrides::default()).unwrap();
    assert_eq!(from_file.log_format, LogFormat::Json);
    assert_eq!(from_file.backup_retention_days, 14);

    let env = vars(&[
        ("FARO_LOG_FORMAT", "text"),
        ("FARO_BACKUP_RETENTION_DAYS", "7"),
    ]);
    let from_env = Config::load(&file, env.clone(), &Overrides::default()).unwrap();
    assert_eq!(from_env.log_format, LogFormat::Text);
    assert_eq!(from_env.backup_retention_days, 7);

    let flag = Overrides {
        log_format: Some(LogFormat::Json),
        ..Default::default()
    };
    assert_eq!(
        Config::load(&file, env, &flag).unwrap().log_format,
        LogFormat::Json
    );

    assert!(
        Config::load(
            none,
            vars(&[("FARO_LOG_FORMAT", "xml")]),
            &Overrides::default()
        )
        .is_err()
    );
    assert!(
        Config::load(
            none,
            vars(&[("FARO_BACKUP_RETENTION_DAYS", "0")]),
            &Overrides::default()
        )
        .is_err()
    );
    assert_eq!("json".parse::<LogFormat>(), Ok(LogFormat::Json));
    assert!("yaml".parse::<LogFormat>().is_err());
}

#[test]
fn metrics_listen_on_loopback_by_default_and_can_be_turned_off() {
    let none = Path::new("/nonexistent/faro.toml");
    let load = |pairs: &[(&str, &str)]| Config::load(none, vars(pairs), &Overrides::default());
    let defaults = load(&[]).unwrap();
    assert_eq!(
        defaults.metrics_address(),
        Ok(Some("127.0.0.1:9464".parse().unwrap()))
    );
    assert!(defaults.metrics_token.is_none());
    let off = load(&[("FARO_METRICS_LISTEN", "off")]).unwrap();
    assert_eq!(off.metrics_listen, MetricsListen::Off);
    assert_eq!(off.metrics_address(), Ok(None));

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("faro.toml");
    std::fs::write(&file, "metrics_listen = \"[::1]:9500\"\n").unwrap();
    let from_file = Config::load(&file, vars(&[]), &Overrides::default()).unwrap();
    assert_eq!(
        from_file.metrics_address(),
        Ok(Some("[::1]:9500".parse().unwrap()))
    );

    for bad in ["9464", "localhost", "on"] {
        assert!(
            load(&[("FARO_METRICS_LISTEN", bad)]).is_err(),
            "metrics_listen = {bad} accepted"
        );
    }
    // Beside the site on the same address would put it behind the same proxy.
    assert!(load(&[("FARO_METRICS_LISTEN", "127.0.0.1:8080")]).is_err());
}

#[test]
fn metrics_elsewhere_than_loopback_need_a_token_of_some_length() {
    let none = Path::new("/nonexistent/faro.toml");
    let load = |pairs: &[(&str, &str)]| Config::load(none, vars(pairs), &Overrides::default());
    let open = load(&[("FARO_METRICS_LISTEN", "0.0.0.0:9464")]).unwrap();
    assert_eq!(
        open.metrics_address(),
        Err(MetricsWithoutToken {
            address: "0.0.0.0:9464".parse().unwrap()
        })
    );
    let guarded = load(&[
        ("FARO_METRICS_LISTEN", "10.0.0.5:9464"),
        ("FARO_METRICS_TOKEN", "a-long-enough-scrape-token"),
    ])
    .unwrap();
    assert_eq!(
        guarded.metrics_address(),
        Ok(Some("10.0.0.5:9464".parse().unwrap()))
    );
    assert!(!format!("{guarded:?}").contains("a-long-enough-scrape-token"));
    assert!(load(&[("FARO_METRICS_TOKEN", "short")]).is_err());
}

#[test]
fn whatsapp_needs_its_secrets_and_a_number_key_and_never_prints_them() {
    let key = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    let full = [
        ("FARO_WHATSAPP_TOKEN", "EAAG-secret-token"),
        ("FARO_WHATSAPP_PHONE_NUMBER_ID", "106540352242922"),
        ("FARO_WHATSAPP_APP_SECRET", "app-secret-value"),
        ("FARO_WHATSAPP_VERIFY_TOKEN", "verify-token-value"),
        ("FARO_WHATSAPP_NUMBER_KEY", key),
        ("FARO_WHATSAPP_DISPLAY_NUMBER", "+15550783881"),
    ];
    let config = Config::load(
        Path::new("/nonexistent"),
        vars(&full),
        &Overrides::default(),
    )
    .unwrap();
    assert_eq!(config.whatsapp_api_url, "https://graph.facebook.com/v23.0");
    assert_eq!(config.whatsapp_send_rate, 80);
    let printed = format!("{config:?}");
    for secret in [
        "EAAG-secret-token",
        "app-secret-value",
        "verify-token-value",
        key,
    ] {
        assert!(!printed.contains(secret), "{printed}");
    }
    // Each one missing, with the token set, is an error that names it.
    for left_out in 1..full.len() - 1 {
        let without: Vec<(&str, &str)> = full
            .iter()
            .enumerate()
            .filter(|(index, _)| *index != left_out)
            .map(|(_, pair)| *pair)
            .collect();
        let error = Config::load(
            Path::new("/nonexistent"),
            vars(&without),
            &Overrides::default(),
        )
        .err()
        .unwrap_or_else(|| panic!("{} not required", full[left_out].0));
        let name = full[left_out].0.trim_start_matches("FARO_").to_lowercase();
        assert!(error.to_string().contains(&name), "{error}");
    }
    // A key that is not 32 bytes of hex, or a display number not in E.164.
    for (name, bad) in [
        ("FARO_WHATSAPP_NUMBER_KEY", "not-a-key"),
        ("FARO_WHATSAPP_DISPLAY_NUMBER", "555-0783"),
    ] {
        let mut with_bad = full.to_vec();
        with_bad.retain(|(key, _)| *key != name);
        with_bad.push((name, bad));
        assert!(
            Config::load(
                Path::new("/nonexistent"),
                vars(&with_bad),
                &Overrides::default()
            )
            .is_err(),
            "{name}={bad} accepted"
        );
    }
    // Without a token WhatsApp is off and nothing else is required.
    assert!(
        Config::load(Path::new("/nonexistent"), vars(&[]), &Overrides::default())
            .unwrap()
            .whatsapp_token
            .is_none()
    );
}

/// The configuration with no file, from these environment variables alone.
fn from_variables(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
    Config::load(
        Path::new("/nonexistent"),
        vars(pairs),
        &Overrides::default(),
    )
}

#[test]
fn synthetic_speech_is_an_allowlist_that_never_takes_a_locale_without_a_voice() {
    let load = |value: &str| from_variables(&[("FARO_TTS_LOCALES", value)]);
    let default = from_variables(&[]).unwrap();
    assert_eq!(default.tts_locales, crate::audio::with_voice());
    assert_eq!(default.audio_cache_dir, PathBuf::from("data/audio"));
    assert_eq!(
        load("ht, fa").unwrap().tts_locales,
        vec![crate::Locale::Ht, crate::Locale::Fa]
    );
    assert!(load("").unwrap().tts_locales.is_empty());
    for refused in ["ps", "fa,ti", "so"] {
        let error = load(refused).expect_err(refused).to_string();
        assert!(error.contains("tts_locales"), "{error}");
    }
    assert!(load("xx").is_err());
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        file.path(),
        "tts_locales = [\"es\", \"am\"]\naudio_cache_dir = \"/var/cache/faro\"\n",
    )
    .unwrap();
    let config = Config::load(file.path(), vars(&[]), &Overrides::default()).unwrap();
    assert_eq!(
        config.tts_locales,
        vec![crate::Locale::Es, crate::Locale::Am]
    );
    assert_eq!(config.audio_cache_dir, PathBuf::from("/var/cache/faro"));
}

#[test]
fn a_voices_pace_is_set_per_locale_within_espeaks_bounds() {
    let load = |value: &str| from_variables(&[("FARO_TTS_WORDS_PER_MINUTE", value)]);
    let default = from_variables(&[]).unwrap();
    assert!(default.tts_words_per_minute.is_empty());
    assert_eq!(
        load("zh-Hans=240, ar = 160").unwrap().tts_words_per_minute,
        [(crate::Locale::ZhHans, 240), (crate::Locale::Ar, 160)]
            .into_iter()
            .collect()
    );
    assert!(load("").unwrap().tts_words_per_minute.is_empty());
    for refused in ["ps=200", "fa=79", "fa=451", "fa", "fa=fast", "xx=200"] {
        let error = load(refused).expect_err(refused).to_string();
        assert!(error.contains("tts_words_per_minute"), "{refused}: {error}");
    }
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), "[tts_words_per_minute]\n\"zh-Hans\" = 230\n").unwrap();
    let config = Config::load(file.path(), vars(&[]), &Overrides::default()).unwrap();
    assert_eq!(
        config.tts_words_per_minute,
        [(crate::Locale::ZhHans, 230)].into_iter().collect()
    );
}

#[test]
fn whatsapp_templates_per_locale_with_a_bridge_language_where_meta_has_none() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("faro.toml");
    std::fs::write(
        &file,
        "whatsapp_daily_limit = 2000\n\
         [whatsapp_templates.es]\nname = \"faro_alerta\"\nlanguage = \"es_MX\"\n\
         [whatsapp_templates.ht]\nname = \"faro_alerte_pont\"\nlanguage = \"fr\"\n",
    )
    .unwrap();
    let config = Config::load(&file, vars(&[]), &Overrides::default()).unwrap();
    assert_eq!(config.whatsapp_daily_limit, 2000);
    let ht = &config.whatsapp_templates[&crate::Locale::Ht];
    assert_eq!(ht.language, "fr");
    assert!(ht.is_bridge_for(crate::Locale::Ht));
    assert!(!config.whatsapp_templates[&crate::Locale::Es].is_bridge_for(crate::Locale::Es));
    // The default tier, and no templates: WhatsApp readers outside the window wait.
    let plain = Config::load(Path::new("/nonexistent"), vars(&[]), &Overrides::default()).unwrap();
    assert_eq!(plain.whatsapp_daily_limit, 250);
    assert!(plain.whatsapp_templates.is_empty());
    // A template "in Kreyòl" cannot exist at Meta; a template without a name is a mistake.
    for bad in [
        "[whatsapp_templates.ht]\nname = \"x\"\nlanguage = \"ht\"\n",
        "[whatsapp_templates.es]\nname = \" \"\nlanguage = \"es\"\n",
        "[whatsapp_templates.es]\nname = \"x\"\nlanguage = \"es-MX!\"\n",
    ] {
        std::fs::write(&file, bad).unwrap();
        let error = Config::load(&file, vars(&[]), &Overrides::default()).unwrap_err();
        assert!(
            error.to_string().contains("whatsapp_templates"),
            "{bad}: {error}"
        );
    }
}

#[test]
fn the_interpreters_notice_template_is_one_template_checked_as_the_campaigns_are() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("faro.toml");
    std::fs::write(
        &file,
        "[whatsapp_notice_template]\nname = \"faro_solicitud\"\nlanguage = \"es\"\n",
    )
    .unwrap();
    let config = Config::load(&file, vars(&[]), &Overrides::default()).unwrap();
    let template = config.whatsapp_notice_template.unwrap();
    assert_eq!(
        (template.name.as_str(), template.language.as_str()),
        ("faro_solicitud", "es")
    );
    let plain = Config::load(Path::new("/nonexistent"), vars(&[]), &Overrides::default()).unwrap();
    assert!(plain.whatsapp_notice_template.is_none());
    std::fs::write(
        &file,
        "[whatsapp_notice_template]\nname = \"\"\nlanguage = \"es\"\n",
    )
    .unwrap();
    let error = Config::load(&file, vars(&[]), &Overrides::default()).unwrap_err();
    assert!(
        error.to_string().contains("whatsapp_notice_template"),
        "{error}"
    );
}
