-- CollabRisk schema 5: a disposition keeps the text that was screened (the person's name, or the affiliation as
-- written), so it stops applying when that text is edited, as it does when the list changes the entry.

ALTER TABLE dispositions ADD COLUMN screened_text VARCHAR(2000) DEFAULT '' NOT NULL;
