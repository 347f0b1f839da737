//! Declarations per second and routing latency, on SQLite and, when FARO_TEST_DATABASE_URL is
//! set, PostgreSQL. Prints figures; not a pass/fail test.
//!
//! cargo bench -p faro-core --bench intake

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark stops at its first failure"
)]

use faro_core::clock::now_unix;
use std::time::{Duration, Instant};

use faro_core::country::CountryCode;
use faro_core::intake::{
    LanguageTag, NewDeclaration, NewInterpreter, Origin, ServiceArea, Subject,
};
use faro_core::locale::Locale;
use faro_core::store::Store;
use faro_core::store::testing;

const DECLARATIONS: usize = 2_000;
const CONCURRENCY: usize = 8;
const ROUTINGS: usize = 2_000;
const INTERPRETERS: usize = 60;

fn declaration(i: usize) -> NewDeclaration {
    let languages = ["ht", "fr", "es", "fa", "bn", "ne"];
    NewDeclaration {
        subject: Subject::Telegram(10_000 + i as i64),
        locale: Locale::Ht,
        origin: Origin::Country(CountryCode::parse(["HT", "AF", "BD", "NP"][i % 4]).expect("code")),
        share_origin: i.is_multiple_of(2),
        languages: vec![
            LanguageTag::parse(languages[i % languages.len()]).expect("tag"),
            LanguageTag::parse("es").expect("tag"),
        ],
        shelter_id: Some(format!("shelter-{}", i % 10)),
        city: None,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

async fn run(name: &str, store: Store) {
    // Sequential creation: one request at a time, as a single kiosk or chat would.
    let start = Instant::now();
    for i in 0..DECLARATIONS / 2 {
        store
            .requests()
            .create(&declaration(i), 90, now_unix())
            .await
            .expect("create");
    }
    let sequential = start.elapsed();

    // Concurrent creation: many people at once across instances' connections.
    let start = Instant::now();
    let mut tasks = Vec::new();
    for worker in 0..CONCURRENCY {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let mut i = DECLARATIONS / 2 + worker;
            while i < DECLARATIONS {
                store
                    .requests()
                    .create(&declaration(i), 90, now_unix())
                    .await
                    .expect("create");
                i += CONCURRENCY;
            }
        }));
    }
    for task in tasks {
        task.await.expect("task");
    }
    let concurrent = start.elapsed();

    for i in 0..INTERPRETERS {
        let areas = if i.is_multiple_of(5) {
            vec![ServiceArea::Remote]
        } else {
            vec![ServiceArea::Shelter(format!("shelter-{}", i % 10))]
        };
        let languages =
            vec![LanguageTag::parse(["ht", "fr", "fa", "bn", "ne", "am"][i % 6]).expect("tag")];
        let (_, code) = store
            .interpreters()
            .add(&NewInterpreter {
                display_name: format!("I{i}"),
                languages,
                areas,
            })
            .await
            .expect("interpreter");
        store
            .interpreters()
            .link(&code.0, 500_000 + i as i64)
            .await
            .expect("link");
    }
    let mut routing = Vec::with_capacity(ROUTINGS);
    for i in 0..ROUTINGS {
        let new = declaration(i);
        let shelter = new.shelter_id.clone();
        let start = Instant::now();
        let found = store
            .interpreters()
            .for_languages(&new.languages, shelter.as_deref(), None)
            .await
            .expect("route");
        routing.push(start.elapsed());
        std::hint::black_box(found);
    }
    routing.sort();
    println!(
        "{name:8}  declarations/s sequential {:7.0}  concurrent({CONCURRENCY}) {:7.0}  routing p50 {:6.0} µs  p99 {:6.0} µs",
        (DECLARATIONS / 2) as f64 / sequential.as_secs_f64(),
        (DECLARATIONS / 2) as f64 / concurrent.as_secs_f64(),
        percentile(&routing, 0.50).as_secs_f64() * 1e6,
        percentile(&routing, 0.99).as_secs_f64() * 1e6,
    );
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let sqlite = testing::sqlite().await;
        run("sqlite", sqlite.store.clone()).await;
        match testing::postgres().await {
            Some(postgres) => run("postgres", postgres.store.clone()).await,
            None => println!("postgres  skipped: set FARO_TEST_DATABASE_URL"),
        }
    });
}
