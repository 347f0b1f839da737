use super::*;
use crate::store::testing;

const PASSWORD: &str = "a long enough password";
const HERE: &str = "198.51.100.7";
const THERE: &str = "203.0.113.50";

fn work() -> PasswordWork {
    PasswordWork::new(2)
}

async fn sign_in(
    store: &crate::store::Store,
    name: &str,
    password: &str,
    address: &str,
    now: i64,
) -> Result<Authenticated, AccountError> {
    authenticate(
        store,
        &work(),
        Attempt {
            name,
            password,
            address,
        },
        now,
    )
    .await
}

async fn count(store: &crate::store::Store, table: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
        .fetch_one(store.pool())
        .await
        .unwrap()
}

fn staff(name: &str) -> NewUser {
    NewUser {
        name: name.into(),
        password: "a long enough password".into(),
        role: Role::Staff {
            shelter: "demo-shelter".into(),
        },
    }
}

#[tokio::test]
async fn users_sign_in_and_get_sessions() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let now = 1_800_000_000;
        let user = store
            .users()
            .create(&staff("Ana.Staff"), "cli", now)
            .await
            .unwrap();
        assert_eq!(user.name, "ana.staff");
        assert!(matches!(
            store.users().create(&staff("ana.staff"), "cli", now).await,
            Err(AccountError::NameTaken(_))
        ));
        assert!(matches!(
            sign_in(&store, "ana.staff", "wrong password!!", HERE, now).await,
            Err(AccountError::WrongCredentials)
        ));
        assert!(matches!(
            sign_in(&store, "nobody", PASSWORD, HERE, now).await,
            Err(AccountError::WrongCredentials)
        ));
        let signed_in = sign_in(&store, "ANA.STAFF", PASSWORD, HERE, now)
            .await
            .unwrap();
        assert_eq!(
            signed_in.failures_before, 1,
            "{}: told of the failure",
            db.name
        );
        let signed_in = signed_in.user;
        assert_eq!(
            signed_in.role,
            Role::Staff {
                shelter: "demo-shelter".into()
            }
        );

        let (token, session) = store.sessions().create(signed_in.id, now).await.unwrap();
        assert_eq!(
            store.sessions().get(&token, now + 10).await.unwrap(),
            Some(session.clone())
        );
        assert_eq!(
            store
                .sessions()
                .get(&token, now + sessions::SESSION_SECONDS + 1)
                .await
                .unwrap(),
            None,
            "{}: expired",
            db.name
        );
        assert_eq!(
            store
                .sessions()
                .get(&SessionToken("forged".into()), now)
                .await
                .unwrap(),
            None
        );
        // Only a hash of the token is stored.
        assert!(
            testing::tables_mentioning(&store, i64::MIN, &token.0)
                .await
                .is_empty(),
            "{}",
            db.name
        );

        store
            .users()
            .set_disabled("ana.staff", true, "admin", now)
            .await
            .unwrap();
        assert_eq!(
            store.sessions().get(&token, now + 10).await.unwrap(),
            None,
            "disabling ends sessions"
        );
        assert!(matches!(
            sign_in(&store, "ana.staff", PASSWORD, HERE, now).await,
            Err(AccountError::WrongCredentials)
        ));
    }
}

