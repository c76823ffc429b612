package de.mosaik.programmes.web;

import de.mosaik.programmes.domain.BuildingBlockState;
import de.mosaik.programmes.domain.PersonProgress;
import de.mosaik.programmes.domain.ProgrammeCertificateService;
import de.mosaik.programmes.domain.ProgressMatrix;
import de.mosaik.programmes.domain.ProgressService;
import de.mosaik.shared.privacy.PersonalDataAccessLog;
import de.mosaik.shared.privacy.PersonalDataAccessLog.AccessKind;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.text.SpreadsheetCsv;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.CurrentUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The progress matrix of a programme: people against building blocks, as a page and as CSV. */
@Controller
@BackOfficePage
@PreAuthorize(ProgrammeRoutes.EDIT)
class ProgressController {

    static final String COMPLETE = "abgeschlossen";
    static final String IN_PROGRESS = "laufend";

    /** Persons per page of the matrix: enough to compare, few enough to find the header again. */
    static final int PAGE_SIZE = 25;

    private final ProgressService progress;
    private final ProgrammeCertificateService certificates;
    private final MessageSource messages;
    private final PersonalDataAccessLog accessLog;

    ProgressController(
            ProgressService progress,
            ProgrammeCertificateService certificates,
            MessageSource messages,
            PersonalDataAccessLog accessLog) {
        this.progress = progress;
        this.certificates = certificates;
        this.messages = messages;
        this.accessLog = accessLog;
    }

    @GetMapping(ProgrammeRoutes.BASE + ProgrammeRoutes.PROGRAMME + "/fortschritt")
    String matrix(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "stand", defaultValue = "") String state,
            @RequestParam(name = "seite", defaultValue = "1") String page,
            Model model) {
        var matrix = progress.matrix(tenant.id(), id).orElseThrow(ProgrammeController::notFound);
        accessLog.record(
                tenant.id(),
                AccessKind.VIEW,
                "programmes.matrix",
                matrix.programme().title(),
                null);
        var shown = matrix.filtered(complete(state));
        int pages = shown.pageCount(PAGE_SIZE);
        int current = pageNumber(page, pages);
        model.addAttribute("matrix", shown.page(current, PAGE_SIZE));
        model.addAttribute(
                "paging",
                new ProgressPaging(current, pages, PAGE_SIZE, shown.rows().size()));
        model.addAttribute("total", matrix.rows().size());
        model.addAttribute("completeTotal", matrix.completeCount());
        model.addAttribute("state", complete(state) == null ? "" : state);
        model.addAttribute("certificates", certificates.issued(tenant.id(), id));
        return "programmes/progress";
    }

    @CreatesOrSends
    @PostMapping(ProgrammeRoutes.BASE + ProgrammeRoutes.PROGRAMME + "/fortschritt/bescheinigungen")
    String issueCertificates(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            RedirectAttributes redirect) {
        progress.matrix(tenant.id(), id).orElseThrow(ProgrammeController::notFound);
        int issued = certificates.issueToAllWhoCompleted(tenant.id(), id, user.accountId(), user.displayName());
        redirect.addFlashAttribute("issued", issued);
        return "redirect:" + tenant.path("/programme/" + id + "/fortschritt");
    }

    @GetMapping(ProgrammeRoutes.BASE + ProgrammeRoutes.PROGRAMME + "/fortschritt.csv")
    ResponseEntity<byte[]> csv(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "stand", defaultValue = "") String state,
            Locale locale) {
        var matrix = progress.matrix(tenant.id(), id)
                .orElseThrow(ProgrammeController::notFound)
                .filtered(complete(state));
        var bytes = SpreadsheetCsv.write(header(matrix, locale), rows(matrix, locale));
        accessLog.record(
                tenant.id(),
                AccessKind.EXPORT,
                "programmes.export",
                matrix.programme().title(),
                null);
        var name = "fortschritt-" + LocalDate.now(BerlinTime.ZONE) + ".csv";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    private List<String> header(ProgressMatrix matrix, Locale locale) {
        var header = new ArrayList<String>();
        header.add(text("programmes.progress.column.name", locale));
        header.add(text("programmes.progress.column.email", locale));
        matrix.buildingBlocks().forEach(m -> header.add(m.title()));
        header.add(text("programmes.progress.column.state", locale));
        header.add(text("programmes.progress.column.missing", locale));
        return header;
    }

    private List<List<String>> rows(ProgressMatrix matrix, Locale locale) {
        var rows = new ArrayList<List<String>>();
        for (var person : matrix.rows()) {
            var row = new ArrayList<String>();
            row.add(person.name());
            row.add(person.email());
            for (var state : person.buildingBlocks()) {
                row.add(cell(state, locale));
            }
            row.add(text(
                    person.complete() ? "programmes.progress.complete" : "programmes.progress.inProgress", locale));
            row.add(missing(person, locale));
            rows.add(row);
        }
        return rows;
    }

    private String cell(BuildingBlockState state, Locale locale) {
        var event = state.fulfilledBy();
        if (event == null) {
            return text("programmes.progress.open", locale);
        }
        return text(
                "programmes.progress.fulfilledBy", locale, event.title(), ProgrammeFormat.dates(event.dates(), locale));
    }

    private String missing(PersonProgress person, Locale locale) {
        var parts = new ArrayList<String>();
        person.missingRequired().forEach(m -> parts.add(m.title()));
        if (person.optionalMissing() > 0) {
            parts.add(text("programmes.progress.optionalMissing", locale, person.optionalMissing()));
        }
        return String.join(", ", parts);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /**
     * The page asked for, within the pages there are: a page past the end (the list got shorter since
     * the link was made) shows the last page, anything that is not a page number the first.
     */
    static int pageNumber(String page, int pages) {
        if (!page.strip().matches("\\d{1,9}")) {
            return 1;
        }
        return Math.max(1, Math.min(Integer.parseInt(page.strip()), pages));
    }

    static @Nullable Boolean complete(String state) {
        return switch (state) {
            case COMPLETE -> Boolean.TRUE;
            case IN_PROGRESS -> Boolean.FALSE;
            default -> null;
        };
    }
}
