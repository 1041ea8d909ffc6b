package io.odigos.community.packs;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.files.FilesInfoResponse;
import com.slack.api.model.File;
import io.odigos.community.slack.SlackText;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Reads a file a member uploaded in the publish form's {@code file_input}: {@code files.info} through the SDK gives
 * its size (a file over the limit is refused before a byte is downloaded) and its private URL, which is read with the
 * bot's token within {@link BoundedDownload#BUDGET} from the submission.
 */
final class SlackFileFetcher {

    private final String botToken;
    private final BoundedDownload download;

    SlackFileFetcher(String botToken, HttpClient client) {
        this.botToken = botToken;
        this.download = new BoundedDownload(client);
    }

    /** @param slack the SDK's client for the workspace the submission came from */
    FetchedPack fetch(MethodsClient slack, String fileId) {
        Instant deadline = BoundedDownload.deadline();
        File file = info(slack, fileId);
        if (file.getSize() != null && file.getSize() > PackValidator.MAX_BYTES) {
            throw new FetchRefused(PackMessages.fileTooBig(file.getSize()));
        }
        String url = file.getUrlPrivateDownload() != null ? file.getUrlPrivateDownload() : file.getUrlPrivate();
        if (url == null) {
            throw new FetchRefused(PackMessages.fileUnreadable("Slack gave no address for it"));
        }
        BoundedDownload.Answer answer;
        try {
            answer = download.get(URI.create(url), Map.of("Authorization", "Bearer " + botToken), deadline);
        } catch (TimeoutException e) {
            throw new FetchRefused(PackMessages.fileUnreadable("Slack did not send it within "
                    + BoundedDownload.BUDGET.toSeconds() + " seconds"));
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchRefused(PackMessages.fileUnreadable(e.getMessage()));
        }
        if (answer.status() != 200) {
            throw new FetchRefused(PackMessages.fileUnreadable("Slack answered HTTP " + answer.status()));
        }
        if (answer.tooBig()) {
            throw new FetchRefused(PackMessages.linkTooBig());
        }
        String name = file.getName() != null ? file.getName() : fileId;
        return new FetchedPack(answer.body(), SlackText.clip(name, PackDraft.MAX_LINK));
    }

    private static File info(MethodsClient slack, String fileId) {
        try {
            FilesInfoResponse info = slack.filesInfo(r -> r.file(fileId));
            if (!info.isOk() || info.getFile() == null) {
                throw new FetchRefused(PackMessages.fileUnreadable("Slack answered " + info.getError()));
            }
            return info.getFile();
        } catch (IOException | SlackApiException e) {
            throw new FetchRefused(PackMessages.fileUnreadable("Slack could not be reached"));
        }
    }
}
