-- Delivery that never gives up on what is transient (issue 11).
-- Each outbox row belongs to a lane: 0 urgent (confirmations, reminders, digests), 1 bulk (a fan-out to every voter).
-- Each lane reads its oldest rows in id order; (channel, id) finds an earlier row of the same channel, which the
-- later one waits behind so a channel's messages arrive in order.
ALTER TABLE slack_outbox ADD COLUMN priority SMALLINT DEFAULT 0 NOT NULL;
DROP INDEX idx_slack_outbox_due;
CREATE INDEX idx_slack_outbox_lane ON slack_outbox (priority, failed_at, id);
CREATE INDEX idx_slack_outbox_channel ON slack_outbox (channel, id);

-- A live post Slack refused for good (channel_not_found, ...): kept with the reason until an admin sends it again.
ALTER TABLE feedback_items ADD COLUMN post_error VARCHAR(500);
ALTER TABLE feedback_items ADD COLUMN post_error_at TIMESTAMP WITH TIME ZONE;

-- What the admins were last told about delivery, so they get one DM per new problem, not one per message.
CREATE TABLE delivery_alerts (
    id                     INTEGER                  NOT NULL PRIMARY KEY,
    undeliverable_seen_at  TIMESTAMP WITH TIME ZONE,
    undeliverable_alerted_at TIMESTAMP WITH TIME ZONE,
    backlog_alerted_at     TIMESTAMP WITH TIME ZONE
);
INSERT INTO delivery_alerts (id) VALUES (1);
