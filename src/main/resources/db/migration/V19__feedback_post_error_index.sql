-- /healthz and the minutely delivery watch ask how many channel posts Slack refused ("post_error is not null"); without
-- an index that was a scan of every request on each probe. Almost every row has no error, so the index is tiny to read.
CREATE INDEX idx_feedback_post_error ON feedback_items (post_error);