#[tokio::test]
async fn a_stranger_slows_only_themselves_and_the_holder_is_told() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let name = db.name;
        let now = 1_800_000_000;
        store
            .users()
            .create(&staff("bo.staff"), "cli", now)
            .await
            .unwrap();
        for attempt in 0..5 {
            assert!(matches!(
                sign_in(
                    &store,
                    " BO.STAFF ",
                    "wrong wrong wrong",
                    THERE,
                    now + attempt
                )
                .await,
                Err(AccountError::WrongCredentials)
            ));
        }
        // From the stranger's address, even the right password waits its minute…
        assert!(
            matches!(
                sign_in(&store, "bo.staff", PASSWORD, THERE, now + 10).await,
                Err(AccountError::TooManyAttempts {
                    retry_after_seconds: 54
                })
            ),
            "{name}"
        );
        // …but the holder, from their own address, is let in, and told.
        let holder = sign_in(&store, "bo.staff", PASSWORD, HERE, now + 11)
            .await
            .unwrap();
        assert_eq!(holder.failures_before, 5, "{name}");
        assert_eq!(holder.last_failure_at, Some(now + 4), "{name}");
        let again = sign_in(&store, "bo.staff", PASSWORD, HERE, now + 12)
            .await
            .unwrap();
        assert_eq!(again.failures_before, 0, "{name}: told once");

        // The pauses double: after the minute, one more failure asks for two.
        assert!(matches!(
            sign_in(&store, "bo.staff", "wrong wrong wrong", THERE, now + 64).await,
            Err(AccountError::WrongCredentials)
        ));
        assert!(
            matches!(
                sign_in(&store, "bo.staff", "wrong wrong wrong", THERE, now + 65).await,
                Err(AccountError::TooManyAttempts {
                    retry_after_seconds: 119
                })
            ),
            "{name}"
        );

        // Refused attempts write nothing: a flood adds no audit entry and no count.
        let (audit_before, failures_before) = (
            count(&store, "audit_log").await,
            count(&store, "login_failures").await,
        );
        for _ in 0..50 {
            assert!(matches!(
                sign_in(&store, "bo.staff", "wrong wrong wrong", THERE, now + 70).await,
                Err(AccountError::TooManyAttempts { .. })
            ));
        }
        assert_eq!(count(&store, "audit_log").await, audit_before, "{name}");
        assert_eq!(
            count(&store, "login_failures").await,
            failures_before,
            "{name}"
        );
        // One audit entry per pause, not per attempt.
        let paused = store
            .audit_log()
            .newest(100)
            .await
            .unwrap()
            .into_iter()
            .filter(|entry| entry.action == "signin.paused")
            .count();
        assert_eq!(paused, 2, "{name}");
        // The attempted name is nowhere in the failure counts.
        assert!(
            !testing::tables_mentioning(&store, i64::MIN, "bo.staff")
                .await
                .contains(&"login_failures".to_owned()),
            "{name}"
        );
    }
}

#[tokio::test]
async fn spraying_names_from_one_address_is_paused_and_unknown_names_are_not_kept() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let name = db.name;
        let now = 1_800_000_000;
        store
            .users()
            .create(&staff("cy.staff"), "cli", now)
            .await
            .unwrap();
        for attempt in 0..throttle::ADDRESS.free {
            let guess = format!("my-real-password-typed-{attempt}");
            assert!(matches!(
                sign_in(&store, &guess, "whatever whatever", THERE, now).await,
                Err(AccountError::WrongCredentials)
            ));
        }
        assert!(
            matches!(
                sign_in(&store, "cy.staff", PASSWORD, THERE, now + 1).await,
                Err(AccountError::TooManyAttempts { .. })
            ),
            "{name}: the address is paused for every name"
        );
        assert!(
            sign_in(&store, "cy.staff", PASSWORD, HERE, now + 1)
                .await
                .is_ok(),
            "{name}: another address is not"
        );
        assert!(
            testing::tables_mentioning(&store, i64::MIN, "my-real-password")
                .await
                .is_empty(),
            "{name}: an attempted name is stored nowhere, the audit log included"
        );
    }
}

#[tokio::test]
async fn failure_counts_and_old_audit_entries_are_purged() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let name = db.name;
        let now = 1_800_000_000;
        assert!(matches!(
            sign_in(&store, "nobody", "whatever whatever", THERE, now).await,
            Err(AccountError::WrongCredentials)
        ));
        assert_eq!(
            count(&store, "login_failures").await,
            2,
            "{name}: pair and address"
        );
        let later = now + throttle::FORGET_AFTER_SECONDS;
        assert_eq!(
            sign_in::purge_failures(&store, later - 1).await.unwrap(),
            0,
            "{name}"
        );
        assert_eq!(
            sign_in::purge_failures(&store, later).await.unwrap(),
            2,
            "{name}"
        );
        let year_later = now + audit::KEEP_SECONDS;
        store
            .audit_log()
            .record("cli", "user.create", "fresh", year_later)
            .await
            .unwrap();
        assert_eq!(
            store.audit_log().purge_old(year_later).await.unwrap(),
            1,
            "{name}"
        );
        let kept: Vec<String> = store
            .audit_log()
            .newest(10)
            .await
            .unwrap()
            .into_iter()
            .map(|entry| entry.detail)
            .collect();
        assert_eq!(kept, vec!["fresh"], "{name}");
    }
}

