package de.mosaik.events;

import de.mosaik.shared.text.SafeHtml;
import de.mosaik.shared.translation.ShownText;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The texts staff wrote for one event, as a page in one language shows them: per text the
 * published translation or the German, marked as such (see {@link ShownText}). Choice answers
 * keep their German value; only the label the registrant reads is translated.
 */
public record EventTexts(
        ShownText title,
        ShownText summary,
        ShownText description,
        ShownText consent,
        Map<UUID, ShownText> questionLabels,
        Map<UUID, List<ShownText>> questionOptions,
        Map<UUID, ShownText> accessibilityNotes) {

    /** Owner kinds and fields under which event texts are stored in {@code shared.translation}. */
    public static final String EVENT = "event";

    public static final String QUESTION = "event-question";
    public static final String VENUE = "venue";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String CONSENT = "consent";
    public static final String LABEL = "label";
    public static final String ACCESSIBILITY_NOTES = "accessibility-notes";

    public EventTexts {
        questionLabels = Map.copyOf(questionLabels);
        questionOptions = Map.copyOf(questionOptions);
        accessibilityNotes = Map.copyOf(accessibilityNotes);
    }

    /** The field name of a choice option: options are stored by position. */
    public static String option(int index) {
        return "option." + index;
    }

    public ShownText label(Question question) {
        return questionLabels.getOrDefault(question.id(), ShownText.german(question.label()));
    }

    /** The label of the option {@code value} of a choice question; the value itself stays German. */
    public ShownText option(Question question, String value) {
        int index = question.options().indexOf(value);
        var shown = questionOptions.getOrDefault(question.id(), List.of());
        return index >= 0 && index < shown.size() ? shown.get(index) : ShownText.german(value);
    }

    public ShownText accessibilityNotes(PublicVenue venue) {
        return accessibilityNotes.getOrDefault(venue.id(), ShownText.german(venue.accessibilityNotes()));
    }

    /** The description rendered from its Markdown through the sanitiser. */
    public String descriptionHtml() {
        return SafeHtml.fromMarkdown(description.text());
    }
}
