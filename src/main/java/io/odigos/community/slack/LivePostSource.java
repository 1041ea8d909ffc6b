package io.odigos.community.slack;

/**
 * What a feature with live channel posts gives {@link LivePostRefresher}: its entity, whose post_dirty, post_version
 * and post_error columns the refresher's {@link LivePostQueries} use, and how one row's post renders.
 */
public interface LivePostSource<T extends LivePost> {

    /** What names one of these posts when an admin resends it, like {@code post:}; followed by the row's id. */
    String refPrefix();

    /** The entity whose rows carry the posts; {@code LivePostQueries} reads and writes their post columns. */
    Class<T> entity();

    /** How many dirty rows one pass reads. */
    int batch();

    /** True for a never-posted row that must not be posted (hidden, merged): its flag is cleared instead. */
    default boolean staysUnposted(T row) {
        return false;
    }

    /** The post as the row stands now, addressed to {@code channel}. */
    OutgoingMessage render(T row, String channel);

    /** What the post is, for the undeliverable list and the log: "the channel post of request #7, Dark mode". */
    String describe(T row);
}
