package de.mosaik.privacy.web;

import de.mosaik.privacy.RetentionOutlook;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.WorkItem;
import de.mosaik.shared.web.WorkQueue;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Retention due on the start page: archive offers waiting for a decision, and the registrations the
 * nightly deletion will erase within two weeks, while there is still time to lengthen a period. Only
 * for tenant administrators, as only they may open the retention and archive pages.
 */
@Component
class RetentionWork implements WorkQueue {

    private final RetentionOutlook outlook;

    RetentionWork(RetentionOutlook outlook) {
        this.outlook = outlook;
    }

    @Override
    public List<WorkItem> open(CurrentUser user, BackOfficeTenant tenant) {
        if (!user.tenantAdmin()) {
            return List.of();
        }
        var due = outlook.dueSoon(tenant.id(), Instant.now());
        return List.of(
                new WorkItem(
                        "retention.work.archiveOffers",
                        due.archiveOffersWaiting(),
                        tenant.path(ArchiveController.PAGE),
                        60),
                new WorkItem("retention.work.due", due.registrations(), tenant.path(RetentionController.PAGE), 70));
    }
}
