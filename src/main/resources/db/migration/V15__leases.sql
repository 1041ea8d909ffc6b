-- Named leases: work that one instance at a time should do (refreshing live posts) goes to whoever holds the lease.
CREATE TABLE leases (
    name       VARCHAR(64)              NOT NULL PRIMARY KEY,
    holder     VARCHAR(64)              NOT NULL,
    held_until TIMESTAMP WITH TIME ZONE NOT NULL
);
