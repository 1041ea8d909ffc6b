package io.odigos.community.testing;

/** View and message JSON as the emulator received it, made readable for assertions. */
public final class ViewJson {

    private ViewJson() {
    }

    /** Gson writes '<', '>' and '&' as unicode escapes; mentions and escaped member text read as they are shown. */
    public static String readable(String json) {
        return json.replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0026", "&");
    }
}
