package io.odigos.community.moderation;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.DeliveryException;
import io.odigos.community.slack.DmFiles;
import io.odigos.community.slack.DurableTasks;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackText;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports the bot's data for an admin: every table (one zip, a file per table) or one table (a single file), as CSV
 * or JSON. It runs after the command is acknowledged, streams rows into a temporary file, tells the admin how far
 * it got every {@code progressEveryRows} rows, then delivers the file to their DM.
 */
public final class Exports {

    private static final String TASK = "moderation.export";

    static final String USAGE = "export csv|json [table]";
    private static final Logger log = LoggerFactory.getLogger(Exports.class);
    private static final long DEFAULT_PROGRESS_EVERY_ROWS = 100_000;

    private final AdminWrites admin;
    private final SlackOutbox outbox;
    private final DurableTasks tasks;
    private final DmFiles files;
    private final Clock clock;
    private final TableReader reader;
    private final long progressEveryRows;

    public Exports(AdminWrites admin, Database database, SlackOutbox outbox, DurableTasks tasks, DmFiles files,
                   Clock clock) {
        this(admin, database, outbox, tasks, files, clock, DEFAULT_PROGRESS_EVERY_ROWS);
    }

    /** With a smaller progress step, so a test sees progress messages without seeding 100,000 rows. */
    Exports(AdminWrites admin, Database database, SlackOutbox outbox, DurableTasks tasks, DmFiles files, Clock clock,
            long progressEveryRows) {
        this.admin = admin;
        this.outbox = outbox;
        this.tasks = tasks;
        this.files = files;
        this.clock = clock;
        this.reader = new TableReader(database.dataSource());
        this.progressEveryRows = progressEveryRows;
        // stored as a durable task, so an export an admin was promised survives a restart and Slack's bad moments
        tasks.register(TASK, p -> run(p.get("admin"), ExportFormat.valueOf(p.get("format")),
                List.of(p.get("tables").split(",")), Boolean.parseBoolean(p.get("zipped"))));
    }

    /**
     * Checks the request, records it and starts the export; answers what the admin sees right away. The export
     * writes nothing of the bot's own: its task is stored in Quartz's tables, on Quartz's connection, which cannot
     * join the audit entry's transaction. So the entry commits first and the task is stored after it: an export
     * never runs unrecorded, and a failure to store the task leaves an entry for an export that never started.
     */
    public String start(String adminId, String arguments) {
        Request request = admin.write(adminId, "moderation.export", em -> {
            Request checked = request(arguments);
            return new Audited<>(checked, checked.everyTable() ? "tables:all" : "table:" + checked.tables().get(0),
                    checked.format().extension());
        });
        tasks.run(TASK, Map.of("admin", adminId, "format", request.format().name(), "tables",
                String.join(",", request.tables()), "zipped", Boolean.toString(request.everyTable())));
        return ":hourglass_flowing_sand: Exporting " + (request.everyTable() ? "all " + request.tables().size()
                + " tables" : "`" + request.tables().get(0) + "`") + " as "
                + request.format().extension().toUpperCase(Locale.ROOT)
                + "; the file arrives in your DM, with progress messages if it is large.";
    }

    /** What an admin asked to export: every table (zipped) or one. */
    private record Request(ExportFormat format, List<String> tables, boolean everyTable) {
    }

    private Request request(String arguments) {
        String[] words = arguments == null || arguments.isBlank() ? new String[0]
                : arguments.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 0 || words.length > 2 || !(words[0].equals("csv") || words[0].equals("json"))) {
            throw new Refusal("Say which format, e.g. `/community-admin export csv` for every table or "
                    + "`/community-admin export json feedback_items` for one.");
        }
        ExportFormat format = ExportFormat.valueOf(words[0].toUpperCase(Locale.ROOT));
        List<String> all = tables();
        List<String> chosen = words.length == 1 ? all : all.stream().filter(words[1]::equals).toList();
        if (chosen.isEmpty()) {
            throw new Refusal("There is no table `" + SlackText.escape(words[1]) + "` to export. The tables are: "
                    + String.join(", ", all) + ".");
        }
        return new Request(format, chosen, words.length == 1);
    }

    private List<String> tables() {
        try {
            return reader.tables();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the tables: " + e.getMessage(), e);
        }
    }

    private void run(String adminId, ExportFormat format, List<String> tables, boolean zipped) throws DeliveryException {
        String day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        String filename = zipped ? "community-export-" + day + ".zip" : tables.get(0) + "-" + day + "." + format.extension();
        File file = null;
        try {
            file = Files.createTempFile("community-export-", zipped ? ".zip" : "." + format.extension()).toFile();
            Progress progress = new Progress(adminId, tables.size());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file.toPath()))) {
                if (zipped) {
                    try (ZipOutputStream zip = new ZipOutputStream(out)) {
                        for (String table : tables) {
                            zip.putNextEntry(new ZipEntry(table + "." + format.extension()));
                            writeTable(table, format, zip, progress);
                            zip.closeEntry();
                        }
                    }
                } else {
                    writeTable(tables.get(0), format, out, progress);
                }
            }
            files.send(adminId, file, filename, "Community bot data export (" + day + ")",
                    "Here is the export you asked for: " + plural(tables.size(), "table") + ", "
                            + plural(progress.rows, "row") + ", as " + format.extension().toUpperCase(Locale.ROOT)
                            + ". Times are ISO-8601 in UTC.");
        } catch (IOException | SQLException | UncheckedIOException e) {
            log.error("data export for {} failed", adminId, e);
            outbox.send(OutgoingMessage.dm(adminId, ":x: The export failed (" + e.getMessage()
                    + "). Please try again or ask the operator to look at the logs.", null));
        } finally {
            if (file != null && !file.delete()) {
                file.deleteOnExit();
            }
        }
    }

    private void writeTable(String table, ExportFormat format, OutputStream out, Progress progress)
            throws IOException, SQLException {
        // flushed, never closed: closing would close the zip stream that carries the next table
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ExportFormat.RowWriter[] rows = new ExportFormat.RowWriter[1];
        reader.read(table, columns -> rows[0] = format.open(writer, columns), values -> {
            rows[0].row(values);
            progress.row();
        });
        rows[0].finish();
        writer.flush();
        progress.tableDone();
    }

    /** Counts rows and tables and tells the admin every progressEveryRows rows. */
    private final class Progress {
        private final String adminId;
        private final int tables;
        private int tablesDone;
        private long rows;
        private long sinceLastMessage;

        Progress(String adminId, int tables) {
            this.adminId = adminId;
            this.tables = tables;
        }

        void row() {
            rows++;
            if (++sinceLastMessage >= progressEveryRows) {
                sinceLastMessage = 0;
                outbox.send(OutgoingMessage.dm(adminId, ":hourglass_flowing_sand: Export in progress: exported "
                        + tablesDone + " of " + plural(tables, "table") + ", " + plural(rows, "row") + " so far.", null));
            }
        }

        void tableDone() {
            tablesDone++;
        }
    }

    private static String plural(long n, String noun) {
        return String.format(Locale.ENGLISH, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
