package io.odigos.community.metrics;

import io.odigos.community.feedback.FeedbackService;
import java.time.Instant;
import java.time.ZoneOffset;

/** Feature requests shipped in the last 12 months that were community-voted when they shipped. */
public final class VotedFeaturesShipped implements MetricSource {

    private final FeedbackService feedback;

    public VotedFeaturesShipped(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public Metric metric() {
        return Metric.VOTED_FEATURES_SHIPPED;
    }

    @Override
    public Reading read(Instant now) {
        Instant from = now.atZone(ZoneOffset.UTC).minusMonths(12).toInstant();
        return Reading.of(feedback.communityVotedShipped(from, now), "last 12 months");
    }
}
