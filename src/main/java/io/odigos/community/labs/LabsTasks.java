package io.odigos.community.labs;

import io.odigos.community.core.Refusal;
import io.odigos.community.slack.DeliveryException;
import io.odigos.community.slack.DmFiles;
import io.odigos.community.slack.DurableTasks;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackPoster;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Labs' Slack work after the ack, on {@link DurableTasks} so a restart runs it again: the CSV export to the admin's
 * DM (built when it runs, so a retry sends the latest answers), and opting in a user group, whose members only
 * Slack knows (a retried opt-in skips who is in already, so no one gets the instructions twice).
 */
final class LabsTasks {

    private static final String EXPORT = "labs.export";
    private static final String GROUP_OPT_IN = "labs.optin-group";

    private final LabsAdmin admin;
    private final LabsReports reports;
    private final DurableTasks tasks;
    private final DmFiles files;
    private final SlackPoster poster;
    private final SlackOutbox outbox;

    LabsTasks(LabsAdmin admin, LabsReports reports, DurableTasks tasks, DmFiles files, SlackPoster poster,
              SlackOutbox outbox) {
        this.admin = admin;
        this.reports = reports;
        this.tasks = tasks;
        this.files = files;
        this.poster = poster;
        this.outbox = outbox;
        tasks.register(EXPORT, p -> sendExport(p.get("admin"), Long.parseLong(p.get("beta"))));
        tasks.register(GROUP_OPT_IN, p -> readAndOptIn(p.get("admin"), Long.parseLong(p.get("beta")), p.get("group")));
    }

    /** Refuses a non-admin or an unknown beta at once; otherwise the CSV is on its way. Answers what they see. */
    String export(String adminId, long betaId) {
        Beta beta = reports.requireExportable(adminId, betaId);
        tasks.run(EXPORT, Map.of("admin", adminId, "beta", Long.toString(betaId)));
        return ":hourglass_flowing_sand: Preparing the export of " + LabsMessages.name(beta)
                + "; it arrives in your DM as a CSV file.";
    }

    private void sendExport(String adminId, long betaId) throws DeliveryException {
        LabsReports.Export export = reports.csv(betaId);
        files.send(adminId, "labs-beta-" + betaId + ".csv", export.csv().getBytes(StandardCharsets.UTF_8),
                export.beta().name() + ": participants and feedback", "Here is the export you asked for.");
    }

    /** Stores the request; the group's members are read and opted in after the ack. */
    void optInGroup(String adminId, long betaId, String group) {
        tasks.run(GROUP_OPT_IN, Map.of("admin", adminId, "beta", Long.toString(betaId), "group", group));
    }

    private void readAndOptIn(String adminId, long betaId, String group) throws DeliveryException {
        String answer;
        try {
            LabsAdmin.OptedIn done = admin.optIn(adminId, betaId, poster.userGroupMembers(group), "user group " + group);
            answer = LabsMessages.optedIn(done.beta(), done.added(), done.skipped());
        } catch (DeliveryException e) {
            if (!e.isUndeliverable()) {
                throw e; // Slack is busy or away: the task runs again later
            }
            answer = LabsMessages.groupFailed(group, e.getMessage());
        } catch (Refusal e) { // the beta ended or the admin is no longer one meanwhile
            answer = ":warning: " + e.getMessage();
        }
        outbox.send(OutgoingMessage.dm(adminId, answer, null));
    }
}
