package io.odigos.community.feedback;

import io.odigos.community.core.Refusal;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.chat.ChatGetPermalinkResponse;
import com.slack.api.model.view.View;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.AfterAck;
import io.odigos.community.slack.HomeTab;
import io.odigos.community.slack.ModalState;
import io.odigos.community.slack.ModalSubmission;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.Modals;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackPoster;
import io.odigos.community.slack.SlackRoutes;
import io.odigos.community.slack.SlackText;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Slack's side of feedback: parses commands, clicks and submissions, calls the service, renders the answer. */
public final class FeedbackListeners {

    public static final String FEEDBACK = "/feedback";
    public static final String REQUESTS = "/requests";
    public static final String ROADMAP = "/roadmap";
    public static final String MESSAGE_SHORTCUT = "feedback_from_message";
    private static final String AREA = "Feedback";

    private final FeedbackService service;
    private final FeedbackViews views;
    private final SlackPoster poster;
    private final AfterAck afterAck;
    private final HomeTab home;
    private final Modals modals;

    public FeedbackListeners(FeedbackService service, FeedbackViews views, SlackPoster poster,
                             AfterAck afterAck, HomeTab home, Modals modals) {
        this.service = service;
        this.views = views;
        this.poster = poster;
        this.afterAck = afterAck;
        this.home = home;
        this.modals = modals;
    }

    public void register(SlackRoutes routes) {
        routes.command(FEEDBACK, (req, ctx) -> {
            String text = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip().toLowerCase(Locale.ROOT);
            FeedbackKind kind = switch (text) {
                case "", "feature", "request" -> FeedbackKind.FEATURE;
                case "bug" -> FeedbackKind.BUG;
                default -> null;
            };
            if (kind == null) {
                return ctx.ack("Use `/feedback` for a feature request or `/feedback bug` to report a bug.");
            }
            service.requireMaySubmit(req.getPayload().getUserId());
            modals.open(req.getPayload().getTriggerId(),
                    views.submitModal(new SubmitContext(kind, FeedbackSource.SLASH_COMMAND, null), Map.of()));
            return ctx.ack();
        });

        routes.messageShortcut(MESSAGE_SHORTCUT, (req, ctx) -> {
            var p = req.getPayload();
            String text = p.getMessage() == null || p.getMessage().getText() == null ? "" : p.getMessage().getText();
            String link = null;
            ChatGetPermalinkResponse permalink = ctx.client().chatGetPermalink(r -> r.channel(p.getChannel().getId())
                    .messageTs(p.getMessage().getTs()));
            if (permalink.isOk()) {
                link = permalink.getPermalink();
            }
            Map<FeedbackField, String> prefill = new EnumMap<>(FeedbackField.class);
            prefill.put(FeedbackField.TITLE, SlackText.clip(text.lines().findFirst().orElse("").strip(),
                    FeedbackField.TITLE.maxLength()));
            prefill.put(FeedbackField.PROBLEM, text);
            prefill.put(FeedbackField.STEPS, text);
            View modal = views.submitModal(new SubmitContext(FeedbackKind.FEATURE, FeedbackSource.MESSAGE_SHORTCUT, link),
                    prefill);
            modals.open(p.getTriggerId(), modal);
            return ctx.ack();
        });

        routes.blockAction(FeedbackViews.SWITCH_KIND, (req, ctx) -> {
            var view = req.getPayload().getView();
            SubmitContext current = ModalState.read(view.getPrivateMetadata(), SubmitContext.class);
            FeedbackKind kind = FeedbackKind.valueOf(req.getPayload().getActions().get(0).getSelectedOption().getValue());
            Map<FeedbackField, String> typed = typedValues(new ModalValues(view.getState()), current.kind());
            // the problem a feature describes is the natural start of a bug's steps, and back
            if (kind == FeedbackKind.BUG && typed.containsKey(FeedbackField.PROBLEM)) {
                typed.putIfAbsent(FeedbackField.STEPS, typed.get(FeedbackField.PROBLEM));
            } else if (kind == FeedbackKind.FEATURE && typed.containsKey(FeedbackField.STEPS)) {
                typed.putIfAbsent(FeedbackField.PROBLEM, typed.get(FeedbackField.STEPS));
            }
            View next = views.submitModal(current.withKind(kind), typed);
            afterAck.run("switching the feedback form", () -> poster.updateView(view.getId(), OutgoingMessage.toJson(next)));
            return ctx.ack();
        });

        routes.viewSubmission(FeedbackViews.SUBMIT_CALLBACK, (req, ctx) -> {
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, FeedbackField.TITLE.key(), () -> {
                SubmitContext context = ModalState.read(view.getPrivateMetadata(), SubmitContext.class);
                FeedbackSubmission submission = new FeedbackSubmission(context.kind(),
                        typedValues(new ModalValues(view.getState()), context.kind()));
                service.submit(submission, req.getPayload().getUser().getId(), context.source(), context.sourceLink());
                return ctx.ack();
            });
        });

        routes.blockAction(FeedbackViews.VOTE, (req, ctx) -> onVote(req, ctx, true));
        routes.blockAction(FeedbackViews.UNVOTE, (req, ctx) -> onVote(req, ctx, false));
        routes.blockAction(FeedbackViews.OPEN_GITHUB, (req, ctx) -> ctx.ack());
        routes.blockAction(Pattern.compile(FeedbackViews.SWITCH_LISTING + "_.*"), (req, ctx) -> {
            Listing listing = Listing.valueOf(req.getPayload().getActions().get(0).getValue().toUpperCase(Locale.ROOT));
            String user = req.getPayload().getUser().getId();
            String viewId = req.getPayload().getView().getId();
            afterAck.run("switching the request list", () -> poster.updateView(viewId,
                    OutgoingMessage.toJson(listModal(listing, user, null))));
            return ctx.ack();
        });

