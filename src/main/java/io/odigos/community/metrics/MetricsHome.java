package io.odigos.community.metrics;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.core.Members;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.HomeSection;
import java.util.ArrayList;
import java.util.List;

/**
 * The success metrics with progress bars, on admins' App Home only. A member's Home pays one admin check (the
 * cached members row) and no metric query.
 */
final class MetricsHome implements HomeSection {

    private final MetricsService service;
    private final Members members;

    MetricsHome(MetricsService service, Members members) {
        this.service = service;
        this.members = members;
    }

    @Override
    public List<LayoutBlock> blocks(String userId) {
        if (!members.isAdmin(userId)) {
            return List.of();
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header(":bar_chart: Programme metrics (admins only)"));
        service.current().forEach(m -> blocks.add(BlockKit.section(MetricsText.describe(m))));
        blocks.add(BlockKit.context("Trend: change since the daily snapshot of about " + MetricsService.TREND_DAYS
                + " days ago. `" + AdminCommands.COMMAND + " metrics chart` sends a chart of the trends; definitions "
                + "are in docs/METRICS.md."));
        return blocks;
    }

    @Override
    public int maxBlocks() {
        return Metric.values().length + 2;
    }
}
