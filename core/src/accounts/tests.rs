use super::*;
use crate::store::testing;

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
            crate::accounts::authenticate(&store, "ana.staff", "wrong password!!", now).await,
            Err(AccountError::WrongCredentials)
        ));
        assert!(matches!(
            crate::accounts::authenticate(&store, "nobody", "a long enough password", now).await,
            Err(AccountError::WrongCredentials)
        ));
        let signed_in =
            crate::accounts::authenticate(&store, "ANA.STAFF", "a long enough password", now)
                .await
                .unwrap();
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
            crate::accounts::authenticate(&store, "ana.staff", "a long enough password", now).await,
            Err(AccountError::WrongCredentials)
        ));
    }
}

#[tokio::test]
async fn failed_sign_ins_are_rate_limited_per_name() {
    let db = testing::sqlite().await;
    let store = db.store.clone();
    let now = 1_800_000_000;
    store
        .users()
        .create(&staff("bo.staff"), "cli", now)
        .await
        .unwrap();
    for attempt in 0..5 {
        assert!(matches!(
            crate::accounts::authenticate(&store, "bo.staff", "wrong wrong wrong", now + attempt)
                .await,
            Err(AccountError::WrongCredentials)
        ));
    }
    // Even the right password is refused while locked out…
    assert!(matches!(
        crate::accounts::authenticate(&store, "bo.staff", "a long enough password", now + 10).await,
        Err(AccountError::TooManyAttempts { .. })
    ));
    // …and works again once the window has passed.
    assert!(
        crate::accounts::authenticate(&store, "bo.staff", "a long enough password", now + 16 * 60)
            .await
            .is_ok()
    );
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
    let token = store
        .sessions()
        .create_api_token("pub.mx", "cli", now)
        .await
        .unwrap();
    assert_eq!(
        store
            .sessions()
            .user_by_api_token(&token)
            .await
            .unwrap()
            .map(|u| u.name),
        Some("pub.mx".into())
    );
    store
        .users()
        .set_disabled("pub.mx", true, "cli", now)
        .await
        .unwrap();
    assert_eq!(
        store.sessions().user_by_api_token(&token).await.unwrap(),
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
    assert_eq!(actions, vec!["user.disable", "token.create", "user.create"]);
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
    let weak = NewUser {
        password: "short".into(),
        ..staff("weak.user")
    };
    assert!(matches!(
        db.store.users().create(&weak, "cli", 0).await,
        Err(AccountError::WeakPassword)
    ));
}
