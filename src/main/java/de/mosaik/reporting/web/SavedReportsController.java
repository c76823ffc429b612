package de.mosaik.reporting.web;

import de.mosaik.reporting.domain.CutOffKind;
import de.mosaik.reporting.domain.RelativePeriodPolicy;
import de.mosaik.reporting.domain.ReportDefinition;
import de.mosaik.reporting.domain.SavedReport;
import de.mosaik.reporting.domain.SavedReportConflict;
import de.mosaik.reporting.domain.SavedReportService;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saved report definitions: saved from a result, listed, run (the relative period resolved against
 * today in Berlin, then shown as an ordinary report URL), renamed and deleted.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
class SavedReportsController {

    private static final String SAVED = ReportsController.BASE + "/gespeichert";

    private final SavedReportService saved;
    private final MessageSource messages;

    SavedReportsController(SavedReportService saved, MessageSource messages) {
        this.saved = saved;
        this.messages = messages;
    }

    /** The list; with {@code ausfuehren} the report of that id, resolved against today, as an ordinary report URL. */
    @GetMapping(SAVED)
    String list(
            BackOfficeTenant tenant,
            @RequestParam(name = "ausfuehren", required = false) @Nullable UUID run,
            Locale locale,
            Model model) {
        if (run != null) {
            return run(tenant, run);
        }
        var base = tenant.path("/berichte");
        var rows =
                saved.all(tenant.id()).stream().map(r -> row(r, base, locale)).toList();
        model.addAttribute(
                "page",
                new SavedReportsPage(
                        rows,
                        base,
                        (String) model.getAttribute("problem"),
                        (String) model.getAttribute("renameId"),
                        (String) model.getAttribute("renameName"),
                        (String) model.getAttribute("renameError")));
        return "reporting/saved";
    }

    /** The save form, reached from a report; it suggests the relative period the dates stand for. */
    @GetMapping(ReportsController.BASE + "/speichern")
    String saveForm(
            BackOfficeTenant tenant,
            @ModelAttribute("report") ReportForm typed,
            BindingResult result,
            WebRequest web,
            Locale locale,
            Model model) {
        var today = LocalDate.now(BerlinTime.ZONE);
        var report = web.getParameter("von") == null ? ReportForm.blank(today) : typed;
        report.check(result);
        if (result.hasErrors()) {
            return "redirect:" + tenant.path("/berichte") + "?" + report.query();
        }
        var request = report.request();
        var form = new SaveForm(
                "",
                RelativePeriodPolicy.guess(request.from(), request.to(), today).name(),
                RelativePeriodPolicy.guessCutOff(request.cutOff(), request.to(), today)
                        .name());
        return savePage(tenant, report, form, FormErrors.none(), locale, model);
    }

    @CreatesOrSends
    @PostMapping(SAVED)
    String save(
            BackOfficeTenant tenant,
            @ModelAttribute("report") ReportForm report,
            BindingResult reportResult,
            @ModelAttribute("form") SaveForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        report.check(reportResult);
        if (reportResult.hasErrors()) {
            return "redirect:" + tenant.path("/berichte") + "?" + report.query();
        }
        form.check(result);
        if (result.hasErrors()) {
            return savePage(tenant, report, form, new FormErrors(result), locale, model);
        }
        try {
            saved.save(
                    tenant.id(),
                    form.name(),
                    form.definition(report.request(), report.dimensions()),
                    user.displayName());
        } catch (SavedReportConflict taken) {
            result.rejectValue("name", "reporting.saved.error.nameTaken");
            return savePage(tenant, report, form, new FormErrors(result), locale, model);
        }
        redirect.addFlashAttribute("notice", "reporting.saved.saved");
        return "redirect:" + tenant.path("/berichte/gespeichert");
    }