#[tokio::test]
async fn failures_kept_in_clear_before_0010_are_hashed_at_start() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let name = db.name;
        let now = 1_800_000_000;
        store
            .users()
            .create(&staff("di.staff"), "cli", now)
            .await
            .unwrap();
        // Migration 0010 leaves the old table, renamed, for `App::start` to hash and drop; here
        // it is made again with rows as an instance upgraded from before 0010 would have them.
        sqlx::query("DROP TABLE IF EXISTS login_failures_clear")
            .execute(store.pool())
            .await
            .unwrap();
        sqlx::query("CREATE TABLE login_failures_clear (name TEXT NOT NULL, at BIGINT NOT NULL)")
            .execute(store.pool())
            .await
            .unwrap();
        for (who, at) in [
            ("di.staff", now - 30),
            ("di.staff", now - 20),
            ("typed-secret", now),
        ] {
            sqlx::query("INSERT INTO login_failures_clear (name, at) VALUES ($1, $2)")
                .bind(who)
                .bind(at)
                .execute(store.pool())
                .await
                .unwrap();
        }
        sign_in::hash_clear_failures(&store).await.unwrap();
        assert!(
            testing::tables_mentioning(&store, i64::MIN, "typed-secret")
                .await
                .is_empty(),
            "{name}"
        );
        assert_eq!(count(&store, "login_failures").await, 2, "{name}");
        // The holder is told of the migrated failures at their next sign-in.
        let holder = sign_in(&store, "di.staff", PASSWORD, HERE, now + 1)
            .await
            .unwrap();
        assert_eq!(holder.failures_before, 2, "{name}");
        // Run again (every start does): nothing left to do.
        sign_in::hash_clear_failures(&store).await.unwrap();
    }
}

#[tokio::test]
async fn passwords_change_with_the_current_one_and_end_the_other_sessions() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let name = db.name;
        let now = 1_800_000_000;
        let user = store
            .users()
            .create(&staff("ed.staff"), "cli", now)
            .await
            .unwrap();
        let (here, _) = store.sessions().create(user.id, now).await.unwrap();
        let (elsewhere, _) = store.sessions().create(user.id, now).await.unwrap();
        let users = store.users();
        assert!(matches!(
            users
                .change_password(
                    &work(),
                    &user,
                    "not the password",
                    "a brand new passphrase",
                    &here,
                    now
                )
                .await,
            Err(AccountError::WrongCredentials)
        ));
        assert!(matches!(
            users
                .change_password(&work(), &user, PASSWORD, "aaaaaaaaaaaa", &here, now)
                .await,
            Err(AccountError::WeakPassword(PasswordProblem::Repeated))
        ));
        assert!(
            store
                .sessions()
                .get(&elsewhere, now)
                .await
                .unwrap()
                .is_some()
        );
        let ended = users
            .change_password(
                &work(),
                &user,
                PASSWORD,
                "a brand new passphrase",
                &here,
                now,
            )
            .await
            .unwrap();
        assert_eq!(ended, 1, "{name}");
        assert!(
            store.sessions().get(&here, now).await.unwrap().is_some(),
            "{name}"
        );
        assert!(
            store
                .sessions()
                .get(&elsewhere, now)
                .await
                .unwrap()
                .is_none(),
            "{name}"
        );
        assert!(matches!(
            sign_in(&store, "ed.staff", PASSWORD, HERE, now).await,
            Err(AccountError::WrongCredentials)
        ));
        assert!(
            sign_in(&store, "ed.staff", "a brand new passphrase", HERE, now + 1)
                .await
                .is_ok()
        );
    }
}

#[tokio::test]
async fn api_tokens_and_the_audit_log() {
    let db = testing::sqlite().await;
    let store = db.store.clone();
    let now = 1_800_000_000;
    let publisher = NewUser {
        name: "pub.mx".into(),
        password: "another long password".into(),
        role: Role::Publisher {
            country: crate::country::CountryCode::parse("MX").ok(),
        },
    };
    store.users().create(&publisher, "cli", now).await.unwrap();
    let (token, expires_at) = store
        .sessions()
        .create_api_token("pub.mx", "cli", 90, now)
        .await
        .unwrap();
    assert_eq!(expires_at, now + 90 * 86_400);
    assert_eq!(
        store
            .sessions()
            .user_by_api_token(&token, now)
            .await
            .unwrap()
            .map(|u| u.name),
        Some("pub.mx".into())
    );
    assert_eq!(
        store
            .sessions()
            .user_by_api_token(&token, expires_at)
            .await
            .unwrap(),
        None,
        "expired"
    );
    let (revoked, _) = store
        .sessions()
        .create_api_token("pub.mx", "cli", 90, now)
        .await
        .unwrap();
    assert_eq!(
        store
            .sessions()
            .revoke_api_tokens("pub.mx", "cli", now)
            .await
            .unwrap(),
        2
    );
    assert_eq!(
        store
            .sessions()
            .user_by_api_token(&revoked, now)
            .await
            .unwrap(),
        None,
        "revoked"
    );
    let (token, _) = store
        .sessions()
        .create_api_token("pub.mx", "cli", 90, now)
        .await
        .unwrap();
    store
        .users()
        .set_disabled("pub.mx", true, "cli", now)
        .await
        .unwrap();
    assert_eq!(
        store
            .sessions()
            .user_by_api_token(&token, now)
            .await
            .unwrap(),
        None,
        "disabling revokes tokens"
    );
    let actions: Vec<String> = store
        .audit_log()
        .newest(10)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        vec![
            "user.disable",
            "token.create",
            "token.revoke",
            "token.create",
            "token.create",
            "user.create"
        ]
    );
    let log = format!("{:?}", store.audit_log().newest(10).await.unwrap());
    assert!(!log.contains("another long password"));
}

