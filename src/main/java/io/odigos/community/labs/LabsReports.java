package io.odigos.community.labs;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.hackathons.Csv;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What admins read about a beta: its participants and feedback, summed up per question and version, or as CSV. */
public final class LabsReports {

    /** The latest answers a summary shows. */
    static final int LATEST = 8;

    private final AdminWrites adminWrites;
    private final Database database;
    private final LabsStore store;

    LabsReports(AdminWrites adminWrites, Database database, LabsStore store) {
        this.adminWrites = adminWrites;
        this.database = database;
        this.store = store;
    }

    /** A beta's state for its admins. */
    public record Summary(Beta beta, List<LabsStore.Participant> participants, long feedbackGivers,
                          List<LabsStore.Version> versions, List<LabsStore.QuestionCount> counts,
                          List<LabsStore.Answer> latest) {
    }

    /** Refuses a non-admin; reads, changes nothing and so is not audited. */
    public Summary summary(String adminId, long betaId) {
        return adminWrites.write(adminId, "labs-summary", em -> {
            Beta beta = store.beta(em, betaId).orElseThrow(() -> new Refusal(LabsMessages.noSuchBeta(
                    Long.toString(betaId))));
            return Audited.nothing(new Summary(beta, store.participants(em, betaId), store.feedbackGivers(em, betaId),
                    store.versions(em, betaId), store.answerCounts(em, betaId), store.answers(em, betaId, LATEST)));
        });
    }

    /** How many take part in the beta now. */
    public int participantCount(long betaId) {
        return database.inTransaction(em -> store.participants(em, betaId).size());
    }

    /** The beta as the admin asked for an export; refused when it does not exist, before the task is stored. */
    public Beta requireExportable(String adminId, long betaId) {
        return summary(adminId, betaId).beta();
    }

    /** A beta's CSV, with the beta it is about. */
    public record Export(Beta beta, String csv) {
    }

    /**
     * Every participant and every answer, as it is when the export runs: one row per answer, and one for each
     * participant who has not answered yet; a participant who left keeps their answers with no join time.
     */
    public Export csv(long betaId) {
        return database.inTransaction(em -> {
            Beta beta = store.beta(em, betaId).orElseThrow();
            List<String> questions = beta.questions();
            Map<String, LabsStore.Participant> participants = new HashMap<>();
            store.participants(em, betaId).forEach(p -> participants.put(p.memberId(), p));
            StringBuilder csv = new StringBuilder("member,opted_in_by,joined_at,version,answered_at,question,answer\r\n");
            List<LabsStore.Answer> answers = store.answers(em, betaId, 0);
            for (LabsStore.Answer a : answers) {
                LabsStore.Participant p = participants.get(a.memberId());
                row(csv, a.memberId(), p == null ? null : p.optedInBy(), p == null ? null : p.joinedAt().toString(),
                        a.version(), a.givenAt().toString(),
                        a.question() <= questions.size() ? questions.get(a.question() - 1) : null, a.answer());
            }
            var answered = answers.stream().map(LabsStore.Answer::memberId).collect(Collectors.toSet());
            participants.values().stream().filter(p -> !answered.contains(p.memberId()))
                    .sorted(java.util.Comparator.comparing(LabsStore.Participant::joinedAt))
                    .forEach(p -> row(csv, p.memberId(), p.optedInBy(), p.joinedAt().toString(), null, null, null,
                            null));
            return new Export(beta, csv.toString());
        });
    }

    private static void row(StringBuilder csv, String... fields) {
        csv.append(java.util.Arrays.stream(fields).map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
    }
}
