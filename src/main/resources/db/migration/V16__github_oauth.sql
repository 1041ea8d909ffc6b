-- GitHub logins proven through GitHub's OAuth web flow, and the OAuth states already spent.

-- true when the member proved the login through GitHub; false for a typed claim or an admin's link
ALTER TABLE github_links ADD COLUMN verified BOOLEAN DEFAULT FALSE NOT NULL;

-- the nonce of each state used to link, so a state works once; rows are dropped once the state has expired
CREATE TABLE github_oauth_states_used (
    nonce      VARCHAR(32)              NOT NULL PRIMARY KEY,
    member_id  VARCHAR(32)              NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
