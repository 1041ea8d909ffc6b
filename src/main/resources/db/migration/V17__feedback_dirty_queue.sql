-- The live-post refresher reads the oldest out-of-date items: "post_dirty = true order by post_dirty, id". With the
-- id in the index both databases read those rows in index order and stop after one batch; with (post_dirty) alone
-- H2 read and sorted every dirty row, which under a vote storm (tens of thousands dirty) cost ~0.5 s a pass.
DROP INDEX idx_feedback_post_dirty;
CREATE INDEX idx_feedback_dirty_queue ON feedback_items (post_dirty, id);
