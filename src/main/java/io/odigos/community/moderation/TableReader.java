package io.odigos.community.moderation;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Reads the bot's own tables straight over JDBC with a fetch size, one row at a time, so an export of millions of
 * rows needs no more memory than one batch. Quartz's qrtz_* tables, Flyway's history and the Slack outbox (a
 * delivery queue of messages to individual members, emptied as they are sent) are not the community's data and
 * are left out. It is not a feature store: it owns no table and knows no row's meaning, it copies whatever tables
 * the schema holds, column by column, so a new feature's tables are exported without a change here.
 */
final class TableReader {

    private static final int FETCH_SIZE = 1000;

    private final DataSource dataSource;

    TableReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Receives each row's values: text, numbers, booleans, null, and timestamps as ISO-8601 UTC text. */
    @FunctionalInterface
    interface RowSink {
        void row(List<Object> values) throws IOException;
    }

    /** The exportable tables, lower-case, sorted. */
    List<String> tables() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!name.startsWith("qrtz_") && !name.equals("flyway_schema_history") && !name.equals("slack_outbox")) {
                        names.add(name);
                    }
                }
            }
            names.sort(null);
            return names;
        }
    }

    /**
     * Streams one table (a name from {@link #tables()}) in primary-key order: the column names go to
     * {@code header}, then each row to {@code rows}. Answers the number of rows.
     */
    long read(String table, HeaderSink header, RowSink rows) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            // PostgreSQL only honours the fetch size inside a transaction; otherwise it reads the whole result at once
            c.setAutoCommit(false);
            c.setReadOnly(true);
            String quoted = "\"" + (c.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table) + "\"";
            try (PreparedStatement s = c.prepareStatement("select * from " + quoted + " order by 1",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = s.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    int n = meta.getColumnCount();
                    List<String> columns = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                    }
                    header.columns(columns);
                    long count = 0;
                    while (rs.next()) {
                        List<Object> values = new ArrayList<>(n);
                        for (int i = 1; i <= n; i++) {
                            values.add(value(rs, i, meta.getColumnType(i)));
                        }
                        rows.row(values);
                        count++;
                    }
                    return count;
                }
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setAutoCommit(true);
            }
        }
    }

    @FunctionalInterface
    interface HeaderSink {
        void columns(List<String> names) throws IOException;
    }

    private static Object value(ResultSet rs, int i, int type) throws SQLException {
        Object v = switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                Timestamp t = rs.getTimestamp(i);
                yield t == null ? null : t.toInstant().toString();
            }
            case Types.BOOLEAN, Types.BIT -> rs.getBoolean(i);
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC, Types.REAL,
                 Types.FLOAT, Types.DOUBLE -> rs.getObject(i) instanceof Number num ? num : null;
            default -> rs.getString(i);
        };
        return rs.wasNull() ? null : v;
    }
}
