//! The router on both databases, against the repository's translations, with carriers that
//! record what they were handed: no channel in sight.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use super::*;
use crate::channel::phone_chat;
use crate::content::ContentPack;
use crate::country::CountryCode;
use crate::dialog::{Action, ButtonTarget, Keyboard, Settings};
use crate::i18n::Translations;
use crate::intake::{
    LanguageTag, NOTICE_WINDOW_SECONDS, NewDeclaration, NewInterpreter, Origin, ServiceArea,
    Subject,
};
use crate::langid::LanguageDetector;
use crate::metrics::Channel;
use crate::relay::{Carrier, Carrying, NotCarried, Parcel};
use crate::store::{Store, testing};

const SHELTER: &str = "demo-shelter";
const START: i64 = 1_800_000_000;

const LIMITS: ChannelLimits = ChannelLimits {
    message_len: 4096,
    measure: |text| text.plain().chars().count(),
    label_chars: 64,
    action_bytes: 64,
    buttons_per_row: 8,
    buttons_per_message: 100,
};

fn context() -> Arc<Context> {
    static CONTEXT: OnceLock<Arc<Context>> = OnceLock::new();
    CONTEXT
        .get_or_init(|| {
            let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
            let (content, _) = ContentPack::scan(&repo.join("content"));
            let translations = Translations::load(&repo.join("translations")).unwrap();
            let vocabulary =
                crate::dialog::routing::Vocabulary::load(&repo.join("translations")).unwrap();
            Arc::new(Context::new(
                Arc::new(content),
                Arc::new(translations),
                Arc::new(LanguageDetector::new()),
                &vocabulary,
                Settings::default(),
                LIMITS,
            ))
        })
        .clone()
}

/// What a carrier was handed: notices (with the id it gave back) and edits.
#[derive(Default)]
struct Recording {
    channel: Option<Channel>,
    notified: Mutex<Vec<(i64, Vec<i64>)>>,
    told: Mutex<Vec<i64>>,
    next_id: Mutex<i64>,
    /// Gives message ids back, as Telegram does.
    editable: bool,
    /// Refuses every notice, as a chat that blocked the bot.
    refuses: bool,
}

impl Recording {
    fn on(channel: Channel, editable: bool) -> Arc<Recording> {
        Arc::new(Recording {
            channel: Some(channel),
            editable,
            next_id: Mutex::new(100),
            ..Recording::default()
        })
    }

    fn notified(&self) -> Vec<(i64, Vec<i64>)> {
        self.notified.lock().unwrap().clone()
    }
}

/// The requests a notice offers to accept.
fn accepts(reply: &Reply) -> Vec<i64> {
    let Keyboard::Buttons(rows) = &reply.keyboard else {
        return Vec::new();
    };
    rows.iter()
        .flatten()
        .filter_map(|button| match &button.target {
            ButtonTarget::Action(Action::AcceptRequest(id)) => Some(*id),
            _ => None,
        })
        .collect()
}

impl Carrier for Recording {
    fn channel(&self) -> Channel {
        self.channel.unwrap_or(Channel::Telegram)
    }

    fn carry(&self, _to: ChatRef, _parcel: Parcel) -> Carrying<'_, Result<(), NotCarried>> {
        Box::pin(async { Ok(()) })
    }

    fn tell(
        &self,
        to: ChatRef,
        _reply: Reply,
        _purpose: Purpose,
    ) -> Carrying<'_, Result<(), NotCarried>> {
        Box::pin(async move {
            self.told.lock().unwrap().push(to.chat);
            Ok(())
        })
    }

    fn notify(
        &self,
        to: ChatRef,
        reply: Reply,
        _purpose: Purpose,
    ) -> Carrying<'_, Result<Option<i64>, NotCarried>> {
        Box::pin(async move {
            self.notified
                .lock()
                .unwrap()
                .push((to.chat, accepts(&reply)));
            if self.refuses {
                return Err(NotCarried::Unreachable);
            }
            let mut next = self.next_id.lock().unwrap();
            *next += 1;
            Ok(self.editable.then_some(*next))
        })
    }
}

