//! Campaigns that ship with the content pack enter the database as drafts the first time an
//! instance starts with them; a campaign already there (same slug) is left as the focal
//! points made it, whatever the pack says now.

use crate::accounts::audit;
use crate::content::PackCampaign;
use crate::store::Store;

use super::PublishError;
use super::campaign_rows;
use super::model::NewCampaign;

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
        let new = NewCampaign {
            slug: campaign.slug.clone(),
            targets: campaign.targets.clone(),
            starts_at: campaign.starts_at,
            ends_at: campaign.ends_at,
        };
        let mut tx = store.begin().await?;
        let Some(id) = campaign_rows::insert_if_new(&mut tx, &new, PACK_AUTHOR, now).await? else {
            continue;
        };
        for text in &campaign.texts {
            campaign_rows::put_pack_text(&mut tx, id, text, PACK_AUTHOR, now).await?;
        }
        audit::record(
            &mut tx,
            PACK_AUTHOR,
            "campaign.import",
            campaign.slug.as_str(),
            now,
        )
        .await?;
        tx.commit().await?;
        imported += 1;
    }
    Ok(imported)
}
