package de.mosaik.privacy.domain;

import de.mosaik.privacy.RetentionPeriods;
import de.mosaik.privacy.RetentionSettings;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and saves a tenant's retention periods. */
@Service
public class RetentionSettingsService implements RetentionSettings {

    private final RetentionRepository repository;

    RetentionSettingsService(RetentionRepository repository) {
        this.repository = repository;
    }

    @Override
    public RetentionPeriods periodsOf(UUID tenantId) {
        return setup(tenantId).periods();
    }

    public RetentionSetup setup(UUID tenantId) {
        return repository.find(tenantId).orElse(new RetentionSetup(RetentionPeriods.DEFAULTS, 0));
    }

    /**
     * A double submit finds the periods already saved and changes nothing.
     *
     * @throws RetentionStaleVersion when someone saved other periods since {@code version} was read
     */
    @Transactional
    public void save(UUID tenantId, RetentionPeriods periods, int version) {
        if (!repository.save(tenantId, periods, version) && !periodsOf(tenantId).equals(periods)) {
            throw new RetentionStaleVersion();
        }
    }
}
