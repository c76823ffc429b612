package de.mosaik.feedback.web;

import de.mosaik.events.EventStaff;
import de.mosaik.feedback.StandardQuestion;
import de.mosaik.feedback.domain.FeedbackResultService;
import de.mosaik.feedback.domain.Submission;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.text.SpreadsheetCsv;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The results of the feedback, per event and for the events of a period, as pages with charts and
 * tables and as CSV files.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
class FeedbackResultsController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final FeedbackPages pages;
    private final FeedbackResultService results;
    private final MessageSource messages;
    private final EventStaff eventStaff;

    FeedbackResultsController(
            FeedbackPages pages, FeedbackResultService results, MessageSource messages, EventStaff eventStaff) {
        this.eventStaff = eventStaff;
        this.pages = pages;
        this.results = results;
        this.messages = messages;
    }

    /** Trainers see the feedback on the events they speak at, to learn from it; not the exports. */
    @GetMapping(FeedbackPages.BASE + "/ergebnisse")
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF','TRAINER')")
    String event(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            Authentication authentication,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model) {
        pages.event(tenant, id);
        var staff = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_TENANT_ADMIN")
                        || a.getAuthority().equals("ROLE_STAFF"));
        if (!staff && !eventStaff.speaksAt(tenant.id(), id, user.accountId())) {
            throw new AccessDeniedException("Not a speaker of this event");
        }
        var result = results.ofEvent(tenant.id(), id).orElseThrow(FeedbackPages::notFound);
        model.addAttribute(
                "page",
                new EventResultsPage(
                        result,
                        FeedbackPages.base(tenant, id),
                        BerlinTime.date(result.event().firstStartsAt(), locale),
                        locale,
                        staff));
        return "feedback/results";
    }

    @GetMapping(FeedbackPages.BASE + "/antworten.csv")
    ResponseEntity<byte[]> eventCsv(BackOfficeTenant tenant, @PathVariable UUID id, Locale locale) {
        var event = pages.event(tenant, id);
        var questions = results.questions(tenant.id(), id);
        var header = new ArrayList<String>();
        for (var question : StandardQuestion.values()) {
            header.add(text(question.resultKey(), locale));
        }
        header.add(text("feedback.question.comment", locale));
        questions.forEach(q -> header.add(q.label()));
        var rows = new ArrayList<List<String>>();
        for (Submission response : results.responses(tenant.id(), id)) {
            var row = new ArrayList<String>();
            for (var question : StandardQuestion.values()) {
                var rating = response.rating(question);
                row.add(rating == null ? "" : rating.toString());
            }
            row.add(response.comment());
            questions.forEach(q -> row.add(response.answers().getOrDefault(q.id().toString(), "")));
            rows.add(row);
        }
        return file(
                SpreadsheetCsv.write(header, rows),
                text("feedback.export.eventFile", locale) + "-" + slug(event.title()));
    }

    @GetMapping(FeedbackPages.PERIOD)
    String period(
            BackOfficeTenant tenant,
            @RequestParam(name = "von", required = false) @Nullable String from,
            @RequestParam(name = "bis", required = false) @Nullable String to,
            Locale locale,
            Model model) {
        var period = Period.of(from, to);
        var result = results.ofPeriod(tenant.id(), period.from(), period.to());
        model.addAttribute(
                "page",
                new PeriodPage(
                        result,
                        tenant,
                        period.invalid(),
                        locale,
                        tenant.path("/feedback"),
                        period.invalid() ? kept(from) : result.from().toString(),
                        period.invalid() ? kept(to) : result.to().toString()));
        return "feedback/period";
    }

    @GetMapping(FeedbackPages.PERIOD + "/uebersicht.csv")
    ResponseEntity<byte[]> periodCsv(
            BackOfficeTenant tenant,
            @RequestParam(name = "von", required = false) @Nullable String from,
            @RequestParam(name = "bis", required = false) @Nullable String to,
            Locale locale) {
        var period = Period.of(from, to);
        var result = results.ofPeriod(tenant.id(), period.from(), period.to());
        var header = new ArrayList<String>(List.of(
                text("feedback.period.event", locale),
                text("feedback.period.date", locale),
                text("feedback.figures.invited", locale),
                text("feedback.figures.responded", locale),
                text("feedback.figures.rate", locale)));
        for (var question : StandardQuestion.values()) {
            header.add(text(question.resultKey(), locale));
        }
        var rows = new ArrayList<List<String>>();
        for (var row : result.rows()) {
            var cells = new ArrayList<String>(List.of(
                    row.event().title(),
                    BerlinTime.date(row.event().lastEndsAt(), locale),
                    String.valueOf(row.invited()),
                    String.valueOf(row.responded()),
                    row.responseRate() + " %"));
            for (var question : StandardQuestion.values()) {
                var average = row.average(question);
                cells.add(average == null ? "" : FeedbackResultService.mean(average, locale));
            }
            rows.add(cells);
        }
        var totals = new ArrayList<String>(List.of(
                text("feedback.period.total", locale),
                "",
                String.valueOf(result.invited()),
                String.valueOf(result.responded()),
                result.responseRate() + " %"));
        for (var scale : result.scales()) {
            totals.add(result.shown() ? FeedbackResultService.mean(scale.average(), locale) : "");
        }
        rows.add(totals);
        return file(
                SpreadsheetCsv.write(header, rows),
                text("feedback.export.periodFile", locale) + "-" + period.from() + "-" + period.to());
    }

    /** What was typed, shown again so that it can be corrected; cut short, it is only echoed. */
    private static String kept(@Nullable String value) {
        if (value == null) {
            return "";
        }
        var plain = value.strip();
        return plain.length() > 20 ? plain.substring(0, 20) : plain;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String slug(String title) {
        var plain =
                title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9äöüß]+", "-").replaceAll("(^-|-$)", "");
        return plain.length() > 40 ? plain.substring(0, 40) : plain;
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String name) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + ".csv", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(bytes);
    }

    /**
     * The period asked for; by default the last twelve months. Unreadable dates, and years outside
     * {@value FeedbackResultService#FIRST_YEAR}–{@value FeedbackResultService#LAST_YEAR}, fall back to it.
     */
    record Period(LocalDate from, LocalDate to, boolean invalid) {

        static Period of(@Nullable String from, @Nullable String to) {
            var today = LocalDate.now(BerlinTime.ZONE);
            var end = parse(to);
            var start = parse(from);
            boolean invalid =
                    (to != null && !to.isBlank() && end == null) || (from != null && !from.isBlank() && start == null);
            if (end == null) {
                end = today;
            }
            if (start == null) {
                start = end.minusYears(1).plusDays(1);
            }
            if (start.isAfter(end)) {
                return new Period(end.minusYears(1).plusDays(1), end, true);
            }
            return new Period(start, end, invalid);
        }

        private static @Nullable LocalDate parse(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                var day = LocalDate.parse(value.strip());
                return FeedbackResultService.plausible(day) ? day : null;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
