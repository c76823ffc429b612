package de.mosaik.feedback;

/** The rating questions every feedback form asks, each on a scale from 1 (poor) to 5 (very good). */
public enum StandardQuestion {
    OVERALL("overall", "feedbackform.question.overall", "feedback.question.overall"),
    RELEVANCE("relevance", "feedbackform.question.relevance", "feedback.question.relevance"),
    TRAINERS("trainers", "feedbackform.question.trainers", "feedback.question.trainers"),
    ORGANISATION("organisation", "feedbackform.question.organisation", "feedback.question.organisation");

    private final String field;
    private final String formKey;
    private final String resultKey;

    StandardQuestion(String field, String formKey, String resultKey) {
        this.field = field;
        this.formKey = formKey;
        this.resultKey = resultKey;
    }

    /** The form field and the response table's column. */
    public String field() {
        return field;
    }

    /** The question's text in the form's bundle. */
    public String formKey() {
        return formKey;
    }

    /** The question's short name in staff's results. */
    public String resultKey() {
        return resultKey;
    }
}
