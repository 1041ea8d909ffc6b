package io.odigos.community.metrics;

import io.odigos.community.core.BotConfig;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * A PNG of the metrics' daily snapshots: one panel per metric over a shared date axis, each with its target as a
 * dashed line, since the six have different units. Drawn with JFreeChart in headless mode (no display on a server).
 */
final class MetricsChart {

    static final int WIDTH = 900;
    static final int PANEL_HEIGHT = 170;
    private static final Color LINE = new Color(0x1f, 0x6f, 0xb5);
    private static final Color TARGET = new Color(0x2e, 0x8b, 0x57);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private MetricsChart() {
    }

    /** The chart of {@code history} (metrics without snapshots are left out); {@code history} must not be empty. */
    static byte[] png(Map<Metric, List<SnapshotPoint>> history, Function<Metric, BotConfig.Goal> goals) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new DateAxis("day (UTC)"));
        plot.setGap(12);
        history.forEach((metric, points) -> plot.add(panel(metric, points, goals.apply(metric).target())));
        JFreeChart chart = new JFreeChart("Odigos community: success metrics", JFreeChart.DEFAULT_TITLE_FONT, plot,
                false);
        chart.addSubtitle(new TextTitle("daily snapshots; dashed line: target"));
        chart.setBackgroundPaint(Color.WHITE);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, 80 + PANEL_HEIGHT * history.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the metrics chart", e);
        }
        return png.toByteArray();
    }

    private static XYPlot panel(Metric metric, List<SnapshotPoint> points, double target) {
        TimeSeries series = new TimeSeries(metric.label());
        points.forEach(p -> series.addOrUpdate(new Day(p.day().getDayOfMonth(), p.day().getMonthValue(),
                p.day().getYear()), p.reading()));
        NumberAxis axis = new NumberAxis(metric.unit());
        // from zero to above both the values and the target, so the target line is always in view
        double highest = Math.max(target, points.stream().mapToDouble(SnapshotPoint::reading).max().orElse(0));
        axis.setRange(0, Math.max(1, highest * 1.15));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, points.size() < 40);
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        XYPlot panel = new XYPlot(new TimeSeriesCollection(series), null, axis, renderer);
        panel.addRangeMarker(new ValueMarker(target, TARGET, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f)));
        TextTitle name = new TextTitle(metric.label(), new Font(Font.SANS_SERIF, Font.BOLD, 12));
        name.setBackgroundPaint(Color.WHITE);
        panel.addAnnotation(new XYTitleAnnotation(0.01, 0.98, name, RectangleAnchor.TOP_LEFT));
        panel.setBackgroundPaint(Color.WHITE);
        panel.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return panel;
    }
}
