-- Bi-weekly updates and monthly newsletters: one row per edition and period, so each period is drafted once and
-- posted (or skipped) once, whatever retries, misfires, restarts or a second instance do.
CREATE TABLE digests (
    edition     VARCHAR(16)              NOT NULL,
    period      VARCHAR(16)              NOT NULL,
    period_from TIMESTAMP WITH TIME ZONE NOT NULL,
    period_to   TIMESTAMP WITH TIME ZONE NOT NULL,
    status      VARCHAR(16)              NOT NULL,
    intro       VARCHAR(1000),
    -- the sections as drafted: [{"key", "title", "blocks"}], so what admins approve is what is posted
    parts_json  VARCHAR(1000000)         NOT NULL,
    -- section keys an admin's edit left out, comma separated
    excluded    VARCHAR(1000)            NOT NULL,
    drafted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    post_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by  VARCHAR(32),
    decided_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (edition, period)
);
CREATE INDEX idx_digests_status ON digests (status, post_at);
