//! What a campaign means on WhatsApp before it is published: how many people it reaches
//! there, how many of them are outside the 24-hour window (a template each, counted against
//! the number's daily limit), and how long sending takes within Meta's limits — for the focal
//! point to see on the campaign's page.

use sqlx::Row;

use crate::country::CountryCode;
use crate::locale::Locale;
use crate::store::{Store, StoreError};

use super::model::Campaign;

/// WhatsApp's 24-hour window from a person's last message, less a margin for a message that
/// takes a while to reach Meta: within it a campaign goes as text, outside it as a template.
pub const WINDOW_SECONDS: i64 = 24 * 3600 - 120;

/// The WhatsApp side of a campaign.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reach {
    /// WhatsApp subscribers it targets who agreed to alerts.
    pub people: u64,
    /// Of those, how many last wrote more than 24 hours ago (a template each).
    pub outside_window: u64,
}

/// How long sending `reach` takes: every message at `per_second`, and the people outside
/// the window at most `daily_limit` a rolling 24 hours (the first day's right away).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Duration {
    /// Seconds of sending at the rate, rounded up.
    pub seconds: u64,
    /// Whole days the daily limit adds (0 when everyone fits in the first day).
    pub extra_days: u64,
}

impl Reach {
    pub fn duration(&self, per_second: u32, daily_limit: u32) -> Duration {
        let per_second = u64::from(per_second.max(1));
        let daily_limit = u64::from(daily_limit.max(1));
        Duration {
            seconds: self.people.div_ceil(per_second),
            extra_days: self.outside_window.saturating_sub(1) / daily_limit,
        }
    }
}

/// Who `campaign` would reach on WhatsApp now (as publishing would fill the outbox, less
/// anyone whose opt-in is not recorded, whom the sender skips), by the window at `now`.
pub async fn reach(store: &Store, campaign: &Campaign, now: i64) -> Result<Reach, StoreError> {
    let rows = sqlx::query(
        "SELECT s.locale, s.country, p.last_inbound_at FROM chat_state s
         JOIN phone_contacts p ON p.chat_id = s.chat_id
         WHERE s.alerts = 1 AND p.opt_in_wording IS NOT NULL",
    )
    .fetch_all(store.pool())
    .await?;
    let mut reach = Reach::default();
    for row in rows {
        let locale: Option<String> = row.try_get("locale")?;
        let country: Option<String> = row.try_get("country")?;
        let last: i64 = row.try_get("last_inbound_at")?;
        let locale = locale
            .and_then(|tag| tag.parse::<Locale>().ok())
            .unwrap_or(Locale::SOURCE);
        let country = country.and_then(|code| CountryCode::parse(&code).ok());
        if !campaign.targets.includes_locale(locale)
            || !campaign.targets.includes_country(country)
            || campaign.text_for(locale).is_none()
        {
            continue;
        }
        reach.people += 1;
        if now - last >= WINDOW_SECONDS {
            reach.outside_window += 1;
        }
    }
    Ok(reach)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_duration_is_the_rate_for_all_and_the_daily_limit_for_those_outside() {
        let reach = Reach {
            people: 10_000,
            outside_window: 600,
        };
        assert_eq!(
            reach.duration(80, 250),
            Duration {
                seconds: 125,
                extra_days: 2
            }
        );
        // 250 outside at 250 a day: all on the first day.
        let reach = Reach {
            people: 250,
            outside_window: 250,
        };
        assert_eq!(reach.duration(80, 250).extra_days, 0);
        assert_eq!(reach.duration(80, 249).extra_days, 1);
        assert_eq!(Reach::default().duration(80, 250).seconds, 0);
    }
}
