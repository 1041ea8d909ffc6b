package io.odigos.community.packs;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import io.odigos.community.core.Database;
import io.odigos.community.slack.ClickReplies;
import io.odigos.community.slack.HomeTab;
import io.odigos.community.slack.ModalState;
import io.odigos.community.slack.ModalSubmission;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.Modals;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackRoutes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Slack's side of publishing and review: /packs (browse, search, mine, publish, help), the *Publish a pack* and
 * *New version* buttons, the publish form, and the admins' *Approve* and *Decline* with its reason form. The card's
 * *Rate* and *Works on my cluster* are answered elsewhere.
 */
final class PackListeners {

    private final Database database;
    private final PacksStore store;
    private final PackSummaries summaries;
    private final Publishing publishing;
    private final PackReviews reviews;
    private final PackViews views;
    private final SlackOutbox outbox;
    private final HomeTab home;
    private final Modals modals;

    PackListeners(Database database, PacksStore store, PackSummaries summaries, Publishing publishing,
                  PackReviews reviews, PackViews views, SlackOutbox outbox, HomeTab home, Modals modals) {
        this.database = database;
        this.store = store;
        this.summaries = summaries;
        this.publishing = publishing;
        this.reviews = reviews;
        this.views = views;
        this.outbox = outbox;
        this.home = home;
        this.modals = modals;
    }

    void register(SlackRoutes routes) {
        registerCommand(routes);
        registerPublishing(routes);
        registerReview(routes);
    }

    private void registerCommand(SlackRoutes routes) {
        routes.command(PackViews.COMMAND, (req, ctx) -> {
            String user = req.getPayload().getUserId();
            String text = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
            switch (text.toLowerCase(Locale.ROOT)) {
                case "help" -> {
                    return ctx.ack(r -> r.responseType("ephemeral").text(PackViews.help()));
                }
                case "publish" -> {
                    publishing.requireMayPublish(user);
                    modals.open(req.getPayload().getTriggerId(), PackForm.publish(publishing.currentRelease()));
                    return ctx.ack();
                }
                case "mine" -> {
                    List<PackSummary> mine = database.inTransaction(em -> summaries.of(em, store.byAuthor(em, user)));
                    return ctx.ack(r -> r.responseType("ephemeral").text("Your packs").blocks(PackViews.mine(mine)));
                }
                case "" -> {
                    // best first over the newest visible packs: the ranking needs every pack's summary
                    List<PackSummary> best = database.inTransaction(em -> summaries.of(em, store.visible(em, 500)))
                            .stream().sorted(PackSummaries.BEST_FIRST).limit(PackViews.LISTED).toList();
                    return ctx.ack(r -> r.responseType("ephemeral").text("The best observability packs")
                            .blocks(views.browse("*The best observability packs*", best)));
                }
                default -> {
                    List<String> words = Arrays.stream(text.split("\\s+")).limit(10).toList();
                    List<PackSummary> found = database.inTransaction(em -> summaries.of(em,
                            store.search(em, words, PackViews.LISTED)));
                    return ctx.ack(r -> r.responseType("ephemeral").text(PackViews.found(text, found.size()))
                            .blocks(views.browse(PackViews.found(text, found.size()), found)));
                }
            }
        });
    }

    private void registerPublishing(SlackRoutes routes) {
        routes.blockAction(PackViews.PUBLISH, (req, ctx) -> {
            publishing.requireMayPublish(req.getPayload().getUser().getId());
            modals.show(req.getPayload(), PackForm.publish(publishing.currentRelease()));
            return ctx.ack();
        });
        routes.blockAction(PackActions.NEW_VERSION, (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            Pack pack = publishing.forNewVersion(p.getUser().getId(), ClickReplies.id(p.getActions().get(0).getValue()));
            modals.show(p, PackForm.newVersion(publishing.currentRelease(), pack));
            return ctx.ack();
        });
        routes.viewSubmission(PackForm.CALLBACK, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, PackDraft.NAME, () -> {
                PackForm.State state = ModalState.read(view.getPrivateMetadata(), PackForm.State.class);
                publishing.publish(user, PackForm.read(view.getState(), state), state.packId(), ctx.client());
                home.refresh(user);
                return ctx.ack();
            });
        });
    }

    private void registerReview(SlackRoutes routes) {
        new ClickReplies(routes, outbox, home).on(PackMessages.APPROVE, (user, value) -> {
            PackReviews.Decided d = reviews.approve(user, ClickReplies.id(value));
            return PackMessages.decisionDone(d.pack(), d.version());
        });
        routes.blockAction(PackMessages.DECLINE, (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            modals.show(p, DeclineForm.view(reviews.requireUndecided(p.getUser().getId(),
                    ClickReplies.id(p.getActions().get(0).getValue()))));
            return ctx.ack();
        });
        routes.viewSubmission(DeclineForm.CALLBACK, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, DeclineForm.REASON, () -> {
                long id = ModalState.read(view.getPrivateMetadata(), DeclineForm.State.class).versionId();
                PackReviews.Decided d = reviews.decline(user, id, new ModalValues(view.getState())
                        .text(DeclineForm.REASON));
                outbox.send(OutgoingMessage.dm(user, PackMessages.decisionDone(d.pack(), d.version()), null));
                return ctx.ack();
            });
        });
    }
}
