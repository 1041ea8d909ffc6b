-- The good first issue a mentee claimed from their pair's introduction.
ALTER TABLE mentorship_pairs ADD COLUMN issue_number BIGINT;
ALTER TABLE mentorship_pairs ADD COLUMN issue_title VARCHAR(300);
ALTER TABLE mentorship_pairs ADD COLUMN issue_url VARCHAR(500);
-- the claimed issue's URL while the pair is active, null after: an issue is taken by one active pair at most
ALTER TABLE mentorship_pairs ADD COLUMN open_issue_url VARCHAR(500);
ALTER TABLE mentorship_pairs ADD CONSTRAINT uq_mentorship_pairs_open_issue UNIQUE (open_issue_url);
