package io.odigos.community.playground;

import io.odigos.community.core.BotConfig;
import io.odigos.community.core.JobScheduler;
import io.odigos.community.core.Members;
import io.odigos.community.local.SlackEmulator;
import io.odigos.community.local.TravellingClock;
import jakarta.servlet.http.HttpServlet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The local-mode playground: a page at the bot's root where a visitor, as one of a few sample members, uses the bot
 * as in Slack. It is a client of the bot like Slack is (signed requests to /slack/events, answers read from the
 * emulated Web API), never a side door; it exists only in local mode.
 */
public final class Playground {

    private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();
    private final DemoCommunity demo;
    private final boolean demoAtStart;

    /**
     * {@code port} answers the bot's own HTTP port once the web server has bound it; {@code clock} is the bot's,
     * which admins move forward with the scheduler running what falls due.
     */
    public Playground(BotConfig config, SlackEmulator slack, IntSupplier port, TravellingClock clock,
                      JobScheduler scheduler, Members communityMembers, DemoCommunity demo) {
        this.demo = demo;
        this.demoAtStart = config.playgroundDemo();
        SampleMembers members = new SampleMembers(slack);
        members.addSamples();
        CommandCatalog catalog = CommandCatalog.fromManifest();
        Screen screen = new Screen(slack, catalog, config.communityChannel(), clock);
        MemberActions actions = new MemberActions(slack, new BotEndpoint(port, config.signingSecret()), catalog, clock);
        servlets.put(PageServlet.PATH, new PageServlet(members, catalog, demo));
        servlets.put(ApiServlet.PATH, new ApiServlet(screen, actions, members,
                new TimeTravel(clock, scheduler, communityMembers), demo, new MemberUploads(slack.apiUrl())));
        servlets.put(StreamServlet.PATH, new StreamServlet(slack.changes()));
        servlets.put(FileServlet.PATH, new FileServlet(slack));
        servlets.put(AssetServlet.PATH, new AssetServlet());
    }

    /** Once the bot runs: the demo community when PLAYGROUND_DEMO asks for it (or its members, if loaded before). */
    public void afterStart() {
        demo.afterStart(demoAtStart);
    }

    public Map<String, HttpServlet> servlets() {
        return servlets;
    }
}
