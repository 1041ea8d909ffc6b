package io.odigos.community.moderation;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.odigos.community.core.AuditEntry;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.AfterAck;
import io.odigos.community.slack.ModalState;
import io.odigos.community.slack.ModalSubmission;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.Modals;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.ReportButton;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackPoster;
import io.odigos.community.slack.SlackRoutes;
import io.odigos.community.slack.SlackText;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Slack's side of moderation: the Report button and form, the queue modal's buttons and the admin subcommands. */
final class ModerationListeners {

    static final String AREA = "Moderation";
    static final String DATA_AREA = "Audit and export";
    static final int AUDIT_SHOWN = 15;
    private static final Pattern RAW_ID = Pattern.compile("[UW][A-Z0-9]{2,31}");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final Reports reports;
    private final Banning banning;
    private final AuditSearch auditSearch;
    private final Exports exports;
    private final ModerationViews views;
    private final SlackOutbox outbox;
    private final SlackPoster poster;
    private final AfterAck afterAck;
    private final Modals modals;

    ModerationListeners(Reports reports, Banning banning, AuditSearch auditSearch, Exports exports,
                        ModerationViews views, SlackOutbox outbox, SlackPoster poster, AfterAck afterAck,
                        Modals modals) {
        this.reports = reports;
        this.banning = banning;
        this.auditSearch = auditSearch;
        this.exports = exports;
        this.views = views;
        this.outbox = outbox;
        this.poster = poster;
        this.afterAck = afterAck;
        this.modals = modals;
    }

    void register(SlackRoutes routes) {
        routes.blockAction(ReportButton.ACTION, (req, ctx) -> {
            var payload = req.getPayload();
            String user = payload.getUser().getId();
            var target = ReportButton.parse(payload.getActions().get(0).getValue());
            if (target.isEmpty()) {
                return ctx.ack();
            }
            var item = reports.reportable(target.get(), user);
            String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
            ReportForm form = new ReportForm(target.get().kind(), target.get().itemId(), channel);
            modals.open(payload.getTriggerId(), views.reportModal(form, item));
            return ctx.ack();
        });

        routes.viewSubmission(ModerationViews.REPORT_CALLBACK, (req, ctx) -> {
            var view = req.getPayload().getView();
            String user = req.getPayload().getUser().getId();
            ModalValues values = new ModalValues(view.getState());
            return ModalSubmission.answer(ctx, Reports.REASON, () -> {
                ReportForm form = ModalState.read(view.getPrivateMetadata(), ReportForm.class);
                boolean added = reports.report(form.target(), user, values.get(Reports.REASON), values.get(Reports.NOTE));
                String thanks = added
                        ? ":pray: Thank you for the report. Community admins will look at it; only they see who reported."
                        : ":pray: You have already reported this post; admins have it in their queue.";
                outbox.send(form.channel() == null ? OutgoingMessage.dm(user, thanks, null)
                        : OutgoingMessage.ephemeral(form.channel(), user, thanks, null));
                return ctx.ack();
            });
        });

        routes.blockAction(ModerationViews.HIDE, (req, ctx) -> onQueueAction(req, ctx, reports::hide,
                "Hidden; its reports are closed."));
        routes.blockAction(ModerationViews.RESTORE, (req, ctx) -> onQueueAction(req, ctx, reports::restore,
                "Restored; dismiss the reports when you are done."));
        routes.blockAction(ModerationViews.DISMISS, (req, ctx) -> onQueueAction(req, ctx, reports::dismiss,
                "Reports dismissed; the post stays as it is."));
    }

    /** What a queue button does to an item, as the admin who clicked. */
    @FunctionalInterface
    private interface QueueAction {
        void apply(ReportButton.Target target, String adminId);
    }

    /** Runs a queue button's action and redraws the queue, with the outcome (or refusal) at its top. */
    private Response onQueueAction(BlockActionRequest req, ActionContext ctx, QueueAction action, String done) {
        var payload = req.getPayload();
        String admin = payload.getUser().getId();
        var target = ReportButton.parse(payload.getActions().get(0).getValue());
        if (target.isEmpty() || payload.getView() == null) {
            return ctx.ack();
        }
        String notice;
        try {
            action.apply(target.get(), admin);
            notice = ":white_check_mark: " + done;
        } catch (Refusal e) {
            notice = ":warning: " + e.getMessage();
        }
        String viewId = payload.getView().getId();
        String shown = notice;
        afterAck.run("refreshing the moderation queue", () -> {
            try {
                poster.updateView(viewId, OutgoingMessage.toJson(views.queueModal(reports.queue(admin), shown)));
            } catch (Refusal e) {
                outbox.send(OutgoingMessage.dm(admin, e.getMessage(), null));
            }
        });
        return ctx.ack();
    }

