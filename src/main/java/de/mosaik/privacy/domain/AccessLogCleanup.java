package de.mosaik.privacy.domain;

import de.mosaik.shared.text.BerlinTime;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The access log holds who looked at whom, which is personal data of both sides; it is kept only
 * as long as the tenant's retention setting says. Runs at night, once across all app instances.
 */
@Component
public class AccessLogCleanup {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLogCleanup.class);

    private final AccessLogRepository repository;

    AccessLogCleanup(AccessLogRepository repository) {
        this.repository = repository;
    }

    @Scheduled(cron = "${mosaik.privacy.access-log-cleanup-cron:0 15 3 * * *}", zone = BerlinTime.ZONE_NAME)
    @SchedulerLock(name = "privacy-access-log-cleanup")
    public void nightly() {
        deleteExpired(Instant.now());
    }

    /**
     * Deletes the entries older than their tenant's period before {@code now}, in one statement so
     * that no transaction is needed; returns how many.
     */
    public int deleteExpired(Instant now) {
        int deleted = repository.deleteExpired(now);
        if (deleted > 0) {
            LOG.info("Deleted {} access log entries past their retention period", deleted);
        }
        return deleted;
    }
}
