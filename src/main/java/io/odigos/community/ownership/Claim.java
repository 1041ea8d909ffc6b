package io.odigos.community.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A member's offer to lead a roadmap item or a plugin. While it is active (requested or approved) {@code active_item}
 * holds the item and {@code holder_slot} one of the member's places, both unique: a second claim on the item, or one
 * over the member's limit, is refused by the database whatever the timing.
 */
@Entity
@Table(name = "ownership_claims")
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, length = 32)
    private String memberId;

    @Column(name = "owner_name", length = 80)
    private String ownerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ClaimKind kind;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "item_title", length = 200)
    private String itemTitle;

    @Column(name = "active_item", unique = true)
    private Long activeItem;

    @Column(name = "holder_slot", length = 48, unique = true)
    private String holderSlot;

    @Column(name = "plugin_name", length = 80)
    private String pluginName;

    @Column(name = "plugin_summary", length = 500)
    private String pluginSummary;

    @Column(name = "plugin_link", length = 500)
    private String pluginLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ClaimStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 32)
    private String decidedBy;

    @Column(name = "decline_reason", length = 300)
    private String declineReason;

    @Column(name = "heard_at")
    private Instant heardAt;

    @Column(name = "next_check_in_at")
    private Instant nextCheckInAt;

    @Column(name = "warned_at")
    private Instant warnedAt;

    @Column(name = "last_note", length = 500)
    private String lastNote;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason", length = 300)
    private String endReason;

    protected Claim() {
    }

    private Claim(String memberId, ClaimKind kind, String slot, Instant at) {
        this.memberId = memberId;
        this.kind = kind;
        this.holderSlot = slot;
        this.status = ClaimStatus.REQUESTED;
        this.requestedAt = at;
    }

    static Claim ofItem(String memberId, long itemId, String itemTitle, String slot, Instant at) {
        Claim claim = new Claim(memberId, ClaimKind.ITEM, slot, at);
        claim.itemId = itemId;
        claim.activeItem = itemId;
        claim.itemTitle = itemTitle;
        return claim;
    }

    static Claim ofPlugin(String memberId, PluginDraft plugin, String slot, Instant at) {
        Claim claim = new Claim(memberId, ClaimKind.PLUGIN, slot, at);
        claim.pluginName = plugin.name();
        claim.pluginSummary = plugin.summary();
        claim.pluginLink = plugin.link();
        return claim;
    }

    static String slot(String memberId, int place) {
        return memberId + "#" + place;
    }

    void approve(String adminId, Instant at, Duration checkInEvery) {
        status = ClaimStatus.APPROVED;
        decidedBy = adminId;
        decidedAt = at;
        heardAt = at;
        nextCheckInAt = at.plus(checkInEvery);
    }

    void decline(String adminId, String reason, Instant at) {
        decidedBy = adminId;
        decidedAt = at;
        declineReason = reason;
        end(ClaimStatus.DECLINED, at, null);
    }

    /** The claim stops holding its item and its owner's place. */
    void end(ClaimStatus next, Instant at, String reason) {
        status = next;
        activeItem = null;
        holderSlot = null;
        nextCheckInAt = null;
        endedAt = at;
        endReason = reason;
    }

    /** The owner said how it goes: the silence clock starts again and a warning is forgiven. */
    void heardFrom(String note, Instant at) {
        heardAt = at;
        warnedAt = null;
        lastNote = note;
    }

    void checkInSent(Instant next) {
        nextCheckInAt = next;
    }

    void warned(Instant at) {
        warnedAt = at;
    }

    void named(String name) {
        ownerName = name;
    }

    public long id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public String ownerName() {
        return ownerName;
    }

    public ClaimKind kind() {
        return kind;
    }

    public Long itemId() {
        return itemId;
    }

    /** The item's title or the plugin's name, as the member typed it (escape before showing it in Slack). */
    public String subject() {
        return kind == ClaimKind.ITEM ? itemTitle : pluginName;
    }

    public String pluginSummary() {
        return pluginSummary;
    }

    public String pluginLink() {
        return pluginLink;
    }

    public ClaimStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }


    public String decidedBy() {
        return decidedBy;
    }

    public Instant heardAt() {
        return heardAt;
    }

    public Instant nextCheckInAt() {
        return nextCheckInAt;
    }

    public Instant warnedAt() {
        return warnedAt;
    }

    public String lastNote() {
        return lastNote;
    }

}
