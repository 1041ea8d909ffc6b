package io.odigos.community.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;

/** Sends a file to a member's DM with files.uploadV2, which needs the DM's channel id, so conversations.open first. */
public final class DmFiles {

    private final MethodsClient slack;

    public DmFiles(MethodsClient slack) {
        this.slack = slack;
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
        try {
            var dm = slack.conversationsOpen(r -> r.users(List.of(memberId)));
            if (!dm.isOk()) {
                throw DeliveryException.rejected(dm.getError());
            }
            var uploaded = slack.filesUploadV2(r -> content.apply(r.channel(dm.getChannel().getId()))
                    .filename(filename).title(title).initialComment(comment));
            if (!uploaded.isOk()) {
                throw DeliveryException.rejected(uploaded.getError());
            }
        } catch (IOException | SlackApiException e) {
            throw DeliveryException.unreachable(e.getMessage());
        }
    }
}
