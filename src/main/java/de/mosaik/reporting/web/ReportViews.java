package de.mosaik.reporting.web;

import de.mosaik.events.CatalogueVocabulary;
import de.mosaik.events.TermKind;
import de.mosaik.feedback.StandardQuestion;
import de.mosaik.reporting.CountingBasis;
import de.mosaik.reporting.PeriodReport;
import de.mosaik.reporting.ReportDimension;
import de.mosaik.reporting.ReportRequest;
import de.mosaik.reporting.ReportRow;
import de.mosaik.reporting.domain.FeedbackFiguresService;
import de.mosaik.reporting.domain.FeedbackSummary;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BarChart;
import de.mosaik.shared.web.ColumnChart;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts a report into words: headline, counting rules, totals, named rows and charts. */
@Component
class ReportViews {

    private final MessageSource messages;

    ReportViews(MessageSource messages) {
        this.messages = messages;
    }

    ReportView view(PeriodReport report, List<ReportDimension> dimensions, FeedbackSummary feedback, Locale locale) {
        var request = report.request();
        var totals = report.totals();
        var sections = new ArrayList<ReportView.Section>();
        for (var dimension : dimensions) {
            sections.add(section(dimension, report.rows(dimension), totals.persons(), locale));
        }
        return new ReportView(
                t(locale, "reporting.result.title", date(request.from(), locale), date(request.to(), locale)),
                t(
                        locale,
                        request.basis() == CountingBasis.ATTENDED
                                ? "reporting.headline.attended"
                                : "reporting.headline.registered",
                        date(request.from(), locale),
                        date(request.to(), locale),
                        date(request.cutOff(), locale),
                        number(totals.persons(), locale),
                        number(totals.participations(), locale),
                        hours(totals.hours(), locale),
                        number(totals.events(), locale)),
                requestLines(request, dimensions, locale),
                rules(request, locale),
                List.of(
                        new ReportView.Entry(t(locale, "reporting.figures.persons"), number(totals.persons(), locale)),
                        new ReportView.Entry(
                                t(locale, "reporting.figures.participations"), number(totals.participations(), locale)),
                        new ReportView.Entry(t(locale, "reporting.figures.hours"), hours(totals.hours(), locale)),
                        new ReportView.Entry(
                                t(locale, "reporting.figures.eventsHeld"), number(report.eventsHeld(), locale))),
                totals,
                report.eventsHeld(),
                sections,
                feedback(feedback, locale));
    }

    private List<ReportView.Entry> requestLines(
            ReportRequest request, List<ReportDimension> dimensions, Locale locale) {
        var yes = t(locale, "reporting.yes");
        var no = t(locale, "reporting.no");
        var registered = request.basis() == CountingBasis.REGISTERED;
        return List.of(
                new ReportView.Entry(
                        t(locale, "reporting.form.period"),
                        date(request.from(), locale) + " – " + date(request.to(), locale)),
                new ReportView.Entry(t(locale, "reporting.form.cutOff"), date(request.cutOff(), locale)),
                new ReportView.Entry(
                        t(locale, "reporting.form.basis"),
                        t(locale, "reporting.basis." + request.basis().name())),
                new ReportView.Entry(
                        t(locale, "reporting.form.includeCancelled"),
                        registered && request.includeCancelled() ? yes : no),
                new ReportView.Entry(
                        t(locale, "reporting.form.includeNoShows"), registered && request.includeNoShows() ? yes : no),
                new ReportView.Entry(
                        t(locale, "reporting.form.breakdowns"),
                        String.join(
                                ", ",
                                dimensions.stream()
                                        .map(d -> t(locale, "reporting.dimension." + d.name()))
                                        .toList())));
    }

    private List<String> rules(ReportRequest request, Locale locale) {
        var rules = new ArrayList<String>();
        rules.add(t(locale, "reporting.rule.period"));
        if (request.basis() == CountingBasis.ATTENDED) {
            rules.add(t(locale, "reporting.rule.attended"));
            rules.add(t(locale, "reporting.rule.attendedExcludes"));
        } else {
            rules.add(t(locale, "reporting.rule.registered"));
            rules.add(t(
                    locale,
                    request.includeCancelled()
                            ? "reporting.rule.cancelledIncluded"
                            : "reporting.rule.cancelledExcluded"));
            rules.add(t(
                    locale,
                    request.includeNoShows() ? "reporting.rule.noShowsIncluded" : "reporting.rule.noShowsExcluded"));
        }
        rules.add(t(locale, "reporting.rule.distinct"));
        rules.add(t(locale, "reporting.rule.participations"));
        rules.add(t(locale, "reporting.rule.cutOff", date(request.cutOff(), locale)));
        rules.add(t(locale, "reporting.rule.deleted"));
        rules.add(t(locale, "reporting.rule.hours"));
        rules.add(t(locale, "reporting.rule.eventsHeld"));
        return rules;
    }

