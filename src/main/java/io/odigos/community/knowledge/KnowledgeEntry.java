package io.odigos.community.knowledge;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A tutorial, guide, best practice or workshop material a member shared: a link or a body in mrkdwn, filed under
 * topics, for an Odigos version. It shows to members and on public pages only once a reviewer published it. Its text,
 * topics, kind, status and publication time are also a document of the full-text index ({@link EntrySearch}).
 */
@Entity
@Table(name = "kb_entries")
@Indexed(index = "kb_entries")
public class KnowledgeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = EntrySearch.ID, sortable = Sortable.YES)
    private Long id;

    @Column(name = "author_id", nullable = false, length = 32)
    private String authorId;

    @Column(name = "show_author", nullable = false)
    private boolean showAuthor;

    @Column(nullable = false, length = 120)
    @FullTextField(analyzer = EntryAnalysis.ENGLISH)
    private String title;

    @Column(nullable = false, length = 300)
    @FullTextField(analyzer = EntryAnalysis.ENGLISH)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @KeywordField
    private EntryKind kind;

    @Column(length = 500)
    private String link;

    @Column(length = 3000)
    @FullTextField(analyzer = EntryAnalysis.ENGLISH)
    private String body;

    @Column(name = "odigos_version", nullable = false, length = 16)
    private String odigosVersion;

    @Column(name = "source_thread", length = 500)
    private String sourceThread;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100) // a page of results, or the index rebuild's batch, reads its topics in one query
    @CollectionTable(name = "kb_entry_topics", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "topic", length = 60)
    @FullTextField(analyzer = EntryAnalysis.ENGLISH)
    @KeywordField(name = EntrySearch.TOPIC)
    private Set<String> topics = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField
    private EntryStatus status;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    @Column(name = "reviewed_by", length = 32)
    private String reviewedBy;

    @Column(nullable = false)
    private boolean outdated;

    @Column(name = "accuracy_asked_for", length = 16)
    private String accuracyAskedFor;

    @Column(nullable = false)
    private long views;

    @Column(nullable = false)
    private int helpful;

    @Column(name = "not_helpful", nullable = false)
    private int notHelpful;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    @GenericField(sortable = Sortable.YES)
    private Instant publishedAt;

    protected KnowledgeEntry() {
    }

    KnowledgeEntry(String authorId, EntryDraft draft, Instant at) {
        this.authorId = authorId;
        this.createdAt = at;
        this.status = EntryStatus.PENDING;
        take(draft, at);
    }

    /** The author's (re)submission: the entry waits for review again. */
    void resubmit(EntryDraft draft, Instant at) {
        take(draft, at);
        this.status = EntryStatus.PENDING;
    }

    private void take(EntryDraft draft, Instant at) {
        this.title = draft.title();
        this.summary = draft.summary();
        this.kind = draft.kind();
        this.link = draft.link();
        this.body = draft.body();
        this.odigosVersion = draft.odigosVersion();
        this.sourceThread = draft.sourceThread();
        this.showAuthor = draft.showAuthor();
        this.topics = new LinkedHashSet<>(draft.topics());
        this.updatedAt = at;
    }

    /** A reviewer's decision; the note is what the author is told (why, or what to change). */
    void review(EntryStatus decision, String reviewerId, String note, Instant at) {
        this.status = decision;
        this.reviewedBy = reviewerId;
        this.reviewNote = note;
        this.updatedAt = at;
        if (decision == EntryStatus.PUBLISHED && publishedAt == null) {
            this.publishedAt = at;
        }
    }

    /** The author asked whether it still holds for {@code version}; asked once per version. */
    void askedAboutAccuracy(String version) {
        this.accuracyAskedFor = version;
    }

    /** The author's answer: outdated, or still accurate for the version asked about. */
    void accuracy(boolean stillAccurate, Instant at) {
        this.outdated = !stillAccurate;
        if (stillAccurate && accuracyAskedFor != null) {
            this.odigosVersion = accuracyAskedFor;
        }
        this.updatedAt = at;
    }

    public long id() {
        return id;
    }

    public String authorId() {
        return authorId;
    }

    public boolean showAuthor() {
        return showAuthor;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public EntryKind kind() {
        return kind;
    }

    public String link() {
        return link;
    }

    public String body() {
        return body;
    }

    public String odigosVersion() {
        return odigosVersion;
    }

    public String sourceThread() {
        return sourceThread;
    }

    public List<String> topics() {
        return List.copyOf(topics);
    }

    public EntryStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == EntryStatus.PUBLISHED;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public boolean outdated() {
        return outdated;
    }

    public String accuracyAskedFor() {
        return accuracyAskedFor;
    }

    public long views() {
        return views;
    }

    public int helpful() {
        return helpful;
    }

    public int notHelpful() {
        return notHelpful;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