fn router(store: &Store, carriers: &Carriers, clock: &Clock) -> Router {
    Router::new(
        Dialog::new(context(), store.clone()),
        carriers.clone(),
        clock.clone(),
        EscalationTimes {
            remote_after: 600,
            staff_after: 1800,
        },
    )
}

async fn interpreter(store: &Store, area: ServiceArea, chat: i64) -> InterpreterId {
    let new = NewInterpreter {
        display_name: format!("Interpreter {chat}"),
        languages: vec![LanguageTag::parse("ht").unwrap()],
        areas: vec![area],
    };
    let (id, code) = store.interpreters().add(&new).await.unwrap();
    store.interpreters().link(&code.0, chat).await.unwrap();
    id
}

async fn request(store: &Store, person: i64, at: i64) -> Request {
    let declaration = NewDeclaration {
        subject: Subject::Telegram(person),
        locale: Locale::Ht,
        origin: Origin::Country(CountryCode::parse("HT").unwrap()),
        share_origin: false,
        languages: vec![LanguageTag::parse("ht").unwrap()],
        shelter_id: Some(SHELTER.into()),
        city: None,
    };
    store.requests().create(&declaration, 90, at).await.unwrap()
}

#[tokio::test]
async fn each_interpreter_is_told_once_through_their_channels_carrier_and_its_id_is_kept() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let clock = Clock::manual(START);
        let carriers = Carriers::default();
        let telegram = Recording::on(Channel::Telegram, true);
        let whatsapp = Recording::on(Channel::WhatsApp, false);
        carriers.register(telegram.clone());
        carriers.register(whatsapp.clone());
        let on_telegram = interpreter(&store, ServiceArea::Shelter(SHELTER.into()), 9101).await;
        let on_whatsapp =
            interpreter(&store, ServiceArea::Shelter(SHELTER.into()), phone_chat(5)).await;
        let asked = request(&store, 11, START).await;
        let router = router(&store, &carriers, &clock);

        assert_eq!(router.route_waiting().await.unwrap(), 2, "{}", db.name);
        assert_eq!(
            router.route_waiting().await.unwrap(),
            0,
            "{}: once",
            db.name
        );
        assert_eq!(telegram.notified(), vec![(9101, vec![asked.id])]);
        assert_eq!(whatsapp.notified(), vec![(phone_chat(5), vec![asked.id])]);
        let mut notices = store.requests().notices(asked.id).await.unwrap();
        notices.sort();
        let mut expected = vec![
            (on_telegram, 9101, Some(101)),
            (on_whatsapp, phone_chat(5), None),
        ];
        expected.sort();
        assert_eq!(notices, expected, "{}: Telegram's id kept to edit", db.name);
    }
}

#[tokio::test]
async fn a_chat_whose_channel_does_not_run_here_is_left_for_an_instance_that_runs_it() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let clock = Clock::manual(START);
        let carriers = Carriers::default();
        carriers.register(Recording::on(Channel::Telegram, true));
        interpreter(&store, ServiceArea::Shelter(SHELTER.into()), phone_chat(6)).await;
        let asked = request(&store, 12, START).await;

        let router = router(&store, &carriers, &clock);
        assert_eq!(router.route_waiting().await.unwrap(), 0);
        assert!(
            store.requests().notices(asked.id).await.unwrap().is_empty(),
            "{}: not claimed, so not lost",
            db.name
        );
        // The instance that runs WhatsApp tells them.
        let whatsapp = Recording::on(Channel::WhatsApp, false);
        carriers.register(whatsapp.clone());
        assert_eq!(router.route_waiting().await.unwrap(), 1, "{}", db.name);
        assert_eq!(whatsapp.notified(), vec![(phone_chat(6), vec![asked.id])]);
    }
}

