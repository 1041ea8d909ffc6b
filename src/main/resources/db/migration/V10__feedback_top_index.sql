-- The top-requests listing reads the first rows of one sorted index. "listed" (open, visible, not merged) is kept
-- by the application; having no index of its own, it leaves the planner nothing better than the sorted index,
-- which H2 otherwise passed over for the merged_into_id index and a sort of every item.
ALTER TABLE feedback_items ADD COLUMN listed BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE feedback_items SET listed = (hidden = FALSE AND merged_into_id IS NULL
    AND status IN ('NEW', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS'));
DROP INDEX idx_feedback_top;
CREATE INDEX idx_feedback_top_sorted ON feedback_items (vote_count DESC, id DESC);
