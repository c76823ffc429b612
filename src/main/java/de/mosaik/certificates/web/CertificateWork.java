package de.mosaik.certificates.web;

import de.mosaik.certificates.domain.CertificateService;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.WorkItem;
import de.mosaik.shared.web.WorkQueue;
import java.util.List;
import org.springframework.stereotype.Component;

/** Certificates to issue on the start page: ended events whose participants met the attendance rule. */
@Component
class CertificateWork implements WorkQueue {

    /** Older events are not offered any more on the start page; their certificate pages still work. */
    private static final int DAYS_BACK = 90;

    private final CertificateService certificateService;

    CertificateWork(CertificateService certificateService) {
        this.certificateService = certificateService;
    }

    @Override
    public List<WorkItem> open(CurrentUser user, BackOfficeTenant tenant) {
        if (!user.tenantStaff()) {
            return List.of();
        }
        return certificateService.toIssue(tenant.id(), DAYS_BACK).stream()
                .map(event -> new WorkItem(
                        "certificates.work.toIssue",
                        event.count(),
                        tenant.path("/veranstaltungen/" + event.eventId() + "/bescheinigungen"),
                        40,
                        List.<Object>of(event.title())))
                .toList();
    }
}
