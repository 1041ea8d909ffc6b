package io.odigos.community.web;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * HTML that one of this package's converters built from text it escaped itself; a template writes it as it is.
 * Nothing else may make one, so no member's text reaches a page without passing through an escape.
 */
public final class SafeHtml implements Content {

    private final String html;

    SafeHtml(String html) {
        this.html = html;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(html);
    }

    @Override
    public String toString() {
        return html;
    }
}
