package de.mosaik.reporting.web;

import de.mosaik.reporting.domain.CrossTenantTable;
import de.mosaik.reporting.domain.PlatformFiguresService;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.text.SpreadsheetCsv;
import de.mosaik.shared.web.BackOfficePage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The platform administration's yearly counts of the tenants that agreed to share them. No person
 * and no single event appears; tenants that did not agree are named without figures.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class PlatformFiguresController {

    static final String PATH = "/plattform/statistik";
    static final String CSV = "/plattform/statistik.csv";
    private static final MediaType CSV_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PlatformFiguresService figures;
    private final MessageSource messages;

    PlatformFiguresController(PlatformFiguresService figures, MessageSource messages) {
        this.figures = figures;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String show(@RequestParam(name = "jahr", required = false) @Nullable String year, Locale locale, Model model) {
        var table = figures.table(year(year), today());
        model.addAttribute("page", new PlatformFiguresPage(table, chosen(table, year), locale));
        return "reporting/platform/figures";
    }

    @GetMapping(CSV)
    ResponseEntity<byte[]> csv(@RequestParam(name = "jahr", required = false) @Nullable String year, Locale locale) {
        var table = figures.table(year(year), today());
        var header = List.of(
                text("figures.platform.column.year", locale),
                text("figures.platform.column.tenant", locale),
                text("figures.platform.column.persons", locale),
                text("figures.platform.column.participations", locale),
                text("figures.platform.column.hours", locale),
                text("figures.platform.column.events", locale));
        var rows = new ArrayList<List<String>>();
        for (var sum : table.sums()) {
            for (var row : table.rows(sum.year())) {
                rows.add(List.of(
                        String.valueOf(row.year()),
                        row.tenantName(),
                        String.valueOf(row.figures().persons()),
                        String.valueOf(row.figures().participations()),
                        PlatformFiguresPage.hours(row.figures().hours(), locale),
                        String.valueOf(row.eventsHeld())));
            }
            // Persons stay empty in the sum: each tenant counts its own people (see the page).
            rows.add(List.of(
                    String.valueOf(sum.year()),
                    text("figures.platform.sum", locale),
                    "",
                    String.valueOf(sum.participations()),
                    PlatformFiguresPage.hours(sum.hours(), locale),
                    String.valueOf(sum.eventsHeld())));
        }
        var name = text("figures.platform.file", locale) + (year(year) == null ? "" : "-" + year(year));
        return ResponseEntity.ok()
                .contentType(CSV_TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + ".csv", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(SpreadsheetCsv.write(header, rows));
    }

    /** The year asked for; anything that is not a plausible year means all years. */
    private static @Nullable Integer year(@Nullable String value) {
        if (value == null || !value.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(value.strip());
    }

    private static @Nullable Integer chosen(CrossTenantTable table, @Nullable String value) {
        var year = year(value);
        return year != null && table.years().contains(year) ? year : null;
    }

    private static LocalDate today() {
        return LocalDate.now(BerlinTime.ZONE);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
