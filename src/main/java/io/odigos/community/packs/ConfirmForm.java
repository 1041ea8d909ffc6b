package io.odigos.community.packs;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.releases.OdigosVersion;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.SlackText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * *Works on my cluster* for one version: the Odigos release it ran on. A select of the recent minors when the current
 * release is known, else a text field read by {@link OdigosVersion#parse}; either way it is stored to the minor.
 */
final class ConfirmForm {

    static final String CALLBACK = "pack-confirm-form";
    static final String RELEASE = "pack-release";
    static final String INPUT = "value";
    /** The select offers the current minor and the ones before it in the same major, this many at most. */
    static final int CHOICES = 10;

    /** Which version, and the channel the click came from (null: a DM or a view), where the answer goes. */
    record State(long versionId, String channel) {
    }

    private ConfirmForm() {
    }

    static View view(PackRatings.ConfirmChoice choice, String channel) {
        String label = "Which Odigos release did it run on?";
        var input = choice.latest().map(latest -> BlockKit.input(RELEASE, label, false, select(latest, choice.current())))
                .orElseGet(() -> BlockKit.input(RELEASE, label, false, BlockElements.plainTextInput(t -> t.actionId(INPUT)
                        .maxLength(16).initialValue(choice.current().orElse(null))
                        .placeholder(plainText("1.4")))));
        String triedOn = choice.version().triedOn().isEmpty() ? ""
                : "\nThe author tried it on Odigos " + String.join(", ", choice.version().triedOn()) + ".";
        return BlockKit.modal(CALLBACK, "Works on my cluster", "Confirm", new State(choice.version().id(), channel),
                List.of(BlockKit.section(RatingMessages.name(choice.pack()) + " v" + choice.version().number() + "\n"
                                + SlackText.escape(choice.pack().summary()) + triedOn),
                        input));
    }

    /** The current minor first, back to x.0, at most {@link #CHOICES}. */
    static List<OdigosVersion> releases(OdigosVersion latest) {
        List<OdigosVersion> releases = new ArrayList<>();
        for (int minor = latest.minor(); minor >= 0 && releases.size() < CHOICES; minor--) {
            releases.add(new OdigosVersion(latest.major(), minor));
        }
        return releases;
    }

    /** Preselects the release the member gave before when it is offered, else the current minor. */
    private static StaticSelectElement select(OdigosVersion latest, Optional<String> current) {
        List<OptionObject> options = releases(latest).stream()
                .map(v -> BlockKit.option("Odigos " + v, v.toString())).toList();
        OptionObject initial = options.stream().filter(o -> current.isPresent() && o.getValue().equals(current.get()))
                .findFirst().orElse(options.get(0));
        return BlockKit.select(INPUT, List.of(BlockKit.optionGroup("Releases", options)), initial);
    }

    /**
     * The release given, to the minor; refused under the field when missing, unreadable or newer than the current
     * release (when that is known).
     */
    static OdigosVersion release(ModalValues values, Optional<OdigosVersion> latest) {
        String given = values.text(RELEASE);
        if (given == null) {
            throw new InvalidInput(Map.of(RELEASE, RatingMessages.releaseMissing()));
        }
        OdigosVersion release = OdigosVersion.parse(given)
                .orElseThrow(() -> new InvalidInput(Map.of(RELEASE, RatingMessages.releaseUnreadable())));
        if (latest.isPresent() && release.isNewerThan(latest.get())) {
            throw new InvalidInput(Map.of(RELEASE, RatingMessages.releaseNotOut(release, latest.get())));
        }
        return release;
    }
}
