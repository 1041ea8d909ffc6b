package io.odigos.community.playground;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One message as the playground shows it: who wrote it, its blocks (or its text when it has none), whether only
 * the reader sees it, and the files it shares.
 */
public record MessageView(String channel, String ts, String author, boolean fromBot, boolean ephemeral,
                          String text, List<LayoutBlock> blocks, List<FileLink> files) {

    /** A shared file, downloaded from the playground under its name. */
    public record FileLink(String name, String title, String link) {
    }
}
