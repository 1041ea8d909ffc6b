package io.odigos.community.slack;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * What a feature with live channel posts gives {@link LivePostRefresher}: its rows, how one renders, and the store
 * queries on their post_dirty, post_version and post_error columns. The refresher runs each query in a transaction.
 */
public interface LivePostSource<T extends LivePost> {

    /** What names one of these posts when an admin resends it, like {@code post:}; followed by the row's id. */
    String refPrefix();

    /** How many dirty rows one pass reads. */
    int batch();

    /** The oldest rows whose post is out of date and not refused, at most {@code limit}. */
    List<T> dirtyPosts(EntityManager em, int limit);

    /** True for a never-posted row that must not be posted (hidden, merged): its flag is cleared instead. */
    default boolean staysUnposted(T row) {
        return false;
    }

    /** The post as the row stands now, addressed to {@code channel}. */
    OutgoingMessage render(T row, String channel);

    /** What the post is, for the undeliverable list and the log: "the channel post of request #7, Dark mode". */
    String describe(T row);

    /** Records where a first post landed, touching only those columns. */
    void posted(EntityManager em, long id, String channel, String ts);

    /** Clears post_dirty only if post_version is still {@code version}. */
    void postShows(EntityManager em, long id, int version);

    /** Keeps Slack's reason for refusing the post for good, and clears post_dirty. */
    void postRefused(EntityManager em, long id, String reason, Instant at);

    /** Rows whose post Slack refused for good, newest first. */
    List<T> refusedPosts(EntityManager em, int limit);

    long refusedPostCount(EntityManager em);

    /** Puts refused posts (one, or all when {@code id} is null) back in line; answers how many. */
    int retryRefusedPosts(EntityManager em, Long id);
}
