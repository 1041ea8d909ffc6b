-- Issue 18: feature requests mirrored to GitHub Discussions, and one vote count across Slack and GitHub.

-- GitHub upvotes of the item's discussion (and of discussions merged into it), polled; total_votes = vote_count +
-- github_upvotes, kept in the row so listings sort by the combined count on an index.
ALTER TABLE feedback_items ADD COLUMN github_upvotes INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE feedback_items ADD COLUMN total_votes INTEGER DEFAULT 0 NOT NULL;
UPDATE feedback_items SET total_votes = vote_count;
CREATE INDEX idx_feedback_listed_total ON feedback_items (listed, total_votes, id);
-- the GitHub login of a request that started as a discussion, shown when no linked member is its author
ALTER TABLE feedback_items ADD COLUMN github_author VARCHAR(39);
-- set with every change a discussion shows (as post_dirty is for the Slack post); the mirror clears it once GitHub
-- shows that version, so no change is lost across restarts, and a burst of votes is one edit
ALTER TABLE feedback_items ADD COLUMN mirror_dirty BOOLEAN DEFAULT TRUE NOT NULL;
CREATE INDEX idx_feedback_mirror_dirty ON feedback_items (mirror_dirty, kind, id);

-- One row per request that has (or is getting) a discussion: what GitHub was last told, and the mirror's retry state.
CREATE TABLE discussion_mirrors (
    item_id            BIGINT                   NOT NULL PRIMARY KEY REFERENCES feedback_items (id),
    -- GitHub's node id; null until createDiscussion succeeded
    discussion_id      VARCHAR(64) UNIQUE,
    discussion_number  INTEGER,
    discussion_url     VARCHAR(300),
    -- SLACK: the bot wrote the discussion and owns its body; GITHUB: a member started it on GitHub
    origin             VARCHAR(8)               NOT NULL,
    -- on a GitHub-started discussion, the bot's comment with the Slack votes, edited as they change
    comment_id         VARCHAR(64),
    synced_body_sha    VARCHAR(64),
    synced_status      VARCHAR(16),
    synced_merged_into BIGINT,
    synced_hidden      BOOLEAN                  NOT NULL,
    -- the discussion was deleted on GitHub: nothing is written to it again
    deleted            BOOLEAN                  NOT NULL,
    attempts           INTEGER                  NOT NULL,
    next_attempt_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error         VARCHAR(500),
    upvotes            INTEGER                  NOT NULL,
    upvotes_polled_at  TIMESTAMP WITH TIME ZONE,
    -- the latest vote, upvote or edit on either side: recently active discussions are polled first
    active_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_discussion_mirrors_poll ON discussion_mirrors (deleted, upvotes_polled_at);
