package io.odigos.community.packs;

import io.odigos.community.slack.LivePost;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;

/**
 * An observability pack: what it is (name, summary, README, tags) and who shares it. Its YAML lives in its
 * {@link PackVersion}s; it is public once an admin approved its first version (or at once when PACKS_REVIEW is off)
 * and while no admin hid it.
 */
@Entity
@Table(name = "packs")
public class Pack implements LivePost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(name = "author_id", nullable = false, length = 32)
    private String authorId;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, length = 200)
    private String summary;

    @Column(nullable = false, length = 3000)
    private String readme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PackStatus status;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "post_channel", length = 32)
    private String postChannel;

    @Column(name = "post_ts", length = 32)
    private String postTs;

    @Column(name = "post_dirty", nullable = false)
    private boolean postDirty;

    @Column(name = "post_version", nullable = false)
    private int postVersion;

    @Column(name = "post_error", length = 500)
    private String postError;

    @Column(name = "post_error_at")
    private Instant postErrorAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100) // a page of packs reads its tags in one query
    @CollectionTable(name = "pack_tags", joinColumns = @JoinColumn(name = "pack_id"))
    @Column(name = "tag", length = 60)
    private Set<String> tags = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Pack() {
    }

    Pack(String slug, String authorId, PackDetails details, Instant at) {
        this.slug = slug;
        this.authorId = authorId;
        this.status = PackStatus.PENDING;
        this.createdAt = at;
        describe(details);
    }

    /** The author's words for the pack, from its first version or a later one. */
    void describe(PackDetails details) {
        this.name = details.name();
        this.summary = details.summary();
        this.readme = details.readme();
        this.tags = new TreeSet<>(details.tags());
    }

    void publish(Instant at) {
        this.status = PackStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = at;
        }
    }

    void decline() {
        this.status = PackStatus.DECLINED;
    }

    void hide(boolean hidden) {
        this.hidden = hidden;
    }

    /** Something the card shows changed: the refresher posts or updates it once, however many changes came. */
    void cardChanged() {
        this.postDirty = true;
        this.postVersion++;
    }

    /** The pack's words as they stand, what a new version's form starts from. */
    public PackDetails details() {
        return new PackDetails(name, summary, readme, Set.copyOf(tags));
    }

    /** Shown to members and on public pages. */
    public boolean visible() {
        return status == PackStatus.PUBLISHED && !hidden;
    }

    @Override
    public long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String authorId() {
        return authorId;
    }

    public String name() {
        return name;
    }

    public String summary() {
        return summary;
    }

    public String readme() {
        return readme;
    }

    public PackStatus status() {
        return status;
    }

    public boolean hidden() {
        return hidden;
    }

    @Override
    public String postChannel() {
        return postChannel;
    }

    @Override
    public String postTs() {
        return postTs;
    }

    @Override
    public int postVersion() {
        return postVersion;
    }

    @Override
    public String postError() {
        return postError;
    }

    @Override
    public Instant postErrorAt() {
        return postErrorAt;
    }

    /** "kind:value" tags, sorted ({@link PackTags}). */
    public List<String> tags() {
        return List.copyOf(tags);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
