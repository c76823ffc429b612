package de.mosaik.portal.web;

import de.mosaik.portal.domain.PageService;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.WorkItem;
import de.mosaik.shared.web.WorkQueue;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Pages whose "still current?" date has come, on the staff start page next to the reminder mail. */
@Component
class PageReviewWork implements WorkQueue {

    private final PageService pages;

    PageReviewWork(PageService pages) {
        this.pages = pages;
    }

    @Override
    public List<WorkItem> open(CurrentUser user, BackOfficeTenant tenant) {
        if (!user.tenantStaff()) {
            return List.of();
        }
        long due = pages.reviewsDue(tenant.id(), LocalDate.now(BerlinTime.ZONE));
        return List.of(new WorkItem("portal.page.review.work", due, tenant.path(ContentRoutes.PAGES), 50));
    }
}
