package de.mosaik.feedback.domain;

import de.mosaik.feedback.StandardQuestion;
import de.mosaik.shared.text.BerlinTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Counts, means, distributions and free texts of the responses, per event and per period. */
@Service
public class FeedbackResultService {

    /** Below this many responses only counts are shown, to keep the few who answered anonymous. */
    public static final int MIN_RESPONSES = 3;

    private final FeedbackRepository repository;

    FeedbackResultService(FeedbackRepository repository) {
        this.repository = repository;
    }

    public Optional<EventResults> ofEvent(UUID tenantId, UUID eventId) {
        return repository.event(tenantId, eventId).map(event -> {
            var counts = repository.counts(tenantId, eventId);
            var questions = repository.questions(tenantId, eventId);
            var responses = repository.responses(tenantId, eventId);
            return summarise(event, counts.invited(), questions, responses);
        });
    }

    /** The questions and answers of an event as rows for the export; empty when results are not shown. */
    public List<Submission> responses(UUID tenantId, UUID eventId) {
        var responses = repository.responses(tenantId, eventId);
        return responses.size() < MIN_RESPONSES ? List.of() : responses;
    }

    public List<FeedbackQuestion> questions(UUID tenantId, UUID eventId) {
        return repository.questions(tenantId, eventId);
    }

    /** The years a period may cover; anything else is a typing error and would overflow the database's dates. */
    public static final int FIRST_YEAR = 2000;

    public static final int LAST_YEAR = 2100;

    /** Whether the day may be a bound of a period. */
    public static boolean plausible(LocalDate day) {
        return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }

    public PeriodResults ofPeriod(UUID tenantId, LocalDate from, LocalDate to) {
        if (!plausible(from) || !plausible(to)) {
            throw new IllegalArgumentException(
                    "Period outside " + FIRST_YEAR + "–" + LAST_YEAR + ": " + from + " – " + to);
        }
        var events = repository.eventsEndedBetween(
                tenantId,
                from.atStartOfDay(BerlinTime.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(BerlinTime.ZONE).toInstant());
        var rows = new ArrayList<PeriodRow>();
        var counted = new ArrayList<Submission>();
        int invited = 0;
        int responded = 0;
        for (var event : events) {
            var counts = repository.counts(tenantId, event.eventId());
            if (counts.invited() == 0 && counts.responded() == 0) {
                continue;
            }
            var responses = repository.responses(tenantId, event.eventId());
            boolean shown = responses.size() >= MIN_RESPONSES;
            var averages = new EnumMap<StandardQuestion, Double>(StandardQuestion.class);
            if (shown) {
                for (var question : StandardQuestion.values()) {
                    var average = standard(question, responses).average();
                    if (average != null) {
                        averages.put(question, average);
                    }
                }
                counted.addAll(responses);
            }
            rows.add(new PeriodRow(event, counts.invited(), responses.size(), shown, averages));
            invited += counts.invited();
            responded += responses.size();
        }
        var scales = new ArrayList<ScaleResult>();
        for (var question : StandardQuestion.values()) {
            scales.add(standard(question, counted));
        }
        return new PeriodResults(from, to, rows, invited, responded, counted.size(), scales);
    }

    static EventResults summarise(
            FeedbackEvent event, int invited, List<FeedbackQuestion> questions, List<Submission> responses) {
        boolean shown = responses.size() >= MIN_RESPONSES;
        var scales = new ArrayList<ScaleResult>();
        var choices = new ArrayList<ChoiceResult>();
        var texts = new ArrayList<TextAnswers>();
        if (shown) {
            for (var question : StandardQuestion.values()) {
                scales.add(standard(question, responses));
            }
            texts.add(new TextAnswers(
                    "comment",
                    "feedback.question.comment",
                    "",
                    responses.stream()
                            .map(Submission::comment)
                            .filter(t -> !t.isBlank())
                            .toList()));
            for (var question : questions) {
                var key = question.id().toString();
                var answers = responses.stream()
                        .map(r -> r.answers().get(key))
                        .filter(a -> a != null && !a.isBlank())
                        .toList();
                switch (question.kind()) {
                    case SCALE ->
                        scales.add(ScaleResult.of(
                                key,
                                null,
                                question.label(),
                                answers.stream().map(AnswerRules::scale).toList()));
                    case CHOICE -> choices.add(choice(question, answers));
                    case TEXT -> texts.add(new TextAnswers(key, null, question.label(), answers));
                }
            }
        }
        return new EventResults(event, invited, responses.size(), shown, scales, choices, texts);
    }

    private static ScaleResult standard(StandardQuestion question, List<Submission> responses) {
        List<@Nullable Integer> values = new ArrayList<>();
        for (var response : responses) {
            values.add(response.rating(question));
        }
        return ScaleResult.of(question.field(), question.resultKey(), "", values);
    }

    private static ChoiceResult choice(FeedbackQuestion question, List<String> answers) {
        var counts = new ArrayList<Integer>();
        int answered = 0;
        for (var option : question.options()) {
            int count = (int) answers.stream().filter(option::equals).count();
            counts.add(count);
            answered += count;
        }
        return new ChoiceResult(question.id().toString(), question.label(), question.options(), counts, answered);
    }

    static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    /** Means as people read them: one decimal, in the reader's language ("4,2" in German). */
    public static String mean(@Nullable Double value, java.util.Locale locale) {
        if (value == null) {
            return "–";
        }
        return String.format(locale, "%.1f", value);
    }
}
