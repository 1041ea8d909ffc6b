package io.odigos.community.recognition;

import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.slack.BlockKit;
import java.util.List;

/** The words of the Champions programme: the rubric, the admins' question, the welcome, and its refusals. */
final class ChampionMessages {

    private ChampionMessages() {
    }

    static String rubric() {
        return "*Odigos Champions rubric*: contributions in at least " + Champions.ACTIVE_MONTHS + " of the last "
                + Champions.WINDOW_MONTHS + " months, at least one of them mentoring, organising an event or a "
                + "tutorial. Members who meet it are proposed to the admins every month; anyone can nominate someone "
                + "else with `/champions nominate @member <why>` (not themselves). An admin confirms every Champion.";
    }

    static String alreadyChampion(String memberId) {
        return "<@" + memberId + "> is already an Odigos Champion.";
    }

    static String alreadyNominated(String memberId) {
        return "You have already nominated <@" + memberId + ">.";
    }

    static String meetsRubric() {
        return "meets the Champions rubric";
    }

    static String nominatedBy(String nominator, String reason) {
        return "was nominated by <@" + nominator + ">: " + escape(reason.strip());
    }

    /** What the admins are asked, with its Confirm button; {@code why} is one of the phrases above. */
    static String proposal(String memberId, String why) {
        return ":star2: <@" + memberId + "> " + why + ". Confirm them as an Odigos Champion?";
    }

    static List<LayoutBlock> proposalBlocks(String memberId, String why) {
        return List.of(BlockKit.section(proposal(memberId, why)),
                BlockKit.actions(List.of(BlockKit.primaryButton("Confirm as Champion", Champions.CONFIRM, memberId))));
    }

    static String welcome(String memberId) {
        return ":star2: Please welcome our newest *Odigos Champion*: <@" + memberId
                + ">! Thank you for everything you do for the community.";
    }
}
