package io.odigos.community.playground;

import io.odigos.community.feedback.FeedbackField;
import io.odigos.community.feedback.FeedbackKind;
import io.odigos.community.feedback.FeedbackStatus;
import io.odigos.community.recognition.ContributionKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What the demo community is made of: its members around the world, what they asked for and how they voted, who
 * registers for what, the hackathon's teams and the contributions admins recorded. {@link DemoCommunity} puts it in
 * the bot; tests read it to know what to expect.
 */
final class DemoData {

    record Person(String id, String name, String zone) {
    }

    /** A request as its author submits it, then how many members vote for it and where an admin moves it. */
    record Request(String author, FeedbackKind kind, Map<FeedbackField, String> fields, int votes,
                   FeedbackStatus status) {

        String title() {
            return fields.get(FeedbackField.TITLE);
        }
    }

    record HackTeam(String name, List<String> members) {
    }

    record Credit(String member, ContributionKind kind, String title) {
    }

    static final List<Person> MEMBERS = List.of(
            person("Amara Okafor", "Africa/Lagos"), person("Björn Lindqvist", "Europe/Stockholm"),
            person("Camila Reyes", "America/Mexico_City"), person("Daniel Cohen", "Asia/Jerusalem"),
            person("Elif Yılmaz", "Europe/Istanbul"), person("Farhan Ahmed", "Asia/Dhaka"),
            person("Grace Kim", "Asia/Seoul"), person("Hiroshi Tanaka", "Asia/Tokyo"),
            person("Inès Moreau", "Europe/Paris"), person("Jakub Nowak", "Europe/Warsaw"),
            person("Kavya Reddy", "Asia/Kolkata"), person("Liam O'Brien", "Europe/Dublin"),
            person("Mateo Silva", "America/Sao_Paulo"), person("Nadia Haddad", "Asia/Dubai"),
            person("Oliver Smith", "Europe/London"), person("Priya Nair", "Asia/Singapore"),
            person("Quinn Taylor", "America/Denver"), person("Rafael Costa", "Europe/Lisbon"),
            person("Sofia Rossi", "Europe/Rome"), person("Tomás Fernández", "America/Argentina/Buenos_Aires"),
            person("Uma Patel", "America/Chicago"), person("Viktor Petrov", "Europe/Sofia"),
            person("Wei Zhang", "Asia/Shanghai"), person("Ximena Torres", "America/Bogota"),
            person("Yusuf Demir", "Europe/Berlin"), person("Zoe Williams", "Australia/Sydney"),
            person("Aroha Ngata", "Pacific/Auckland"), person("Chen Wei-Lin", "Asia/Taipei"),
            person("Fatima Zahra", "Africa/Casablanca"), person("Kwame Mensah", "Africa/Accra"),
            person("Lena Fischer", "Europe/Vienna"), person("Marco Bianchi", "Europe/Zurich"),
            person("Noah Johnson", "America/Los_Angeles"), person("Sipho Dlamini", "Africa/Johannesburg"),
            person("Thuy Nguyen", "Asia/Ho_Chi_Minh"));

    /** Most voted first, so the top of /requests is what the votes say; statuses span the whole roadmap. */
    static final List<Request> REQUESTS = List.of(
            feature("Amara", "Instrument Python asyncio services without code changes",
                    "Our FastAPI services lose the trace at every await; we patch contextvars by hand today.",
                    23, FeedbackStatus.IN_PROGRESS),
            feature("Priya", "Grafana Tempo as a managed destination",
                    "We self-host Tempo and configure the exporter by hand for each cluster.", 18,
                    FeedbackStatus.PLANNED),
            feature("Daniel", "eBPF instrumentation for Java 21 virtual threads",
                    "Spans started on a virtual thread end up on the carrier thread's trace.", 15, FeedbackStatus.NEW),
            feature("Rafael", "Sampling rules per service in the Odigos UI",
                    "We want 100% of checkout traces but 5% of health checks, without editing the collector.", 12,
                    FeedbackStatus.SHIPPED),
            bug("Grace", "Odiglet crash-loops on GKE nodes with Container-Optimized OS", "Go",
                    "GKE", "Upgrade Odigos on a GKE 1.29 cluster with COS nodes, then instrument any Go deployment.",
                    "The odiglet starts and instruments the pods.",
                    "The odiglet restarts every few seconds: failed to load eBPF program, permission denied.", 11,
                    FeedbackStatus.IN_PROGRESS),
            feature("Oliver", "Custom OpenTelemetry Collector processors in the pipeline",
                    "We need the redaction and transform processors before data leaves the cluster.", 9,
                    FeedbackStatus.UNDER_REVIEW),
            feature("Kwame", "Run the odiglet only on selected node pools",
                    "GPU node pools must not run extra daemons; a nodeSelector in the Helm chart would do.", 7,
                    FeedbackStatus.PLANNED),
            bug("Yusuf", "Java agent doubles spans for Spring WebFlux handlers", "Java", "EKS",
                    "Instrument a Spring Boot 3 WebFlux service and call any endpoint.",
                    "One server span per request.", "Two nested server spans with the same name.", 6,
                    FeedbackStatus.PLANNED),
            feature("Ximena", "Datadog destination: send span metrics as well as traces",
                    "Our dashboards are built on Datadog's trace metrics, which we lose when Odigos exports.", 5,
                    FeedbackStatus.NEW),
            feature("Wei", "Rust services through eBPF uprobes",
                    "More of our edge services are in Rust (tokio, axum) and show as gaps in every trace.", 4,
                    FeedbackStatus.NEW),
            bug("Noah", "Node.js spans go missing after a pod restart", "JavaScript", "AKS",
                    "Instrument a Node.js 20 Express service, then delete its pod.",
                    "The new pod is instrumented like the old one.", "The new pod sends no spans until redeployed.",
                    3, FeedbackStatus.NEW),
            bug("Lena", "Instrumentation settings ignored in namespaces with long names", "Go", "k3s",
                    "Create a namespace with a 60-character name and instrument a deployment in it.",
                    "The instrumentation follows the namespace's settings.",
                    "The defaults apply; the odiglet logs a truncated label value.", 2, FeedbackStatus.SHIPPED));

