package io.odigos.community.local;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * A version of the emulated workspace, bumped whenever what a member sees may have changed (any Web API call, a
 * member's own message, a modal closed): what the playground's live page watches to know when to look again.
 */
public final class WorkspaceChanges {

    private final AtomicLong version = new AtomicLong();
    private final List<LongConsumer> watchers = new CopyOnWriteArrayList<>();

    public long version() {
        return version.get();
    }

    /** Calls the watcher with each new version, on the thread that made the change; it must not block. */
    public void watch(LongConsumer watcher) {
        watchers.add(watcher);
    }

    public void unwatch(LongConsumer watcher) {
        watchers.remove(watcher);
    }

    void changed() {
        long now = version.incrementAndGet();
        watchers.forEach(watcher -> watcher.accept(now));
    }
}
