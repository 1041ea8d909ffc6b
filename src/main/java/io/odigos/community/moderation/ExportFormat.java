package io.odigos.community.moderation;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * How an exported table is written, row by row so no table is ever held in memory: CSV per RFC 4180 (a header row,
 * CRLF line ends, fields quoted when needed; values are not altered, so the file restores exactly), or JSON as one
 * array of objects per table. Values arrive already as text, numbers, booleans or null; timestamps as ISO-8601 UTC.
 */
enum ExportFormat {
    CSV("csv") {
        @Override
        RowWriter open(Writer out, List<String> columns) throws IOException {
            line(out, columns.stream().map(c -> (Object) c).toList());
            return new RowWriter() {
                @Override
                public void row(List<Object> values) throws IOException {
                    line(out, values);
                }

                @Override
                public void finish() throws IOException {
                    out.flush();
                }
            };
        }

        private void line(Writer out, List<Object> values) throws IOException {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(values.get(i)));
            }
            out.write("\r\n");
        }
    },
    JSON("json") {
        @Override
        RowWriter open(Writer out, List<String> columns) throws IOException {
            JsonWriter json = new JsonWriter(out);
            json.beginArray();
            return new RowWriter() {
                @Override
                public void row(List<Object> values) throws IOException {
                    json.beginObject();
                    for (int i = 0; i < columns.size(); i++) {
                        json.name(columns.get(i));
                        Object v = values.get(i);
                        if (v == null) {
                            json.nullValue();
                        } else if (v instanceof Number n) {
                            json.value(n);
                        } else if (v instanceof Boolean b) {
                            json.value(b);
                        } else {
                            json.value(v.toString());
                        }
                    }
                    json.endObject();
                }

                @Override
                public void finish() throws IOException {
                    json.endArray();
                    json.flush(); // not close: the zip stream beneath carries the next table
                }
            };
        }
    };

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    abstract RowWriter open(Writer out, List<String> columns) throws IOException;

    /** Writes one table's rows in order. */
    interface RowWriter {
        void row(List<Object> values) throws IOException;

        void finish() throws IOException;
    }

    /** An RFC 4180 field: quoted when it holds a comma, quote or line break, with quotes doubled. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
