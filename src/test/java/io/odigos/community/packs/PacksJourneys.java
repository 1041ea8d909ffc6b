package io.odigos.community.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.CommunityBot;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.Postgres;
import io.odigos.community.testing.SignedSlack;
import io.odigos.community.testing.TestBot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * The packs' people and the packs they share: Ann and Ben publish, Cal rates and confirms, Max is a maintainer
 * (PACKS_MAINTAINERS), and the current Odigos release is 1.4 (ODIGOS_CURRENT_VERSION), so 1.4 and 1.3 are the recent
 * ones. A subclass on PostgreSQL overrides {@link #onPostgres()}.
 */
abstract class PacksJourneys extends BotJourneys {

    static final String ANN = "UANN";
    static final String BEN = "UBEN";
    static final String CAL = "UCAL";
    static final String MAX = "UMAX";
    static final String ADMIN = TestBot.ADMIN;

    @BeforeEach
    void people() {
        t.slack.addUser(ANN, "Ann", "Europe/London", false, false);
        t.slack.addUser(BEN, "Ben", "America/New_York", false, false);
        t.slack.addUser(CAL, "Cal", "Asia/Tokyo", false, false);
        t.slack.addUser(MAX, "Max", "Europe/Berlin", false, false);
    }

    PacksFeature packs() {
        return t.bot.features().packs();
    }

    /** A pack file from src/test/resources/packs. */
    static byte[] file(String name) {
        try (InputStream in = PacksJourneys.class.getResourceAsStream("/packs/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test pack " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A published pack written straight through the entities and the store, its one version the valid pack of every
     * kind tried on 1.4: what ratings, the portal and the seams are tested on before publishing through Slack.
     */
    Pack storedPack(String author, String name, Set<String> tags) {
        return storedPack(t.bot, t.clock.instant(), author,
                new PackDetails(name, "What " + name + " does", "Use it when *" + name + "* matters.", tags));
    }

    /** The same, with the author's own words (a README of one's own, a payload), on any bot (a browser test's). */
    static Pack storedPack(CommunityBot bot, Instant now, String author, PackDetails details) {
        PacksStore store = new PacksStore();
        PackValidation validation = validated(file("valid-every-kind.yaml"));
        return bot.platform().database().inTransaction(em -> {
            Pack pack = store.insert(em, new Pack(Slugs.of(details.name(), s -> store.slugTaken(em, s)), author,
                    details, now));
            PackVersion version = store.insert(em, new PackVersion(pack.id(), 1, details, file("valid-every-kind.yaml"),
                    validation.documents(), Set.of("1.4"), "valid-every-kind.yaml", null, now));
            version.publish(ADMIN, now);
            pack.publish(now);
            return pack;
        });
    }

    /** A further published version of the pack, the same valid YAML with a comment so its bytes and sha256 differ. */
    static PackVersion storedVersion(CommunityBot bot, Instant now, long packId, Set<String> triedOn, String changes) {
        PacksStore store = new PacksStore();
        return bot.platform().database().inTransaction(em -> {
            int number = store.nextNumber(em, packId);
            byte[] yaml = ("# version " + number + "\n" + new String(file("valid-every-kind.yaml"),
                    StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            PackValidation validation = validated(yaml);
            PackDetails details = store.pack(em, packId).orElseThrow().details();
            PackVersion version = store.insert(em, new PackVersion(packId, number, details, yaml, validation.documents(),
                    triedOn, "valid-every-kind.yaml", changes, now));
            version.publish(ADMIN, now);
            return version;
        });
    }

    private static PackValidation validated(byte[] yaml) {
        PackValidation validation = new PackValidator(PackSchemas.shipped()).validate(yaml);
        if (!validation.valid()) {
            throw new AssertionError("the test pack is not valid: " + validation.problems());
        }
        return validation;
    }

    Pack pack(long id) {
        return t.bot.platform().database().inTransaction(em -> em.find(Pack.class, id));
    }

    List<PackVersion> versions(long packId) {
        return t.bot.platform().database().inTransaction(em -> new PacksStore().versions(em, packId));
    }

    // ---- publishing through Slack ----

    /**
     * A member's upload in the publish form's file input, as Slack keeps it: the file's bytes put in the emulator
     * through the upload flow Slack's clients use (get an upload URL, POST the bytes); answers the file's id.
     */
    String upload(String filename, byte[] bytes) {
        try {
            HttpClient http = HttpClient.newHttpClient();
            String form = SignedSlack.formBody(Map.of("filename", filename, "length", Integer.toString(bytes.length)));
            HttpResponse<String> asked = http.send(HttpRequest.newBuilder(URI.create(t.slack.apiUrl()
                            + "files.getUploadURLExternal")).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Bearer member-client")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            JsonObject answer = JsonParser.parseString(asked.body()).getAsJsonObject();
            HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(answer.get("upload_url")
                    .getAsString())).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, sent.statusCode(), sent.body());
            return answer.get("file_id").getAsString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a member types into the publish form for a good pack; tests change one value at a time. */
    static Map<String, String> described(String name) {
        Map<String, String> typed = new HashMap<>();
        typed.put(PackDraft.NAME, name);
        typed.put(PackDraft.SUMMARY, "Traces of Java payment services with card numbers masked");
        typed.put(PackDraft.README, "Install it on a cluster running *Odigos 1.4*; it masks PANs in span attributes.");
        typed.put(PackDraft.tagBlock(PackTags.SIGNAL), "signal:Traces");
        typed.put(PackDraft.tagBlock(PackTags.LANGUAGE), "language:Java");
        typed.put(PackDraft.TRIED_ON, "1.4,1.3");
        return typed;
    }

    /** The member types /packs publish and gets the form. */
    JsonObject openPublish(String user) {
        t.slack.clear();
        assertEquals(200, t.signed.slashCommand(user, "/packs", "publish").statusCode());
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    /** Submits the form with {@code typed}, and the uploaded file {@code fileId} in its file input (null: none). */
    HttpResponse<String> submit(String user, JsonObject form, Map<String, String> typed, String fileId) {
        return t.signed.interaction(withFile(Payloads.submit(user, form, typed), fileId));
    }

    /** The submission with the file input's state as Slack sends it: the uploaded files, not a value. */
    static JsonObject withFile(JsonObject submission, String fileId) {
        JsonObject file = new JsonObject();
        file.addProperty("type", "file_input");
        JsonArray files = new JsonArray();
        if (fileId != null) {
            JsonObject f = new JsonObject();
            f.addProperty("id", fileId);
            files.add(f);
        }
        file.add("files", files);
        JsonObject byAction = new JsonObject();
        byAction.add(PackForm.INPUT, file);
        submission.getAsJsonObject("view").getAsJsonObject("state").getAsJsonObject("values")
                .add(PackDraft.FILE, byAction);
        return submission;
    }

    /** Publishes a good pack by upload through the form; answers its id (pending or published, as settings say). */
    long publish(String user, String name) {
        String fileId = upload("payments.yaml", file("valid-every-kind.yaml"));
        HttpResponse<String> answer = submit(user, openPublish(user), described(name), fileId);
        assertEquals("", answer.body(), "the form closes");
        return t.bot.platform().database().inTransaction(em -> em.createQuery(
                "select p.id from Pack p where p.name = :n", Long.class).setParameter("n", name).getSingleResult());
    }



    /** Rows in a packs table, to show a refused submission stored nothing. */
    long rows(String table) {
        return t.bot.platform().database().inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from " + table).getSingleResult()).longValue());
    }

    /** The *OnPostgresTest subclasses run the same journeys on a new PostgreSQL database. */
    protected boolean onPostgres() {
        return false;
    }

    /** Settings beyond TestBot's own: Max is a maintainer, and Odigos 1.4 is current. */
    protected Map<String, String> settings() {
        return Map.of("PACKS_MAINTAINERS", MAX, "ODIGOS_CURRENT_VERSION", "v1.4.2");
    }

    /** A new, empty database for each test, with {@link #settings()}. */
    @Override
    protected TestBot startBot() throws Exception {
        Map<String, String> settings = new HashMap<>(settings());
        if (onPostgres()) {
            settings.putAll(Postgres.SETTINGS);
        }
        return TestBot.start(onPostgres() ? Postgres.newDatabase()
                : "jdbc:h2:mem:packs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", settings);
    }
}