    /** How many demo members register for the community call and the workshop. */
    static final int CALL_REGISTRATIONS = 10;
    static final int WORKSHOP_REGISTRATIONS = 6;
    static final String CALL_TITLE = "Odigos community call";
    static final String WORKSHOP_TITLE = "Workshop: from zero to traces with eBPF";

    static final String HACKATHON_TITLE = "Odigos Hack Week";
    static final List<HackTeam> TEAMS = List.of(
            new HackTeam("Tempo Tamers", ids("Priya", "Zoe", "Chen")),
            new HackTeam("eBPF Wizards", ids("Daniel", "Jakub", "Thuy", "Viktor")),
            new HackTeam("Rustaceans", ids("Wei", "Sofia", "Camila")));
    /** Registered without a team: the board has people looking for one. */
    static final List<String> LOOKING_FOR_TEAM = ids("Fatima", "Tomás");

    static final List<Credit> CREDITS = List.of(
            credit("Hiroshi", ContributionKind.TALK, "KubeCon talk: zero-code tracing with eBPF and Odigos"),
            credit("Kavya", ContributionKind.MENTORING, "Mentored two newcomers to their first merged PRs"),
            credit("Grace", ContributionKind.TUTORIAL, "Tutorial: tracing a FastAPI app with Odigos and Jaeger"),
            credit("Amara", ContributionKind.EVENT_ORGANISING, "Organised the first Odigos meetup in Lagos"),
            credit("Inès", ContributionKind.DOCUMENTATION, "Docs: the destinations overview"),
            credit("Inès", ContributionKind.DOCUMENTATION, "Docs: installing on OpenShift"),
            credit("Inès", ContributionKind.DOCUMENTATION, "Docs: troubleshooting the odiglet"),
            credit("Inès", ContributionKind.DOCUMENTATION, "Docs: sampling rules"),
            credit("Inès", ContributionKind.DOCUMENTATION, "Docs: the Helm values reference"),
            credit("Liam", ContributionKind.REVIEW, "Reviewed the Python instrumentation refactor"),
            credit("Mateo", ContributionKind.COMMUNITY_SUPPORT, "Answered a dozen install questions in #community"),
            credit("Uma", ContributionKind.TRIAGE, "Triaged the Java agent issues"));
    /** Earned by hand rather than by a rule: Odigos Champion. */
    static final String CHAMPION = id("Hiroshi");
    static final String CHAMPION_REASON = "Two talks and countless answers in #community this quarter.";

    private DemoData() {
    }

    /** The id of the demo member with this first name; a name that is not one of them is a mistake here. */
    static String id(String firstName) {
        String id = idOf(firstName);
        if (MEMBERS.stream().noneMatch(p -> p.id().equals(id))) {
            throw new IllegalStateException("no demo member called " + firstName);
        }
        return id;
    }

    /** U2 and the first name in capitals, ASCII letters only, as Slack's ids are. */
    private static String idOf(String firstName) {
        return "U2" + Normalizer.normalize(firstName, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "")
                .toUpperCase(Locale.ROOT);
    }

    static List<String> memberIds() {
        return MEMBERS.stream().map(Person::id).toList();
    }

    /**
     * The members who vote for the request at this position: the next ones around the list after a start that
     * moves with the position, so every member votes for a few and the author never for their own.
     */
    static List<String> votersFor(int position) {
        Request request = REQUESTS.get(position);
        List<String> voters = new ArrayList<>();
        for (int i = 0; voters.size() < request.votes(); i++) {
            String member = MEMBERS.get((position * 11 + i) % MEMBERS.size()).id();
            if (!member.equals(request.author())) {
                voters.add(member);
            }
        }
        return voters;
    }

    /** The members registered for an event: {@code count} of them, from a start so the two events differ. */
    static List<String> registrantsFrom(int start, int count) {
        List<String> ids = memberIds();
        return IntStream.range(0, count).mapToObj(i -> ids.get((start + i) % ids.size())).toList();
    }

    private static Person person(String name, String zone) {
        return new Person(idOf(name.split(" ")[0]), name, zone);
    }

    private static Credit credit(String firstName, ContributionKind kind, String title) {
        return new Credit(id(firstName), kind, title);
    }

    private static List<String> ids(String... firstNames) {
        return Arrays.stream(firstNames).map(DemoData::id).toList();
    }

    private static Request feature(String author, String title, String problem, int votes, FeedbackStatus status) {
        return new Request(id(author), FeedbackKind.FEATURE, Map.of(FeedbackField.TITLE, title,
                FeedbackField.PROBLEM, problem), votes, status);
    }

    private static Request bug(String author, String title, String language, String distribution, String steps,
                               String expected, String actual, int votes, FeedbackStatus status) {
        return new Request(id(author), FeedbackKind.BUG, Map.of(FeedbackField.TITLE, title,
                FeedbackField.ODIGOS_VERSION, "v1.0.148", FeedbackField.K8S_DISTRIBUTION, distribution,
                FeedbackField.K8S_VERSION, "1.29", FeedbackField.LANGUAGE, language, FeedbackField.STEPS, steps,
                FeedbackField.EXPECTED, expected, FeedbackField.ACTUAL, actual), votes, status);
    }
}