        routes.command(REQUESTS, (req, ctx) -> {
            String user = req.getPayload().getUserId();
            String text = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
            String first = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            Listing listing = switch (first) {
                case "", "top" -> Listing.TOP;
                case "new", "newest" -> Listing.NEWEST;
                case "mine" -> Listing.MINE;
                default -> Listing.SEARCH;
            };
            String query = first.equals("search") ? text.substring(first.length()).strip() : text;
            if (first.equals("help")) {
                return ctx.ack("`/requests` top voted · `/requests new` newest · `/requests mine` yours and your votes · "
                        + "`/requests search <words>` find by words");
            }
            modals.open(req.getPayload().getTriggerId(), listModal(listing, user, listing == Listing.SEARCH ? query : null));
            return ctx.ack();
        });

        routes.command(ROADMAP, (req, ctx) -> ctx.ack(r -> r.responseType("ephemeral")
                .text("Odigos community roadmap")
                .blocks(views.roadmap(service.roadmap(8), service.communityVotedThreshold()))));
    }

    /** Adds the feedback subcommands to /community-admin. */
    public void registerAdmin(AdminCommands admin) {
        admin.add(AREA, "status", "status <id> <new|under-review|planned|in-progress|shipped|declined>",
                "change a request's status; its author and voters get a DM", req -> {
                    String[] parts = req.arguments().split("\\s+", 2);
                    FeedbackStatus status = parts.length < 2 ? null : FeedbackStatus.parse(parts[1]).orElse(null);
                    if (status == null) {
                        return "Give an id and a status, e.g. `/community-admin status 12 planned`.";
                    }
                    FeedbackItem item = service.changeStatus(id(parts[0]), status, req.adminId());
                    return ":white_check_mark: #" + item.id() + " is now *" + status.label() + "*.";
                });
        admin.add(AREA, "merge", "merge <duplicate id> <original id>", "merge a duplicate; its votes move over",
                req -> {
                    String[] parts = req.arguments().split("\\s+");
                    if (parts.length != 2) {
                        return "Give two ids, e.g. `/community-admin merge 14 3` to merge #14 into #3.";
                    }
                    FeedbackItem original = service.merge(id(parts[0]), id(parts[1]), req.adminId());
                    return ":white_check_mark: Merged #" + parts[0].replace("#", "") + " into #" + original.id() + ", which now has "
                            + FeedbackViews.votes(original) + ".";
                });
        admin.add(AREA, "hide", "hide <id>", "hide a request from lists and its channel post", req ->
                ":white_check_mark: #" + service.hide(id(req.arguments()), req.adminId()).id() + " is hidden.");
        admin.add(AREA, "restore", "restore <id>", "show a hidden request again", req ->
                ":white_check_mark: #" + service.restore(id(req.arguments()), req.adminId()).id() + " is visible again.");
        admin.add(AREA, "retitle", "retitle <id> <new title>", "edit a request's title", req -> {
            String[] parts = req.arguments().split("\\s+", 2);
            if (parts.length < 2) {
                return "Give an id and the new title, e.g. `/community-admin retitle 12 Support .NET 8`.";
            }
            FeedbackItem item = service.retitle(id(parts[0]), parts[1], req.adminId());
            return ":white_check_mark: #" + item.id() + " is now titled *" + SlackText.escape(item.title()) + "*.";
        });
    }

    private Response onVote(BlockActionRequest req, ActionContext ctx, boolean vote) {
        var payload = req.getPayload();
        String user = payload.getUser().getId();
        long itemId;
        try {
            itemId = Long.parseLong(payload.getActions().get(0).getValue());
        } catch (NumberFormatException e) {
            return ctx.ack();
        }
        try {
            if (vote) {
                service.vote(itemId, user);
            } else {
                service.unvote(itemId, user);
            }
        } finally { // a refused vote still redraws what the member looks at: the item may have changed meanwhile
            redraw(payload.getView(), user);
        }
        return ctx.ack();
    }

    private void redraw(View view, String user) {
        if (view != null && "home".equals(view.getType())) {
            home.refresh(user);
        } else if (view != null && FeedbackViews.LIST_CALLBACK.equals(view.getCallbackId())) {
            FeedbackViews.ListState list = ModalState.read(view.getPrivateMetadata(), FeedbackViews.ListState.class);
            afterAck.run("refreshing the request list", () -> poster.updateView(view.getId(),
                    OutgoingMessage.toJson(listModal(list.listing(), user, list.query()))));
        }
    }

    View listModal(Listing listing, String user, String query) {
        List<ItemSummary> items = service.list(listing, user, query, FeedbackViews.LIST_SIZE);
        return views.listModal(listing, query, items, service.votedBy(user, items.stream().map(ItemSummary::id).toList()));
    }

    private static Map<FeedbackField, String> typedValues(ModalValues values, FeedbackKind kind) {
        Map<FeedbackField, String> typed = new EnumMap<>(FeedbackField.class);
        for (FeedbackField field : FeedbackField.askedFor(kind)) {
            Optional.ofNullable(values.get(field.key())).ifPresent(v -> typed.put(field, v));
        }
        return typed;
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text.strip().replace("#", ""));
        } catch (NumberFormatException e) {
            throw new Refusal("`" + SlackText.escape(text.strip()) + "` is not a request number.");
        }
    }
}
