package de.mosaik.reporting.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A tenant's saved report definitions; two staff changing one at a time are told, not overwritten. */
@Service
public class SavedReportService {

    public static final int NAME_MAX = 100;

    private final SavedReportRepository repository;

    SavedReportService(SavedReportRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<SavedReport> all(UUID tenantId) {
        return repository.all(tenantId);
    }

    @Transactional(readOnly = true)
    public Optional<SavedReport> find(UUID tenantId, UUID id) {
        return repository.find(tenantId, id);
    }

    /**
     * Saves a new definition. The same name with the same definition again is a double submit and
     * returns the saved one; the same name with another definition is refused.
     */
    @Transactional
    public UUID save(UUID tenantId, String name, ReportDefinition definition, String createdByName) {
        var existing = repository.named(tenantId, name.strip());
        if (existing.isPresent()) {
            if (existing.get().definition().equals(definition)) {
                return existing.get().id();
            }
            throw new SavedReportConflict(SavedReportConflict.Reason.NAME_TAKEN);
        }
        var id = UUID.randomUUID();
        try {
            repository.insert(tenantId, id, name.strip(), definition, createdByName);
        } catch (DuplicateKeyException taken) {
            throw new SavedReportConflict(SavedReportConflict.Reason.NAME_TAKEN);
        }
        return id;
    }

    @Transactional
    public void rename(UUID tenantId, UUID id, String name, int version) {
        boolean renamed;
        try {
            renamed = repository.rename(tenantId, id, name.strip(), version);
        } catch (DuplicateKeyException taken) {
            throw new SavedReportConflict(SavedReportConflict.Reason.NAME_TAKEN);
        }
        if (!renamed) {
            throw new SavedReportConflict(SavedReportConflict.Reason.STALE);
        }
    }

    /** Deleting what is already gone is harmless (a double click); a changed definition is not deleted unseen. */
    @Transactional
    public void delete(UUID tenantId, UUID id, int version) {
        if (!repository.delete(tenantId, id, version)
                && repository.find(tenantId, id).isPresent()) {
            throw new SavedReportConflict(SavedReportConflict.Reason.STALE);
        }
    }
}