#[tokio::test]
async fn requests_within_the_window_are_held_and_go_in_one_message_without_an_id() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let clock = Clock::manual(START);
        let carriers = Carriers::default();
        let telegram = Recording::on(Channel::Telegram, true);
        carriers.register(telegram.clone());
        let told = interpreter(&store, ServiceArea::Shelter(SHELTER.into()), 9201).await;
        let router = router(&store, &carriers, &clock);
        let first = request(&store, 21, START).await;
        router.route_waiting().await.unwrap();
        let second = request(&store, 22, START + 60).await;
        let third = request(&store, 23, START + 120).await;
        clock.advance(120);
        assert_eq!(
            router.route_waiting().await.unwrap(),
            0,
            "{}: held",
            db.name
        );

        // On the router's clock, not the system's: a window later both go in one message.
        clock.advance(NOTICE_WINDOW_SECONDS - 120);
        assert_eq!(router.route_waiting().await.unwrap(), 1, "{}", db.name);
        assert_eq!(
            telegram.notified(),
            vec![(9201, vec![first.id]), (9201, vec![second.id, third.id])],
            "{}",
            db.name
        );
        let notices = store.requests().notices(second.id).await.unwrap();
        assert_eq!(
            notices,
            vec![(told, 9201, None)],
            "{}: a batch is not edited",
            db.name
        );
    }
}

#[tokio::test]
async fn a_notice_that_cannot_go_is_marked_sent_and_not_tried_every_scan() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let clock = Clock::manual(START);
        let carriers = Carriers::default();
        let blocked = Arc::new(Recording {
            channel: Some(Channel::Telegram),
            refuses: true,
            ..Recording::default()
        });
        carriers.register(blocked.clone());
        interpreter(&store, ServiceArea::Shelter(SHELTER.into()), 9301).await;
        let asked = request(&store, 31, START).await;
        let router = router(&store, &carriers, &clock);
        assert_eq!(router.route_waiting().await.unwrap(), 0, "{}", db.name);
        clock.advance(NOTICE_WINDOW_SECONDS);
        router.route_waiting().await.unwrap();
        assert_eq!(blocked.notified().len(), 1, "{}", db.name);
        assert_eq!(
            store.requests().notices(asked.id).await.unwrap()[0].2,
            None,
            "{}",
            db.name
        );
    }
}

#[tokio::test]
async fn nobody_local_means_the_remote_interpreters_at_once_and_later_the_person() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let clock = Clock::manual(START);
        let carriers = Carriers::default();
        let whatsapp = Recording::on(Channel::WhatsApp, false);
        carriers.register(whatsapp.clone());
        interpreter(&store, ServiceArea::Remote, phone_chat(8)).await;
        // A person on WhatsApp: their chat is the one told when staff take over.
        let person = phone_chat(9);
        let asked = request(&store, person, START).await;
        let router = router(&store, &carriers, &clock);
        assert_eq!(router.route_waiting().await.unwrap(), 1, "{}", db.name);
        assert_eq!(
            store.requests().get(asked.id).await.unwrap().escalation,
            Escalation::Remote,
            "{}",
            db.name
        );
        clock.advance(1800);
        router.route_waiting().await.unwrap();
        assert_eq!(*whatsapp.told.lock().unwrap(), vec![person], "{}", db.name);
    }
}

#[tokio::test]
async fn an_instance_that_reaches_no_chat_leaves_the_escalation_to_one_that_does() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let clock = Clock::manual(START);
        let carriers = Carriers::default();
        interpreter(&store, ServiceArea::Remote, 9401).await;
        let asked = request(&store, 51, START).await;
        let router = router(&store, &carriers, &clock);
        clock.advance(600);
        assert_eq!(router.route_waiting().await.unwrap(), 0, "{}", db.name);
        assert_eq!(
            store.requests().get(asked.id).await.unwrap().escalation,
            Escalation::Local,
            "{}",
            db.name
        );
        let telegram = Recording::on(Channel::Telegram, true);
        carriers.register(telegram.clone());
        router.route_waiting().await.unwrap();
        assert_eq!(
            telegram.notified(),
            vec![(9401, vec![asked.id])],
            "{}",
            db.name
        );
    }
}
