package io.odigos.community.labs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A feature members can try before release: what it does, how to turn it on, its stage, questions and version. */
@Entity
@Table(name = "labs_betas")
public class Beta {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(nullable = false, length = 2000)
    private String enabling;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BetaStage stage;

    @Column(nullable = false, length = 1500)
    private String questions;

    @Column(nullable = false, length = 32)
    private String version;

    @Column(length = 2000)
    private String outcome;

    @Column(name = "created_by", nullable = false, length = 32)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Beta() {
    }

    Beta(BetaDraft draft, String adminId, Instant now) {
        this.name = draft.name();
        this.description = draft.description();
        this.enabling = draft.enabling();
        this.stage = draft.stage();
        this.questions = String.join("\n", draft.questionList());
        this.version = draft.version();
        this.createdBy = adminId;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String enabling() {
        return enabling;
    }

    public BetaStage stage() {
        return stage;
    }

    public List<String> questions() {
        return Arrays.asList(questions.split("\n"));
    }

    public String version() {
        return version;
    }

    public String outcome() {
        return outcome;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    void moveTo(BetaStage next) {
        this.stage = next;
    }

    void ship(String next) {
        this.version = next;
    }

    void end(BetaStage last, String whatChanged, Instant now) {
        this.stage = last;
        this.outcome = whatChanged;
        this.endedAt = now;
    }
}
