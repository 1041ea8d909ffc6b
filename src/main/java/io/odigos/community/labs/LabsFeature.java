package io.odigos.community.labs;

import io.odigos.community.core.Bans;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.DmFiles;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.HomeSection;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import java.util.List;

/** Odigos Labs: betas members try before release, their feedback per version, and the admins who run them. */
public final class LabsFeature implements Feature {

    public static final List<Class<?>> ENTITIES = List.of(Beta.class);
    static final String AREA = "Odigos Labs";

    private final Platform platform;
    private final LabsStore store = new LabsStore();
    private final Participation participation;
    private final LabsAdmin admin;
    private final LabsReports reports;
    private final LabsTasks tasks;

    /** {@code credit}: how a member's first feedback on a beta reaches their contributions (recognition's ledger). */
    public LabsFeature(Platform platform, LabsCredit credit) {
        this.platform = platform;
        var database = platform.database();
        Bans bans = new Bans(database);
        this.participation = new Participation(database, store, bans, credit, platform.outbox(), platform.clock());
        this.admin = new LabsAdmin(platform.adminWrites(), platform.members(), store, bans, platform.outbox(),
                platform.config().communityChannel(), platform.clock());
        this.reports = new LabsReports(platform.adminWrites(), database, store);
        this.tasks = new LabsTasks(admin, reports, platform.tasks(), new DmFiles(platform.poster()), platform.poster(),
                platform.outbox());
    }

    public Participation participation() {
        return participation;
    }

    public LabsAdmin admin() {
        return admin;
    }

    public LabsReports reports() {
        return reports;
    }

    @Override
    public void register(SlackRoutes routes) {
        new LabsListeners(participation, admin, reports, tasks, platform.outbox(), platform.poster(),
                platform.afterAck(), platform.home(), platform.modals()).register(routes);
        AdminCommands commands = platform.admin();
        commands.add(AREA, "labs-new", "labs-new", "create a beta in a form: what it does, how to turn it on, "
                + "stage, questions, first version", req -> {
                    platform.modals().open(req.triggerId(), LabsForms.newBeta());
                    return "";
                });
        commands.add(AREA, "labs-stage", "labs-stage <id> <concept|alpha|beta|ga|retired>",
                "move a beta to a stage; graduating (ga) or retiring asks what changed because of the feedback",
                req -> {
                    String[] words = req.arguments().split("\\s+");
                    BetaStage stage = words.length == 2 ? BetaStage.parse(words[1]).orElse(null) : null;
                    if (stage == null) {
                        throw new Refusal("Say which beta and stage: `labs-stage <id> <concept|alpha|beta|ga|retired>`.");
                    }
                    long id = betaId(words[0]);
                    if (stage.isEnded()) {
                        platform.modals().open(req.triggerId(), LabsForms.outcome(admin.requireOpen(req.adminId(), id),
                                stage));
                        return "";
                    }
                    return LabsMessages.moved(admin.move(req.adminId(), id, stage));
                });
        commands.add(AREA, "labs-version", "labs-version <id>", "ship a new version of a beta: its participants get "
                + "what changed", req -> {
                    platform.modals().open(req.triggerId(), LabsForms.newVersion(admin.requireOpen(req.adminId(),
                            betaId(req.arguments()))));
                    return "";
                });
        commands.add(AREA, "labs-optin", "labs-optin <id>", "opt in everyone in a user group, or a list of members",
                req -> {
                    platform.modals().open(req.triggerId(), LabsForms.optIn(admin.requireOpen(req.adminId(),
                            betaId(req.arguments()))));
                    return "";
                });
        commands.add(AREA, "labs-summary", "labs-summary <id>", "a beta's participants, answers per question and "
                + "version, the latest answers, and its stage buttons", req -> {
                    platform.modals().open(req.triggerId(), LabsViews.summary(reports.summary(req.adminId(),
                            betaId(req.arguments()))));
                    return "";
                });
        commands.add(AREA, "labs-export", "labs-export <id>", "a beta's participants and answers as a CSV file in "
                + "your DM", req -> tasks.export(req.adminId(), betaId(req.arguments())));
    }

    private static long betaId(String text) {
        String id = text == null ? "" : text.strip().replaceFirst("^#", "");
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new Refusal(LabsMessages.noSuchBeta(id));
        }
    }

    @Override
    public List<HomeSection> homeSections() {
        return List.of(new LabsHome(platform.database(), store));
    }

    @Override
    public List<DigestSection> digestSections() {
        return List.of(new LabsDigest(platform.database(), store).section());
    }
}
