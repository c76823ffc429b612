package de.mosaik.privacy.domain;

import de.mosaik.shared.text.BerlinTime;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs retention every night for every tenant. ShedLock lets only one app node run it; a tenant that
 * fails is logged and retried the next night, and does not stop the others.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionService retention;
    private final RetentionCandidates candidates;

    RetentionJob(RetentionService retention, RetentionCandidates candidates) {
        this.retention = retention;
        this.candidates = candidates;
    }

    @Scheduled(cron = "${mosaik.privacy.retention-cron:0 30 3 * * *}", zone = BerlinTime.ZONE_NAME)
    @SchedulerLock(name = "privacy-retention", lockAtMostFor = "PT2H")
    void nightly() {
        var now = Instant.now();
        for (var tenantId : candidates.tenants()) {
            try {
                var summary = retention.run(tenantId, now);
                if (!summary.nothing()) {
                    log.info("Retention at tenant {}: {}", tenantId, summary);
                }
            } catch (RuntimeException e) {
                log.error("Retention at tenant {} failed; it is tried again the next night", tenantId, e);
            }
        }
    }
}
