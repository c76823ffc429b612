package de.mosaik.mail.web;

import de.mosaik.mail.domain.OutboxService;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.WorkItem;
import de.mosaik.shared.web.WorkQueue;
import java.util.List;
import org.springframework.stereotype.Component;

/** Failed mails on the start page; only for tenant administrators, as only they may open the Postausgang. */
@Component
class OutboxWork implements WorkQueue {

    private final OutboxService outbox;

    OutboxWork(OutboxService outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<WorkItem> open(CurrentUser user, BackOfficeTenant tenant) {
        if (!user.tenantAdmin()) {
            return List.of();
        }
        return List.of(
                new WorkItem("mail.work.failed", outbox.failedCount(tenant.id()), tenant.path("/postausgang"), 50));
    }
}