    @PostMapping(SAVED + "/umbenennen")
    String rename(
            BackOfficeTenant tenant,
            @RequestParam(name = "bericht") UUID id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        var plain = name.strip();
        String error = null;
        if (plain.isEmpty()) {
            error = "reporting.saved.error.name";
        } else if (plain.length() > SavedReportService.NAME_MAX) {
            error = "reporting.saved.error.nameTooLong";
        } else {
            try {
                saved.rename(tenant.id(), id, plain, version);
                redirect.addFlashAttribute("notice", "reporting.saved.renamed");
            } catch (SavedReportConflict conflict) {
                error = conflict.reason() == SavedReportConflict.Reason.NAME_TAKEN
                        ? "reporting.saved.error.nameTaken"
                        : "reporting.saved.conflict";
            }
        }
        if (error != null) {
            redirect.addFlashAttribute("problem", error);
            redirect.addFlashAttribute("renameId", id.toString());
            redirect.addFlashAttribute("renameName", plain.length() > 200 ? plain.substring(0, 200) : plain);
            redirect.addFlashAttribute("renameError", error);
        }
        return "redirect:" + tenant.path("/berichte/gespeichert");
    }

    @PostMapping(SAVED + "/loeschen")
    String delete(
            BackOfficeTenant tenant,
            @RequestParam(name = "bericht") UUID id,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        try {
            saved.delete(tenant.id(), id, version);
            redirect.addFlashAttribute("notice", "reporting.saved.deleted");
        } catch (SavedReportConflict conflict) {
            redirect.addFlashAttribute("problem", "reporting.saved.conflict");
        }
        return "redirect:" + tenant.path("/berichte/gespeichert");
    }

    private String run(BackOfficeTenant tenant, UUID id) {
        var report = saved.find(tenant.id(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var definition = report.definition();
        var request = RelativePeriodPolicy.resolve(definition, LocalDate.now(BerlinTime.ZONE));
        return "redirect:" + tenant.path("/berichte") + "?"
                + ReportForm.of(request, definition.breakdowns()).query();
    }

    private String savePage(
            BackOfficeTenant tenant, ReportForm report, SaveForm form, FormErrors errors, Locale locale, Model model) {
        var request = report.request();
        model.addAttribute(
                "page",
                new SaveReportPage(
                        report,
                        form,
                        errors,
                        tenant.path("/berichte"),
                        ReportViews.date(request.from(), locale),
                        ReportViews.date(request.to(), locale),
                        ReportViews.date(request.cutOff(), locale)));
        return "reporting/save";
    }

    private SavedReportsPage.Row row(SavedReport report, String base, Locale locale) {
        var definition = report.definition();
        var breakdowns = definition.breakdowns().stream()
                .map(d -> t(locale, "reporting.dimension." + d.name()))
                .toList();
        return new SavedReportsPage.Row(
                report.id().toString(),
                report.name(),
                period(definition, locale),
                cutOff(definition, locale),
                t(locale, "reporting.basis." + definition.basis().name()),
                breakdowns.isEmpty() ? t(locale, "reporting.saved.noBreakdowns") : String.join(", ", breakdowns),
                report.createdByName(),
                BerlinTime.dateTime(report.updatedAt(), locale),
                report.version(),
                base + "/gespeichert?ausfuehren=" + report.id());
    }

    private String period(ReportDefinition definition, Locale locale) {
        var kind = definition.periodKind();
        return switch (kind) {
            case FIXED ->
                t(
                        locale,
                        "reporting.saved.period.FIXED",
                        ReportViews.date(Objects.requireNonNull(definition.fixedFrom()), locale),
                        ReportViews.date(Objects.requireNonNull(definition.fixedTo()), locale));
            case SINCE ->
                t(
                        locale,
                        "reporting.saved.period.SINCE",
                        ReportViews.date(Objects.requireNonNull(definition.fixedFrom()), locale));
            case THIS_YEAR -> t(locale, "reporting.saved.period.THIS_YEAR");
            case LAST_YEAR -> t(locale, "reporting.saved.period.LAST_YEAR");
            case LAST_12_MONTHS -> t(locale, "reporting.saved.period.LAST_12_MONTHS");
        };
    }

    private String cutOff(ReportDefinition definition, Locale locale) {
        var fixed = definition.fixedCutOff();
        return definition.cutOffKind() == CutOffKind.FIXED && fixed != null
                ? t(locale, "reporting.saved.cutOff.FIXED", ReportViews.date(fixed, locale))
                : t(locale, "reporting.saved.cutOff." + definition.cutOffKind().name());
    }

    private String t(Locale locale, String key, @Nullable Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
