package de.mosaik.networks.web;

import de.mosaik.networks.domain.Recommendation;
import de.mosaik.networks.domain.RecommendationDraft;
import de.mosaik.shared.web.MultiLine;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** A recommendation's texts as the coordination's form sends them. */
public record RecommendationForm(
        @Nullable String title,
        @MultiLine @Nullable String body,
        @Nullable String topic,
        @Nullable String addressees,
        @Nullable String progress,
        @Nullable String meetingId,
        int version) {

    static final int TITLE_MAX = 300;
    static final int BODY_MAX = 20_000;
    static final int TOPIC_MAX = 200;
    static final int ADDRESSEES_MAX = 500;

    static RecommendationForm empty() {
        return new RecommendationForm("", "", "", "", "0", "", 0);
    }

    static RecommendationForm of(Recommendation r) {
        return new RecommendationForm(
                r.title(),
                r.body(),
                r.topic(),
                r.addressees(),
                String.valueOf(r.progress()),
                r.meetingId() == null ? "" : r.meetingId().toString(),
                r.version());
    }

    RecommendationForm withVersion(int newVersion) {
        return new RecommendationForm(title, body, topic, addressees, progress, meetingId, newVersion);
    }

    void check(BindingResult result) {
        var title = strip(this.title);
        if (title.isEmpty()) {
            result.rejectValue("title", "networks.recommendation.form.title.required");
        } else if (title.length() > TITLE_MAX) {
            result.rejectValue("title", "networks.recommendation.form.title.tooLong");
        }
        if (strip(body).length() > BODY_MAX) {
            result.rejectValue("body", "networks.recommendation.form.body.tooLong");
        }
        if (strip(topic).length() > TOPIC_MAX) {
            result.rejectValue("topic", "networks.recommendation.form.topic.tooLong");
        }
        if (strip(addressees).length() > ADDRESSEES_MAX) {
            result.rejectValue("addressees", "networks.recommendation.form.addressees.tooLong");
        }
        if (progressValue() == null) {
            result.rejectValue("progress", "networks.recommendation.form.progress.invalid");
        }
        if (!strip(meetingId).isEmpty() && uuid(meetingId) == null) {
            result.rejectValue("meetingId", "networks.recommendation.form.meeting.unknown");
        }
    }

    /** Call after {@link #check} found nothing. */
    RecommendationDraft draft() {
        var progress = progressValue();
        return new RecommendationDraft(
                strip(title),
                strip(body),
                strip(topic),
                strip(addressees),
                progress == null ? 0 : progress,
                uuid(meetingId));
    }

    private @Nullable Integer progressValue() {
        var given = strip(progress);
        if (given.isEmpty()) {
            return 0;
        }
        try {
            var value = Integer.parseInt(given);
            return value < 0 || value > 100 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    static @Nullable UUID uuid(@Nullable String value) {
        var given = strip(value);
        if (given.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(given);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
