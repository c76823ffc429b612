package de.mosaik.certificates.web;

import de.mosaik.certificates.domain.SignInSheetService;
import de.mosaik.events.EventStaff;
import de.mosaik.shared.privacy.PersonalDataAccessLog;
import de.mosaik.shared.privacy.PersonalDataAccessLog.AccessKind;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The printable sign-in sheet of a session, for the tenant's staff and the event's own trainers. */
@Controller
@BackOfficePage
@PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF','TRAINER')")
class SignInSheetController {

    private final SignInSheetService sheets;
    private final EventStaff eventStaff;
    private final PersonalDataAccessLog accessLog;

    SignInSheetController(SignInSheetService sheets, EventStaff eventStaff, PersonalDataAccessLog accessLog) {
        this.sheets = sheets;
        this.eventStaff = eventStaff;
        this.accessLog = accessLog;
    }

    @GetMapping("/verwaltung/{slug}/veranstaltungen/{id}/anwesenheit/{sessionId}/unterschriftenliste.pdf")
    ResponseEntity<byte[]> sheet(
            @AuthenticationPrincipal CurrentUser user,
            Authentication authentication,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID sessionId,
            Locale locale) {
        boolean staff = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_TENANT_ADMIN")
                        || a.getAuthority().equals("ROLE_STAFF"));
        // A trainer sees the participants of the events they teach, not those of colleagues.
        if (!staff && !eventStaff.speaksAt(tenant.id(), id, user.accountId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        var sheet = sheets.sheet(tenant.id(), id, sessionId, locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        accessLog.record(tenant.id(), AccessKind.EXPORT, "attendance.sheet", sheet.eventTitle(), null);
        return Pdfs.attachment(sheet.pdf(), "unterschriftenliste.pdf");
    }
}
