-- Daily snapshots of the programme's success metrics: one row per metric per UTC day, so the daily job can run
-- again the same day (retry, misfire, second instance) without adding rows. reading is null while a metric is
-- unavailable (its source feature does not exist yet). Trends and charts read these rows.
CREATE TABLE metric_snapshots (
    metric_id VARCHAR(40)              NOT NULL,
    taken_on  DATE                     NOT NULL,
    reading   DOUBLE PRECISION,
    taken_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (metric_id, taken_on)
);
