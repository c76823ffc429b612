package de.mosaik.privacy.web;

import de.mosaik.privacy.domain.AccessLogEntry;
import de.mosaik.privacy.domain.AccessLogSearchService;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.text.SpreadsheetCsv;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * The Zugriffsprotokoll: who viewed or exported participants' personal data, for the tenant
 * administrator only — staff must not watch each other, and the log itself names persons.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasRole('TENANT_ADMIN')")
class AccessLogController {

    static final String BASE = "/verwaltung/{slug}/datenschutz/zugriffe";
    static final int PAGE_SIZE = 50;

    private final AccessLogSearchService search;
    private final MessageSource messages;

    AccessLogController(AccessLogSearchService search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String show(
            BackOfficeTenant tenant,
            @RequestParam(name = "von", required = false) @Nullable String from,
            @RequestParam(name = "bis", required = false) @Nullable String to,
            @RequestParam(name = "konto", required = false) @Nullable String account,
            @RequestParam(name = "art", required = false) @Nullable String kind,
            @RequestParam(name = "bereich", required = false) @Nullable String resource,
            @RequestParam(name = "seite", required = false) @Nullable String page,
            Locale locale,
            Model model) {
        var query = AccessLogQuery.of(from, to, account, kind, resource);
        int current = AccessLogQuery.page(page);
        var found = search.page(tenant.id(), query.filter(), current, PAGE_SIZE);
        boolean hasNext = found.size() > PAGE_SIZE;
        var base = tenant.path("/datenschutz/zugriffe");
        model.addAttribute(
                "page",
                new AccessLogPage(
                        found.stream()
                                .limit(PAGE_SIZE)
                                .map(e -> line(e, locale))
                                .toList(),
                        base,
                        query.from(),
                        query.to(),
                        query.account(),
                        query.kind(),
                        query.resource(),
                        search.accounts(tenant.id()),
                        search.resources(tenant.id()).stream()
                                .map(code -> new AccessLogPage.Choice(code, resourceName(code, locale)))
                                .toList(),
                        query.invalid(),
                        current,
                        current > 1 ? query.href(base, current - 1) : null,
                        hasNext ? query.href(base, current + 1) : null,
                        query.href(base + "/export.csv", 1)));
        return "privacy/accesslog/list";
    }

    @GetMapping(BASE + "/export.csv")
    ResponseEntity<byte[]> csv(
            BackOfficeTenant tenant,
            @RequestParam(name = "von", required = false) @Nullable String from,
            @RequestParam(name = "bis", required = false) @Nullable String to,
            @RequestParam(name = "konto", required = false) @Nullable String account,
            @RequestParam(name = "art", required = false) @Nullable String kind,
            @RequestParam(name = "bereich", required = false) @Nullable String resource,
            Locale locale) {
        var entries = search.export(
                tenant.id(),
                AccessLogQuery.of(from, to, account, kind, resource).filter());
        var header = List.of(
                text("privacy.accesslog.column.time", locale),
                text("privacy.accesslog.column.account", locale),
                text("privacy.accesslog.column.kind", locale),
                text("privacy.accesslog.column.resource", locale),
                text("privacy.accesslog.column.label", locale),
                text("privacy.accesslog.column.person", locale));
        var rows = entries.stream()
                .map(e -> line(e, locale))
                .map(l -> List.of(
                        l.time(),
                        l.accountName(),
                        text(l.kindKey(), locale),
                        l.what(),
                        l.label(),
                        l.person() == null ? "" : l.person()))
                .toList();
        var name = text("privacy.accesslog.fileName", locale) + "-" + LocalDate.now(BerlinTime.ZONE) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(SpreadsheetCsv.write(header, rows));
    }

    private AccessLogPage.Line line(AccessLogEntry entry, Locale locale) {
        return new AccessLogPage.Line(
                BerlinTime.dateTime(entry.accessedAt(), locale),
                entry.accountName().isBlank() ? text("privacy.accesslog.noAccount", locale) : entry.accountName(),
                entry.kind(),
                resourceName(entry.resource(), locale),
                entry.label(),
                entry.personEmail());
    }

    /** Codes come from every module; one without a text yet is shown as its code rather than failing. */
    private String resourceName(String code, Locale locale) {
        return messages.getMessage(AccessLogEntry.resourceKey(code), null, code, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
