package de.mosaik.reporting.web;

import de.mosaik.reporting.PeriodReports;
import de.mosaik.reporting.domain.FeedbackFiguresService;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.FormErrors;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.WebRequest;

/**
 * The period report for councils and funders: a form whose answer is shown on the same URL (GET,
 * since nothing changes, so that a report can be bookmarked), and the same report as CSV, XLSX
 * and PDF. The figures are aggregates without personal data, so nothing goes to the access log.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
class ReportsController {

    static final String BASE = "/verwaltung/{slug}/berichte";

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PeriodReports reports;
    private final FeedbackFiguresService feedback;
    private final ReportViews views;
    private final ReportPdf pdf;
    private final MessageSource messages;

    ReportsController(
            PeriodReports reports,
            FeedbackFiguresService feedback,
            ReportViews views,
            ReportPdf pdf,
            MessageSource messages) {
        this.reports = reports;
        this.feedback = feedback;
        this.views = views;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String report(
            BackOfficeTenant tenant,
            @ModelAttribute("form") ReportForm form,
            BindingResult result,
            WebRequest request,
            Locale locale,
            Model model) {
        var today = LocalDate.now(BerlinTime.ZONE);
        var base = tenant.path("/berichte");
        if (request.getParameter("von") == null) {
            model.addAttribute(
                    "page",
                    new ReportsPage(ReportForm.blank(today), FormErrors.none(), base, quick(base, today), null));
            return "reporting/reports";
        }
        form.check(result);
        ReportView view = null;
        if (!result.hasErrors()) {
            view = view(tenant, form, locale);
        }
        model.addAttribute("page", new ReportsPage(form, new FormErrors(result), base, quick(base, today), view));
        return "reporting/reports";
    }

    @GetMapping(BASE + "/export.csv")
    ResponseEntity<byte[]> csv(
            BackOfficeTenant tenant,
            @ModelAttribute("form") ReportForm typed,
            BindingResult result,
            WebRequest request,
            Locale locale) {
        return download(
                tenant, typed, result, request, locale, "csv", CSV, view -> ReportFiles.csv(view, headers(locale)));
    }

    @GetMapping(BASE + "/export.xlsx")
    ResponseEntity<byte[]> xlsx(
            BackOfficeTenant tenant,
            @ModelAttribute("form") ReportForm typed,
            BindingResult result,
            WebRequest request,
            Locale locale) {
        return download(
                tenant, typed, result, request, locale, "xlsx", XLSX, view -> ReportFiles.xlsx(view, headers(locale)));
    }

    @GetMapping(BASE + "/bericht.pdf")
    ResponseEntity<byte[]> pdf(
            BackOfficeTenant tenant,
            @ModelAttribute("form") ReportForm typed,
            BindingResult result,
            WebRequest request,
            Locale locale) {
        return download(
                tenant,
                typed,
                result,
                request,
                locale,
                "pdf",
                MediaType.APPLICATION_PDF,
                view -> pdf.render(view, tenant, locale));
    }

    /** The same report as the page shows, as a file; invalid input goes back to the form. */
    private ResponseEntity<byte[]> download(
            BackOfficeTenant tenant,
            ReportForm typed,
            BindingResult result,
            WebRequest request,
            Locale locale,
            String extension,
            MediaType type,
            java.util.function.Function<ReportView, byte[]> render) {
        var form = asked(typed, request);
        form.check(result);
        if (result.hasErrors()) {
            return backToForm(tenant, form);
        }
        return file(render.apply(view(tenant, form, locale)), type, fileName(form, locale, extension));
    }

    /** Without parameters, the report the form starts with: this year so far. */
    private static ReportForm asked(ReportForm typed, WebRequest request) {
        return request.getParameter("von") == null ? ReportForm.blank(LocalDate.now(BerlinTime.ZONE)) : typed;
    }

    private ReportView view(BackOfficeTenant tenant, ReportForm form, Locale locale) {
        var request = form.request();
        return views.view(
                reports.report(tenant.id(), request), form.dimensions(), feedback.of(tenant.id(), request), locale);
    }

    private static List<ReportsPage.QuickChoice> quick(String base, LocalDate today) {
        return List.of(
                new ReportsPage.QuickChoice(
                        "reporting.quick.thisYear",
                        base + "?"
                                + ReportForm.period(today.withDayOfYear(1), today, today)
                                        .query()),
                new ReportsPage.QuickChoice(
                        "reporting.quick.lastYear",
                        base + "?"
                                + ReportForm.period(
                                                today.minusYears(1).withDayOfYear(1),
                                                today.withDayOfYear(1).minusDays(1),
                                                today)
                                        .query()),
                new ReportsPage.QuickChoice(
                        "reporting.quick.since2020",
                        base + "?"
                                + ReportForm.period(LocalDate.of(2020, 1, 1), today, today)
                                        .query()));
    }

    private ReportFiles.Headers headers(Locale locale) {
        return new ReportFiles.Headers(
                List.of(
                        t("reporting.export.dimension", locale),
                        t("reporting.export.name", locale),
                        t("reporting.figures.persons", locale),
                        t("reporting.figures.participations", locale),
                        t("reporting.figures.hours", locale),
                        t("reporting.figures.events", locale)),
                t("reporting.export.total", locale),
                t("reporting.figures.eventsHeld", locale),
                t("reporting.export.overview", locale),
                t("reporting.rules.heading", locale),
                locale);
    }

    private String fileName(ReportForm form, Locale locale, String extension) {
        return t("reporting.export.fileName", locale) + "-" + form.von() + "-" + form.bis() + "." + extension;
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** An export link with broken parameters (edited by hand) leads to the form that explains them. */
    private static ResponseEntity<byte[]> backToForm(BackOfficeTenant tenant, ReportForm form) {
        return ResponseEntity.status(303)
                .header(HttpHeaders.LOCATION, tenant.path("/berichte") + "?" + form.query())
                .build();
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(bytes);
    }
}