#[tokio::test]
async fn bad_names_and_weak_passwords_are_refused() {
    let db = testing::sqlite().await;
    for name in ["ab", "has space", "Ünïcode", &"x".repeat(41)] {
        let new = NewUser {
            name: name.into(),
            ..staff("x")
        };
        assert!(
            matches!(
                db.store.users().create(&new, "cli", 0).await,
                Err(AccountError::BadName)
            ),
            "{name}"
        );
    }
    for (password, problem) in [
        ("short", PasswordProblem::TooShort),
        ("aaaaaaaaaaaa", PasswordProblem::Repeated),
        ("Password2024!", PasswordProblem::Common),
    ] {
        let weak = NewUser {
            password: password.into(),
            ..staff("weak.user")
        };
        assert!(
            matches!(
                db.store.users().create(&weak, "cli", 0).await,
                Err(AccountError::WeakPassword(found)) if found == problem
            ),
            "{password}"
        );
    }
}

#[tokio::test]
async fn an_account_keeps_its_language_and_time_zone_and_every_handle_reads_them() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let now = 1_800_000_000;
        let user = store
            .users()
            .create(&staff("lucia"), "cli", now)
            .await
            .unwrap();
        assert_eq!(user.preferences, Preferences::default(), "{}", db.name);
        let chosen = Preferences {
            language: Some(crate::Locale::Fr),
            time_zone: Some("America/Panama".into()),
        };
        store
            .users()
            .set_preferences(&user, &chosen, now)
            .await
            .unwrap();
        assert_eq!(
            store.users().by_name("lucia").await.unwrap().preferences,
            chosen
        );
        let (token, _) = store.sessions().create(user.id, now).await.unwrap();
        let session = store.sessions().get(&token, now).await.unwrap().unwrap();
        assert_eq!(session.user.preferences, chosen, "{}", db.name);
        let (api, _) = store
            .sessions()
            .create_api_token("lucia", "cli", 90, now)
            .await
            .unwrap();
        let by_token = store.sessions().user_by_api_token(&api, now).await.unwrap();
        assert_eq!(by_token.unwrap().preferences, chosen, "{}", db.name);
        let signed_in = sign_in(&store, "lucia", PASSWORD, HERE, now).await.unwrap();
        assert_eq!(signed_in.user.preferences, chosen, "{}", db.name);

        // Back to following the browser and the instance.
        store
            .users()
            .set_preferences(&user, &Preferences::default(), now)
            .await
            .unwrap();
        assert_eq!(
            store.users().by_name("lucia").await.unwrap().preferences,
            Preferences::default()
        );
        let audited: Vec<String> = store
            .audit_log()
            .newest(10)
            .await
            .unwrap()
            .into_iter()
            .filter(|entry| entry.action == "account.preferences")
            .map(|entry| entry.detail)
            .collect();
        assert_eq!(
            audited,
            [
                "language browser, time zone instance",
                "language fr, time zone America/Panama"
            ]
        );

        for refused in [
            Preferences {
                language: Some(crate::Locale::Ht),
                time_zone: None,
            },
            Preferences {
                language: None,
                time_zone: Some("Mars/Olympus".into()),
            },
        ] {
            let result = store.users().set_preferences(&user, &refused, now).await;
            assert!(
                matches!(
                    result,
                    Err(AccountError::NotAnOperatorLanguage(_) | AccountError::UnknownZone(_))
                ),
                "{refused:?}"
            );
        }
        assert_eq!(
            store.users().by_name("lucia").await.unwrap().preferences,
            Preferences::default()
        );
    }
}
