package io.odigos.community.hackathons;

/** RFC 4180 fields (hackathon and Labs exports): quoted when they hold a comma, quote or line break; quotes doubled. */
public final class Csv {

    private Csv() {
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        // a leading =, +, - or @ would run as a formula in spreadsheet apps
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
