//! The campaign page's WhatsApp line: with WhatsApp configured, how many WhatsApp subscribers
//! the campaign reaches (those who agreed to alerts, in its locales and countries), how many
//! of them last wrote more than 24 hours ago (a template each), and how long sending takes at
//! the configured rate; counts as aggregates ("<5", rounded to five). Without WhatsApp, no
//! line.

use faro_core::Locale;
use faro_core::accounts::Role;
use faro_core::clock::now_unix;
use faro_core::country::CountryCode;
use faro_core::dialog::{ChatState, Flow};
use faro_core::phone_contacts::NumberKey;
use faro_core::publishing::{CampaignSlug, CampaignStatus, NewCampaign, Targets};
use faro_core::store::testing;

use super::admin::*;

const NUMBER_KEY: &str = "9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddccbbaa99887766554433221100";

const WHATSAPP: [(&str, &str); 8] = [
    ("FARO_WHATSAPP_TOKEN", "EAAG-test-access-token"),
    ("FARO_WHATSAPP_PHONE_NUMBER_ID", "106540352242922"),
    ("FARO_WHATSAPP_DISPLAY_NUMBER", "+15550783881"),
    ("FARO_WHATSAPP_APP_SECRET", "test-app-secret"),
    ("FARO_WHATSAPP_VERIFY_TOKEN", "test-verify-token"),
    ("FARO_WHATSAPP_NUMBER_KEY", NUMBER_KEY),
    ("FARO_WHATSAPP_SEND_RATE", "80"),
    ("FARO_WHATSAPP_DAILY_LIMIT", "250"),
];

impl Site {
    /// Someone on WhatsApp who last wrote at `last_wrote`, reading `locale` in Mexico, with
    /// alerts on; their opt-in recorded when `opted_in`.
    async fn whatsapp_subscriber(&self, n: u32, locale: Locale, last_wrote: i64, opted_in: bool) {
        let key = NumberKey::parse(NUMBER_KEY).unwrap();
        let contacts = self.store().phone_contacts(&key, "whatsapp");
        let chat = contacts
            .chat_for(&format!("1555019{n:04}"), None, last_wrote)
            .await
            .unwrap();
        if opted_in {
            contacts
                .record_opt_in(chat, "test-wording", now_unix())
                .await
                .unwrap();
        }
        let state = ChatState {
            locale: Some(locale),
            alerts: true,
            country: Some(CountryCode::parse("MX").unwrap()),
            flow: Flow::Idle,
        };
        faro_core::dialog::storage::save(self.store(), chat, &state, now_unix())
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn the_campaign_page_says_whatsapp_reach_and_time_within_the_limit() {
    for site in sites_configured(Strings::Repository, &WHATSAPP).await {
        let admin = site.user("root", Role::Admin).await;
        let browser = site.browser(&admin).await;
        site.campaign_in("wa-reach", &["MX"], CampaignStatus::Draft, &admin, &admin)
            .await;
        let now = now_unix();
        let (inside, outside) = (now - 3600, now - 2 * 86_400);
        // Ten inside the window and five outside, in English and Persian.
        for n in 0..10 {
            let locale = if n % 2 == 0 { Locale::En } else { Locale::Fa };
            site.whatsapp_subscriber(n, locale, inside, true).await;
        }
        for n in 10..15 {
            site.whatsapp_subscriber(n, Locale::Fa, outside, true).await;
        }
        // Not counted: alerts without a recorded opt-in, and a Telegram subscriber.
        site.whatsapp_subscriber(20, Locale::En, inside, false)
            .await;
        site.subscriber(4242, Locale::En, Some("MX")).await;

        let page = site
            .get_as("/admin/campaigns/wa-reach", Some(&browser))
            .await;
        assert_eq!(page.status, axum::http::StatusCode::OK, "{}", site.name());
        page.assert_contains(
            "<p class=\"note whatsapp-reach\">On WhatsApp: 15 people, 5 of them outside the 24-hour window (an approved template each). Sending takes about one minute at 80 messages a second.</p>",
        );

        // Two more outside the window: seven, shown rounded to five, as the figures are.
        for n in 15..17 {
            site.whatsapp_subscriber(n, Locale::Fa, outside, true).await;
        }
        let page = site
            .get_as("/admin/campaigns/wa-reach", Some(&browser))
            .await;
        page.assert_contains("On WhatsApp: 15 people, 5 of them outside");

        // A campaign for Chinese readers only: none of them yet, then a few, never counted
        // one by one.
        let new = NewCampaign {
            slug: CampaignSlug::parse("wa-zh").unwrap(),
            targets: Targets {
                locales: vec![Locale::ZhHans],
                countries: Vec::new(),
            },
            starts_at: STARTS,
            ends_at: ENDS,
        };
        let chinese = testing::publishing(site.store())
            .create(&admin, &new, now)
            .await
            .unwrap();
        testing::publishing(site.store())
            .set_text(
                &admin,
                chinese.id,
                Locale::ZhHans,
                &text("注意安全", "蛇头会撒谎。", "machine"),
                now,
            )
            .await
            .unwrap();
        let page = site.get_as("/admin/campaigns/wa-zh", Some(&browser)).await;
        page.assert_contains("On WhatsApp: 0 people, 0 of them outside");
        for n in 30..33 {
            site.whatsapp_subscriber(n, Locale::ZhHans, outside, true)
                .await;
        }
        let page = site.get_as("/admin/campaigns/wa-zh", Some(&browser)).await;
        page.assert_contains("On WhatsApp: &#60;5 people, &#60;5 of them outside");
        page.assert_lacks("3 people");
    }
}

#[tokio::test]
async fn without_whatsapp_the_campaign_page_has_no_whatsapp_line() {
    for site in sites().await {
        let admin = site.user("root", Role::Admin).await;
        let browser = site.browser(&admin).await;
        site.campaign_in("no-wa", &["MX"], CampaignStatus::Draft, &admin, &admin)
            .await;
        let page = site.get_as("/admin/campaigns/no-wa", Some(&browser)).await;
        assert_eq!(page.status, axum::http::StatusCode::OK);
        page.assert_lacks("whatsapp-reach");
        page.assert_lacks("On WhatsApp");
    }
}
