-- Who wrote each campaign text, so that the second-approver rule can refuse an approval by
-- anyone who wrote a text of the campaign, not only by whoever pressed Submit.
ALTER TABLE campaign_texts ADD COLUMN written_by TEXT;
