//! Campaigns that ship with the content pack enter the database as drafts the first time an
//! instance starts with them; a campaign already there (same slug) is left as the focal
//! points made it, whatever the pack says now.

use crate::content::PackCampaign;
use crate::store::Store;

use super::PublishError;

/// Who the audit log and `created_by` name for what the pack brought.
pub const PACK_AUTHOR: &str = "content-pack";

/// Imports the pack's campaigns that are new; returns how many.
pub async fn import(
    store: &Store,
    campaigns: &[PackCampaign],
    now: i64,
) -> Result<u64, PublishError> {
    let mut imported = 0;
    for campaign in campaigns {
        let mut transaction = store.pool().begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO campaigns (slug, status, target_locales, target_countries, starts_at, ends_at, created_by, created_at, updated_at)
             VALUES ($1, 'draft', $2, $3, $4, $5, $6, $7, $7) ON CONFLICT (slug) DO NOTHING RETURNING id",
        )
        .bind(campaign.slug.as_str())
        .bind(campaign.targets.locales_column())
        .bind(campaign.targets.countries_column())
        .bind(campaign.starts_at)
        .bind(campaign.ends_at)
        .bind(PACK_AUTHOR)
        .bind(now)
        .fetch_optional(&mut *transaction)
        .await?;
        let Some(row) = inserted else {
            continue;
        };
        let id: i64 = sqlx::Row::try_get(&row, "id")?;
        for text in &campaign.texts {
            sqlx::query(
                "INSERT INTO campaign_texts (campaign_id, locale, title, body, translation, updated_at) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(text.locale.tag())
            .bind(&text.title)
            .bind(&text.body)
            .bind(&text.translation)
            .bind(now)
            .execute(&mut *transaction)
            .await?;
        }
        transaction.commit().await?;
        store
            .audit(PACK_AUTHOR, "campaign.import", campaign.slug.as_str(), now)
            .await?;
        imported += 1;
    }
    Ok(imported)
}
