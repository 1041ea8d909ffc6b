package io.odigos.community.slack;

import java.time.Instant;

/** What a row with a live channel post tells {@link LivePostRefresher} about that post. */
public interface LivePost {

    long id();

    /** Where the post landed; null until it is posted. */
    String postChannel();

    /** The post's timestamp, Slack's id for it; null until it is posted. */
    String postTs();

    /** Bumped by every change the post shows, so clearing post_dirty can tell whether it still shows the latest. */
    int postVersion();

    /** Why Slack refused the post for good; null unless it did. */
    String postError();

    Instant postErrorAt();
}
