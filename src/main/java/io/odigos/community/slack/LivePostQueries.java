package io.odigos.community.slack;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * The queries {@link LivePostRefresher} runs on a live post's columns, the same for every entity that has them
 * (postChannel, postTs, postDirty, postVersion, postError, postErrorAt): written once here, in JPQL over the entity.
 */
final class LivePostQueries<T extends LivePost> {

    private final Class<T> entity;
    private final String name;

    LivePostQueries(Class<T> entity) {
        this.entity = entity;
        this.name = entity.getSimpleName();
    }

    /** The oldest rows whose post is out of date and not refused, at most {@code limit}. */
    List<T> dirtyPosts(EntityManager em, int limit) {
        return em.createQuery("select r from " + name + " r where r.postDirty = true and r.postError is null "
                + "order by r.id", entity).setMaxResults(limit).getResultList();
    }

    /** Records where a first post landed, touching only those columns. */
    void posted(EntityManager em, long id, String channel, String ts) {
        em.createQuery("update " + name + " r set r.postChannel = :c, r.postTs = :ts where r.id = :id")
                .setParameter("c", channel).setParameter("ts", ts).setParameter("id", id).executeUpdate();
    }

    /** The post shows this version; a change made meanwhile bumped the version and keeps it dirty. */
    void postShows(EntityManager em, long id, int version) {
        em.createQuery("update " + name + " r set r.postDirty = false where r.id = :id and r.postVersion = :v")
                .setParameter("id", id).setParameter("v", version).executeUpdate();
    }

    /** Keeps Slack's reason for refusing the post for good, and clears the dirty flag. */
    void postRefused(EntityManager em, long id, String reason, Instant at) {
        em.createQuery("update " + name + " r set r.postError = :e, r.postErrorAt = :at, r.postDirty = false "
                + "where r.id = :id").setParameter("e", reason).setParameter("at", at).setParameter("id", id)
                .executeUpdate();
    }

    /** Rows whose post Slack refused for good, newest first. */
    List<T> refusedPosts(EntityManager em, int limit) {
        return em.createQuery("select r from " + name + " r where r.postError is not null "
                + "order by r.postErrorAt desc, r.id desc", entity).setMaxResults(limit).getResultList();
    }

    long refusedPostCount(EntityManager em) {
        return em.createQuery("select count(r) from " + name + " r where r.postError is not null", Long.class)
                .getSingleResult();
    }

    /** Puts refused posts (one, or all when {@code id} is null) back in line; answers how many. */
    int retryRefusedPosts(EntityManager em, Long id) {
        var update = em.createQuery("update " + name + " r set r.postError = null, r.postErrorAt = null, "
                + "r.postDirty = true, r.postVersion = r.postVersion + 1 where r.postError is not null"
                + (id == null ? "" : " and r.id = :id"));
        if (id != null) {
            update.setParameter("id", id);
        }
        return update.executeUpdate();
    }
}
