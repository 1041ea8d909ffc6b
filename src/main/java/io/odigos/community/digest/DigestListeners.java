package io.odigos.community.digest;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.DigestPeriod.Edition;
import io.odigos.community.slack.ModalState;
import io.odigos.community.slack.ModalSubmission;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.Modals;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackRoutes;
import io.odigos.community.slack.SlackText;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/** The admins' Approve / Edit / Skip on a draft, the edit form, and `/community-admin digest`. */
final class DigestListeners {

    private final Digests digests;
    private final DigestDrafting drafting;
    private final DigestTriggers triggers;
    private final SlackOutbox outbox;
    private final Modals modals;

    DigestListeners(Digests digests, DigestDrafting drafting, DigestTriggers triggers, SlackOutbox outbox,
                    Modals modals) {
        this.digests = digests;
        this.drafting = drafting;
        this.triggers = triggers;
        this.outbox = outbox;
        this.modals = modals;
    }

    void register(SlackRoutes routes) {
        routes.blockAction(DigestMessages.APPROVE, (req, ctx) -> decide(req, ctx, digests::approve));
        routes.blockAction(DigestMessages.SKIP, (req, ctx) -> decide(req, ctx, digests::skip));
        routes.blockAction(DigestMessages.EDIT, (req, ctx) -> {
            String admin = req.getPayload().getUser().getId();
            digests.requireAdmin(admin);
            Digest draft = digests.draftNamed(req.getPayload().getActions().get(0).getValue());
            if (draft.status() != Digest.Status.DRAFT) {
                throw new Refusal("The " + digests.heading(draft) + " is no longer a draft: it was "
                        + draft.status().name().toLowerCase() + ".");
            }
            modals.open(req.getPayload().getTriggerId(), DigestMessages.editForm(draft));
            return ctx.ack();
        });
        routes.viewSubmission(DigestMessages.EDIT_CALLBACK, (req, ctx) -> {
            String admin = req.getPayload().getUser().getId();
            ModalValues values = new ModalValues(req.getPayload().getView().getState());
            return ModalSubmission.answer(ctx, DigestMessages.INTRO, () -> {
                String ref = ModalState.read(req.getPayload().getView().getPrivateMetadata(), DigestEditState.class).ref();
                Digest edited = digests.edit(ref, admin,
                        values.get(DigestMessages.INTRO), values.selected(DigestMessages.SECTIONS));
                digests.showPreview(admin, edited);
                return ctx.ack();
            });
        });
    }

    void registerAdmin(AdminCommands admin) {
        admin.add("Digests", "digest", "digest [preview update|newsletter]",
                "when the next update and newsletter are due, drafts waiting, recent ones; or a preview in your DM",
                req -> {
                    String[] words = req.arguments().toLowerCase(java.util.Locale.ROOT).split("\\s+");
                    if (words[0].isEmpty()) {
                        return status();
                    }
                    if (!words[0].equals("preview") || words.length != 2
                            || !(words[1].equals("update") || words[1].equals("newsletter"))) {
                        throw new Refusal("Use `/community-admin digest` or `/community-admin digest preview update` "
                                + "(or `newsletter`).");
                    }
                    Edition edition = words[1].equals("update") ? Edition.UPDATE : Edition.NEWSLETTER;
                    drafting.sendPreview(req.adminId(), edition);
                    return ":eyes: The " + edition.title().toLowerCase() + " so far is on its way to your DM.";
                });
    }

    private Response decide(BlockActionRequest req, ActionContext ctx, BiFunction<String, String, String> decision) {
        String reply = decision.apply(req.getPayload().getActions().get(0).getValue(), req.getPayload().getUser().getId());
        outbox.send(OutgoingMessage.replyTo(req.getPayload(), reply, null));
        return ctx.ack();
    }

    private String status() {
        StringBuilder text = new StringBuilder("*Digests*\n");
        for (Edition edition : Edition.values()) {
            text.append("• Next ").append(edition.title().toLowerCase()).append(": ")
                    .append(triggers.nextIssue(edition).map(DigestListeners::date).orElse("not scheduled")).append('\n');
        }
        List<Digest> waiting = digests.waiting();
        text.append(waiting.isEmpty() ? "No drafts waiting.\n" : "*Waiting for a decision*\n");
        waiting.forEach(d -> text.append("• ").append(digests.heading(d)).append(" — posts itself ")
                .append(date(d.postAt())).append('\n'));
        List<Digest> recent = digests.recent(5);
        if (!recent.isEmpty()) {
            text.append("*Recently*\n");
            recent.forEach(d -> text.append("• ").append(digests.heading(d)).append(": ")
                    .append(d.status().name().toLowerCase())
                    .append(d.decidedBy() == null ? " automatically" : " by <@" + d.decidedBy() + ">").append('\n'));
        }
        return text.toString();
    }

    private static String date(Instant at) {
        return SlackText.date(at, at.toString());
    }
}
