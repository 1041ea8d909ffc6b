package io.odigos.community.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import java.io.File;
import java.io.IOException;
import java.util.List;

/** Sends a file to a member's DM with files.uploadV2 (which needs the DM's channel id, not the user id). */
public final class DmFiles {

    private final MethodsClient slack;

    public DmFiles(MethodsClient slack) {
        this.slack = slack;
    }

    public void send(String memberId, File file, String filename, String title, String comment) throws DeliveryException {
        try {
            var dm = slack.conversationsOpen(r -> r.users(List.of(memberId)));
            if (!dm.isOk()) {
                throw DeliveryException.rejected(dm.getError());
            }
            var uploaded = slack.filesUploadV2(r -> r.channel(dm.getChannel().getId()).file(file).filename(filename)
                    .title(title).initialComment(comment));
            if (!uploaded.isOk()) {
                throw DeliveryException.rejected(uploaded.getError());
            }
        } catch (IOException | SlackApiException e) {
            throw DeliveryException.unreachable(e.getMessage());
        }
    }
}