    void registerAdmin(AdminCommands admin) {
        admin.add(AREA, "queue", "queue", "reported posts (hide or dismiss) and what waits for approval", req -> {
            modals.open(req.triggerId(), views.queueModal(reports.queue(req.adminId()), null));
            return "";
        });
        admin.add(AREA, "ban", "ban @member <reason>", "stop a member from submitting feedback and reports", req -> {
            String[] parts = req.arguments().split("\\s+", 2);
            String member = member(parts[0]);
            banning.ban(member, parts.length < 2 ? "" : parts[1], req.adminId());
            return ":no_entry: <@" + member + "> is banned from submitting. `/community-admin unban <@" + member
                    + ">` lifts it.";
        });
        admin.add(AREA, "unban", "unban @member", "let a banned member submit again", req -> {
            String member = member(req.arguments().split("\\s+", 2)[0]);
            banning.unban(member, req.adminId());
            return ":white_check_mark: <@" + member + "> may submit again.";
        });
        admin.add(AREA, "bans", "bans", "list banned members", req -> {
            List<Ban> bans = banning.list(req.adminId());
            if (bans.isEmpty()) {
                return "Nobody is banned.";
            }
            StringBuilder b = new StringBuilder("*Banned members*\n");
            bans.stream().limit(50).forEach(ban -> b.append("• <@").append(ban.memberId()).append("> since ")
                    .append(WHEN.format(ban.bannedAt())).append(" UTC by <@").append(ban.bannedBy()).append(">: ")
                    .append(SlackText.escape(SlackText.clip(ban.reason(), 200))).append('\n'));
            if (bans.size() > 50) {
                b.append("…and ").append(bans.size() - 50).append(" more (`/community-admin export csv member_bans`)");
            }
            return b.toString();
        });
        admin.add(DATA_AREA, "audit", AuditQuery.USAGE, "the latest admin actions, newest first, filtered", req -> {
            AuditQuery query = AuditQuery.parse(req.arguments());
            List<AuditEntry> entries = auditSearch.latest(query, req.adminId(), AUDIT_SHOWN + 1);
            if (entries.isEmpty()) {
                return "No audit entries" + query.describe() + ".";
            }
            StringBuilder b = new StringBuilder("*Audit log*" + query.describe() + ", newest first (UTC):\n");
            entries.stream().limit(AUDIT_SHOWN).forEach(e -> b.append("• ").append(WHEN.format(e.occurredAt()))
                    .append(" · <@").append(e.actorId()).append("> · `").append(e.action()).append("` · ")
                    .append(SlackText.escape(e.target()))
                    .append(e.detail() == null ? "" : " · " + SlackText.escape(SlackText.clip(e.detail(), 100)))
                    .append('\n'));
            if (entries.size() > AUDIT_SHOWN) {
                b.append("_Showing the latest ").append(AUDIT_SHOWN).append(". For older entries add `until ")
                        .append(entries.get(AUDIT_SHOWN - 1).occurredAt().atZone(ZoneOffset.UTC).toLocalDate())
                        .append("` or a filter, or `/community-admin export csv audit_log` for all._");
            }
            return b.toString();
        });
        admin.add(DATA_AREA, "export", Exports.USAGE, "the bot's data as CSV or JSON files in your DM (a zip of "
                + "every table, or one table)", req -> exports.start(req.adminId(), req.arguments()));
    }

    /** The member a command names: a mention (<@U123|name>) or a bare user id. */
    private static String member(String word) {
        Matcher mention = SlackText.USER_MENTION.matcher(word.strip());
        if (mention.matches()) {
            return mention.group(1);
        }
        if (RAW_ID.matcher(word.strip()).matches()) {
            return word.strip();
        }
        throw new Refusal("Name the member with an @-mention, e.g. `/community-admin ban @someone posts spam links`.");
    }
}
