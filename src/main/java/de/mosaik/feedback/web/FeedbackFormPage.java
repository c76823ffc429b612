package de.mosaik.feedback.web;

import de.mosaik.feedback.StandardQuestion;
import de.mosaik.feedback.domain.FeedbackEvent;
import de.mosaik.feedback.domain.FeedbackQuestion;
import de.mosaik.shared.web.FormErrors;
import de.mosaik.shared.web.PageContext;
import de.mosaik.shared.web.TenantBranding;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/** What the public feedback form shows. */
public record FeedbackFormPage(
        TenantBranding branding,
        FeedbackEvent event,
        List<FeedbackQuestion> questions,
        FeedbackAnswers form,
        FormErrors errors,
        String action,
        @Nullable String problem) {

    /** The event's title, escaped and marked as German: staff write it, whatever language the page is in. */
    public String titleHtml() {
        return "<span lang=\"de\" dir=\"auto\">" + HtmlUtils.htmlEscape(event.title()) + "</span>";
    }

    public List<StandardQuestion> standardQuestions() {
        return List.of(StandardQuestion.values());
    }

    /** The scale from best to worst, as the options are listed. */
    public List<String> scaleValues() {
        return List.of("5", "4", "3", "2", "1");
    }

    public List<String> scaleLabels(PageContext ctx) {
        return List.of(5, 4, 3, 2, 1).stream()
                .map(value -> ctx.t(ScaleLabels.form(value)))
                .toList();
    }
}
