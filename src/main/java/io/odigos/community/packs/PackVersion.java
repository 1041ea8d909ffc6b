package io.odigos.community.packs;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One version of a pack: the exact YAML bytes that passed validation, their sha256, the documents found in them, and
 * the Odigos releases the author tried them on. Versions are never changed or removed, so a URL to one always serves
 * the same bytes.
 */
@Entity
@Table(name = "pack_versions")
public class PackVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pack_id", nullable = false)
    private long packId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, length = 200)
    private String summary;

    @Column(nullable = false, length = 3000)
    private String readme;

    @Column(nullable = false, length = 1000)
    private String tags;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false, length = 500)
    private String source;

    @Column(length = 1000)
    private String changes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PackStatus status;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    @Column(name = "reviewed_by", length = 32)
    private String reviewedBy;

    @Column(nullable = false)
    private long downloads;

    @Column(nullable = false)
    private long installs;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pack_version_releases", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "odigos_version", length = 16)
    private Set<String> triedOn = new TreeSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "pack_documents", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<StoredDocument> documents = new ArrayList<>();

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected PackVersion() {
    }

    /**
     * @param details   what the pack says about itself with this version, given to the pack when it is published
     * @param content   the YAML exactly as validated
     * @param documents what {@link PackValidator} found in it
     * @param triedOn   Odigos releases to the minor, like "1.4"
     */
    PackVersion(long packId, int number, PackDetails details, byte[] content, List<PackDocument> documents,
                Set<String> triedOn, String source, String changes, Instant at) {
        this.packId = packId;
        this.number = number;
        this.name = details.name();
        this.summary = details.summary();
        this.readme = details.readme();
        this.tags = String.join(",", new TreeSet<>(details.tags()));
        this.content = content.clone();
        this.sha256 = sha256(content);
        this.documents = new ArrayList<>(documents.stream().map(StoredDocument::of).toList());
        this.triedOn = new TreeSet<>(triedOn);
        this.source = source;
        this.changes = changes;
        this.status = PackStatus.PENDING;
        this.submittedAt = at;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    void publish(String reviewerId, Instant at) {
        this.status = PackStatus.PUBLISHED;
        this.reviewedBy = reviewerId;
        this.publishedAt = at;
    }

    void decline(String reviewerId, String note) {
        this.status = PackStatus.DECLINED;
        this.reviewedBy = reviewerId;
        this.reviewNote = note;
    }

    public long id() {
        return id;
    }

    public long packId() {
        return packId;
    }

    public int number() {
        return number;
    }

    /** The pack's name, summary, README and tags as this version's author wrote them. */
    public PackDetails details() {
        return new PackDetails(name, summary, readme,
                tags.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(tags.split(","))));
    }

    public byte[] content() {
        return content.clone();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public String sha256() {
        return sha256;
    }

    public String source() {
        return source;
    }

    public String changes() {
        return changes;
    }

    public PackStatus status() {
        return status;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public long downloads() {
        return downloads;
    }

    public long installs() {
        return installs;
    }

    /** Odigos releases to the minor, ascending as text. */
    public List<String> triedOn() {
        return List.copyOf(triedOn);
    }

    public List<StoredDocument> documents() {
        return List.copyOf(documents);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