    private ReportView.Section section(
            ReportDimension dimension, List<ReportRow> rows, long allPersons, Locale locale) {
        var lines = new ArrayList<ReportView.Line>();
        for (var row : rows) {
            var figures = row.figures();
            lines.add(new ReportView.Line(
                    label(dimension, row, locale),
                    figures,
                    number(figures.persons(), locale),
                    number(figures.participations(), locale),
                    hours(figures.hours(), locale),
                    number(figures.events(), locale)));
        }
        var name = t(locale, "reporting.dimension." + dimension.name());
        var id = "gliederung-" + dimension.name().toLowerCase(Locale.ROOT).replace('_', '-');
        ColumnChart trend = null;
        BarChart share = null;
        String chartTitle = "";
        if (dimension == ReportDimension.YEAR && !lines.isEmpty()) {
            chartTitle = t(locale, "reporting.chart.trend");
            trend = ColumnChart.of(
                    id + "-chart",
                    lines.stream().map(ReportView.Line::label).toList(),
                    lines.stream().map(l -> l.figures().persons()).toList(),
                    locale);
        } else if (dimension == ReportDimension.TARGET_GROUP && !lines.isEmpty()) {
            // Persons, as in the table beside it: councils ask how many people of a group were reached.
            // A person registered with two target groups counts in both, so the shares are of all
            // persons of the report and may add up to more than 100 %; the caption says so.
            chartTitle = t(locale, "reporting.chart.sharePersons", number(allPersons, locale));
            share = BarChart.of(
                    id + "-chart",
                    lines.stream().map(ReportView.Line::label).toList(),
                    lines.stream().map(l -> (int) l.figures().persons()).toList(),
                    allPersons,
                    locale);
        }
        return new ReportView.Section(
                dimension,
                id,
                t(locale, "reporting.section.title", name),
                t(locale, "reporting.section.caption", name),
                t(
                        locale,
                        dimension == ReportDimension.TOPIC ? "reporting.section.noteTopics" : "reporting.section.note"),
                name,
                lines,
                trend,
                share,
                chartTitle);
    }

    private String label(ReportDimension dimension, ReportRow row, Locale locale) {
        var notStated = t(locale, "reporting.notStated");
        if (row.key().isEmpty()) {
            // Participants of events not offered to a network, and those who named another body
            return dimension == ReportDimension.EMPLOYER ? t(locale, "reporting.employer.none") : notStated;
        }
        return switch (dimension) {
            case YEAR -> row.key();
            case QUARTER ->
                t(locale, "reporting.quarter", row.key().substring(6), row.key().substring(0, 4));
            case MONTH -> {
                var month = YearMonth.parse(row.key());
                yield month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
            }
            case INSTITUTION_TYPE ->
                row.code() == null || row.code().equals("NONE")
                        ? notStated
                        : messages.getMessage("reporting.institution." + row.code(), null, row.code(), locale);
            case TARGET_GROUP -> term(TermKind.TARGET_GROUP, row, notStated, locale);
            case FORMAT -> term(TermKind.FORMAT, row, notStated, locale);
            case TOPIC -> term(TermKind.TOPIC, row, notStated, locale);
            case EVENT -> row.name().isEmpty() ? notStated : row.name();
            case EMPLOYER -> row.name().isEmpty() ? notStated : row.name();
        };
    }

    /** Built-in terms in the page's language, as the catalogue shows them; the tenant's own terms as named. */
    private String term(TermKind kind, ReportRow row, String notStated, Locale locale) {
        var name = row.name().isEmpty() ? notStated : row.name();
        return row.code() == null
                ? name
                : messages.getMessage(CatalogueVocabulary.messageKey(kind, row.code()), null, name, locale);
    }

    private ReportView.@Nullable Feedback feedback(FeedbackSummary summary, Locale locale) {
        if (summary.responded() == 0) {
            return null;
        }
        var figures = List.of(
                new ReportView.Entry(t(locale, "reporting.feedback.events"), number(summary.events(), locale)),
                new ReportView.Entry(
                        t(locale, "reporting.feedback.eventsShown"), number(summary.eventsShown(), locale)),
                new ReportView.Entry(t(locale, "reporting.feedback.invited"), number(summary.invited(), locale)),
                new ReportView.Entry(t(locale, "reporting.feedback.responded"), number(summary.responded(), locale)),
                new ReportView.Entry(
                        t(locale, "reporting.feedback.rate"), t(locale, "reporting.percent", summary.responseRate())));
        var ratings = new ArrayList<ReportView.Entry>();
        if (summary.eventsShown() > 0) {
            for (var question : StandardQuestion.values()) {
                ratings.add(new ReportView.Entry(
                        t(locale, ratingKey(question)), mean(summary.means().get(question.field()), locale)));
            }
        }
        return new ReportView.Feedback(
                t(locale, "reporting.feedback.heading"),
                figures,
                ratings,
                t(locale, "reporting.feedback.note", FeedbackFiguresService.MIN_RESPONSES));
    }

    private static String ratingKey(StandardQuestion question) {
        return switch (question) {
            case OVERALL -> "reporting.feedback.overall";
            case RELEVANCE -> "reporting.feedback.relevance";
            case TRAINERS -> "reporting.feedback.trainers";
            case ORGANISATION -> "reporting.feedback.organisation";
        };
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static String date(LocalDate day, Locale locale) {
        return BerlinTime.date(BerlinTime.startOf(day), locale);
    }

    static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    static String hours(BigDecimal value, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String mean(@Nullable Double value, Locale locale) {
        if (value == null) {
            return "–";
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
