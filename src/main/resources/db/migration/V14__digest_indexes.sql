-- What shipped in a period (the digests' "Shipped" and "Bugs fixed", the "voted features shipped" metric) reads a
-- range of this index. Without it H2 planned those queries through the merged_into_id index and read every
-- unmerged item (98,000 of 100,000 in the benchmark) to find the few hundred shipped in the period.
CREATE INDEX idx_feedback_shipped ON feedback_items (status, shipped_at);
