package de.mosaik.registration.web;

import de.mosaik.events.RegistrationTerms;
import de.mosaik.events.Term;
import de.mosaik.registration.domain.ParticipantExport;
import de.mosaik.registration.domain.ParticipantService;
import de.mosaik.shared.privacy.PersonalDataAccessLog;
import de.mosaik.shared.privacy.PersonalDataAccessLog.AccessKind;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.text.SpreadsheetCsv;
import de.mosaik.shared.text.SpreadsheetXlsx;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The participant list as a file for spreadsheets, with answers and accessibility needs. Only staff
 * may download it (the needs are sensitive), and the browser must not keep a copy in its cache.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
class ParticipantExportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ParticipantPages pages;
    private final ParticipantService participantService;
    private final MessageSource messages;
    private final PersonalDataAccessLog accessLog;

    ParticipantExportController(
            ParticipantPages pages,
            ParticipantService participantService,
            MessageSource messages,
            PersonalDataAccessLog accessLog) {
        this.pages = pages;
        this.participantService = participantService;
        this.messages = messages;
        this.accessLog = accessLog;
    }

    @GetMapping(ParticipantPages.BASE + "/export.csv")
    ResponseEntity<byte[]> csv(BackOfficeTenant tenant, @PathVariable UUID id, Locale locale) {
        var event = pages.event(tenant, id);
        var table = table(tenant, event, locale);
        var bytes = SpreadsheetCsv.write(table.header(), table.rows());
        accessLog.record(tenant.id(), AccessKind.EXPORT, "registration.export", event.title(), null);
        return file(bytes, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), event, "csv", locale);
    }

    @GetMapping(ParticipantPages.BASE + "/export.xlsx")
    ResponseEntity<byte[]> xlsx(BackOfficeTenant tenant, @PathVariable UUID id, Locale locale) {
        var event = pages.event(tenant, id);
        var table = table(tenant, event, locale);
        var bytes = SpreadsheetXlsx.writeText(
                messages.getMessage("participants.export.sheet", null, locale), table.header(), table.rows());
        accessLog.record(tenant.id(), AccessKind.EXPORT, "registration.export", event.title(), null);
        return file(bytes, XLSX, event, "xlsx", locale);
    }

    private ParticipantExport.Table table(BackOfficeTenant tenant, RegistrationTerms event, Locale locale) {
        Map<UUID, Term> targetGroups = pages.targetGroups(tenant).stream()
                .collect(Collectors.toMap(Term::id, Function.identity(), (a, b) -> a));
        var labels = new ParticipantExport.Labels() {
            @Override
            public String text(String key) {
                return messages.getMessage(key, null, locale);
            }

            @Override
            public String targetGroup(@Nullable UUID termId) {
                var term = termId == null ? null : targetGroups.get(termId);
                if (term == null) {
                    return "";
                }
                return term.code() == null
                        ? term.name()
                        : messages.getMessage(
                                "catalogue.term." + term.kind().name() + "." + term.code(), null, term.name(), locale);
            }
        };
        return ParticipantExport.table(event, participantService.ofEvent(tenant.id(), event.eventId()), labels);
    }

    private ResponseEntity<byte[]> file(
            byte[] bytes, MediaType type, RegistrationTerms event, String extension, Locale locale) {
        var name = ParticipantExport.fileName(
                messages.getMessage("participants.export.filePrefix", null, locale),
                event.title(),
                LocalDate.now(BerlinTime.ZONE),
                extension);
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(bytes);
    }
}
