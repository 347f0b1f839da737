//! The webhook: Meta's verification handshake, signatures checked before anything is read,
//! each message handled once however often it is delivered, statuses taken, and a "slow
//! down" from the Graph API waited out.

use serde_json::json;

use crate::support::*;

const PERSON: &str = "15550100001";

#[tokio::test]
async fn the_verification_handshake_answers_the_challenge_with_the_right_token_only() {
    // Kept to the end: the temporary database's folder goes with it.
    let db = databases().await.remove(0);
    let wa = TestWa::start(&db.url).await;
    let url = |token: &str, mode: &str| {
        format!(
            "{}?hub.mode={mode}&hub.verify_token={token}&hub.challenge=1158201444",
            wa.hook
        )
    };
    let response = wa
        .client
        .get(url(VERIFY_TOKEN, "subscribe"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), "1158201444");
    for (token, mode) in [
        ("wrong", "subscribe"),
        (VERIFY_TOKEN, "unsubscribe"),
        ("", "subscribe"),
    ] {
        let response = wa.client.get(url(token, mode)).send().await.unwrap();
        assert_eq!(response.status(), 403, "{token} {mode}");
    }
    wa.stop().await;
}

#[tokio::test]
async fn calls_without_the_right_signature_are_refused_and_nothing_is_read() {
    for db in databases().await {
        let wa = TestWa::start(&db.url).await;
        let payload = payloads::text(PERSON, "wamid.sig1", "hola");
        let body = serde_json::to_vec(&payload).unwrap();
        let right = faro_whatsapp::signature::header_for(APP_SECRET.as_bytes(), &body);
        let other_secret = faro_whatsapp::signature::header_for(b"not-the-secret", &body);
        let other_body = faro_whatsapp::signature::header_for(APP_SECRET.as_bytes(), b"{}");
        for signature in [
            None,
            Some(String::new()),
            Some("sha256=".into()),
            Some(other_secret),
            Some(other_body),
            Some(right[..right.len() - 1].to_owned()),
            Some(right.trim_start_matches("sha256=").to_owned()),
        ] {
            assert_eq!(
                wa.post_raw(body.clone(), signature.clone()).await,
                401,
                "{signature:?}"
            );
        }
        // A body changed after signing: refused too.
        let mut altered = body.clone();
        let last = altered.len() - 2;
        altered[last] = b' ';
        assert_eq!(wa.post_raw(altered, Some(right.clone())).await, 401);
        assert_eq!(wa.stats.received(), 0, "{}", db.name);
        assert!(wa.fake.sent().is_empty());
        // Signed, the same call is answered.
        assert_eq!(wa.post_raw(body, Some(right)).await, 200);
        wa.settled().await;
        assert!(!wa.fake.sent().is_empty());
        wa.stop().await;
    }
}

#[tokio::test]
async fn a_message_delivered_twice_is_answered_once() {
    for db in databases().await {
        let wa = TestWa::start(&db.url).await;
        let first = wa
            .exchange(&payloads::list_reply(
                PERSON,
                "wamid.dup1",
                "l:es",
                "Español",
            ))
            .await;
        assert!(!first.is_empty(), "{}", db.name);
        // Meta delivers the same message again (no answer in time, or to another instance).
        let again = wa
            .exchange(&payloads::list_reply(
                PERSON,
                "wamid.dup1",
                "l:es",
                "Español",
            ))
            .await;
        assert!(again.is_empty(), "{}: {again:?}", db.name);
        assert_eq!(wa.stats.duplicates(), 1);
        // Twice in one call, at once.
        let mut both = payloads::text(PERSON, "wamid.dup2", "asilo");
        let message = both["entry"][0]["changes"][0]["value"]["messages"][0].clone();
        both["entry"][0]["changes"][0]["value"]["messages"] = json!([message.clone(), message]);
        let answered = wa.exchange(&both).await;
        assert!(!answered.is_empty());
        assert_eq!(wa.stats.duplicates(), 2, "{}", db.name);
        wa.stop().await;
    }
}

#[tokio::test]
async fn statuses_are_taken_and_answer_nothing() {
    // Kept to the end: the temporary database's folder goes with it.
    let db = databases().await.remove(0);
    let wa = TestWa::start(&db.url).await;
    for (status, error) in [
        ("sent", None),
        ("delivered", None),
        ("read", None),
        ("failed", Some(131_047)),
    ] {
        assert!(
            wa.exchange(&payloads::status(PERSON, "wamid.out1", status, error))
                .await
                .is_empty()
        );
    }
    assert_eq!(wa.stats.statuses(), 4);
    wa.stop().await;
}

#[tokio::test]
async fn a_slow_down_from_the_graph_api_is_waited_out_and_sent_again() {
    // Kept to the end: the temporary database's folder goes with it.
    let db = databases().await.remove(0);
    let wa = TestWa::start(&db.url).await;
    wa.fake.refuse_next(&[130_429]);
    let sent = wa
        .exchange(&payloads::list_reply(
            PERSON,
            "wamid.slow",
            "l:fr",
            "Français",
        ))
        .await;
    assert!(!sent[0].ok);
    assert!(sent[1].ok);
    assert_eq!(sent[0].body, sent[1].body);
    assert!(sent[1].at - sent[0].at >= std::time::Duration::from_millis(900));
    // Any other refusal is not tried again.
    wa.fake.refuse_next(&[131_026]);
    let before = wa.stats.send_failures();
    let sent = wa
        .exchange(&payloads::button_reply(PERSON, "wamid.fail", "m", "Menu"))
        .await;
    assert_eq!(sent.len(), 1);
    assert_eq!(wa.stats.send_failures(), before + 1);
    wa.stop().await;
}
