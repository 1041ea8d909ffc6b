package io.odigos.community.slack;

import com.slack.api.methods.request.files.FilesUploadV2Request;
import java.io.File;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Sends a file to a member's DM with files.uploadV2, which needs the DM's channel id, so conversations.open first.
 * Both go through the poster, so they keep to Slack's limits and their failures are classified like every other.
 */
public final class DmFiles {

    private final SlackPoster poster;

    public DmFiles(SlackPoster poster) {
        this.poster = poster;
    }

    /** A file made in memory (a chart, a small CSV). */
    public void send(String memberId, String filename, byte[] bytes, String title, String comment)
            throws DeliveryException {
        upload(memberId, r -> r.fileData(bytes), filename, title, comment);
    }

    /** A file on disk (a large export, streamed by the SDK). */
    public void send(String memberId, File file, String filename, String title, String comment) throws DeliveryException {
        upload(memberId, r -> r.file(file), filename, title, comment);
    }

    private void upload(String memberId, UnaryOperator<FilesUploadV2Request.FilesUploadV2RequestBuilder> content,
                        String filename, String title, String comment) throws DeliveryException {
        String dm = poster.openConversation(List.of(memberId));
        poster.call("files.uploadV2", null, c -> c.filesUploadV2(r -> content.apply(r.channel(dm))
                .filename(filename).title(title).initialComment(comment)));
    }
}
