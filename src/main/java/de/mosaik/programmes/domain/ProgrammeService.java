package de.mosaik.programmes.domain;

import de.mosaik.programmes.ProgrammePlanning;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff's work on programmes: the programme itself, its modules, their order and their events. */
@Service
public class ProgrammeService implements ProgrammePlanning {

    private final ProgrammeRepository repository;

    ProgrammeService(ProgrammeRepository repository) {
        this.repository = repository;
    }

    public List<ProgrammeSummary> all(UUID tenantId) {
        return repository.all(tenantId);
    }

    public Optional<Programme> byId(UUID tenantId, UUID id) {
        return repository.find(tenantId, id);
    }

    public List<Module> modules(UUID tenantId, UUID programmeId) {
        return repository.modules(tenantId, programmeId);
    }

    public Optional<Module> module(UUID tenantId, UUID programmeId, UUID moduleId) {
        return modules(tenantId, programmeId).stream()
                .filter(m -> m.id().equals(moduleId))
                .findFirst();
    }

    @Transactional
    public UUID create(UUID tenantId, ProgrammeDetails details) {
        var id = UUID.randomUUID();
        repository.insert(tenantId, id, details);
        return id;
    }

    @Override
    @Transactional
    public UUID createProgramme(
            UUID tenantId,
            String title,
            String description,
            LocalDate validFrom,
            LocalDate validUntil,
            int optionalNeeded) {
        return create(tenantId, new ProgrammeDetails(title, description, validFrom, validUntil, optionalNeeded));
    }

    @Override
    @Transactional
    public Optional<UUID> addBuildingBlock(
            UUID tenantId, UUID programmeId, String title, String description, boolean required) {
        return addModule(tenantId, programmeId, new ModuleDetails(title, description, required, null));
    }

    @Transactional
    public EditOutcome update(UUID tenantId, UUID id, int version, ProgrammeDetails details) {
        if (repository.find(tenantId, id).isEmpty()) {
            return EditOutcome.NOT_FOUND;
        }
        return repository.update(tenantId, id, version, details) == 1
                ? EditOutcome.DONE
                : EditOutcome.CHANGED_MEANWHILE;
    }

    @Transactional
    public Optional<UUID> addModule(UUID tenantId, UUID programmeId, ModuleDetails details) {
        if (repository.find(tenantId, programmeId).isEmpty()) {
            return Optional.empty();
        }
        var id = UUID.randomUUID();
        repository.insertModule(tenantId, programmeId, id, details);
        return Optional.of(id);
    }

    @Transactional
    public EditOutcome updateModule(
            UUID tenantId, UUID programmeId, UUID moduleId, int version, ModuleDetails details) {
        if (module(tenantId, programmeId, moduleId).isEmpty()) {
            return EditOutcome.NOT_FOUND;
        }
        return repository.updateModule(tenantId, programmeId, moduleId, version, details) == 1
                ? EditOutcome.DONE
                : EditOutcome.CHANGED_MEANWHILE;
    }

    /** Removing twice (a double submit) is harmless: the second time there is nothing left to remove. */
    @Transactional
    public void removeModule(UUID tenantId, UUID programmeId, UUID moduleId) {
        repository.deleteModule(tenantId, programmeId, moduleId);
    }

    /** Moves a module one place up ({@code -1}) or down ({@code +1}); at either end nothing happens. */
    @Transactional
    public void moveModule(UUID tenantId, UUID programmeId, UUID moduleId, int direction) {
        var modules = repository.modules(tenantId, programmeId);
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).id().equals(moduleId)) {
                int other = i + Integer.signum(direction);
                if (other >= 0 && other < modules.size()) {
                    repository.swapPositions(
                            tenantId, programmeId, moduleId, modules.get(other).id());
                }
                return;
            }
        }
    }

    /** False when the module or the event is not the tenant's. Assigning twice changes nothing. */
    @Override
    @Transactional
    public boolean assignEvent(UUID tenantId, UUID programmeId, UUID moduleId, UUID eventId) {
        if (module(tenantId, programmeId, moduleId).isEmpty()) {
            return false;
        }
        if (!repository.eventOfTenant(tenantId, eventId)) {
            return false;
        }
        repository.assign(tenantId, programmeId, moduleId, eventId);
        return true;
    }

    @Transactional
    public void unassignEvent(UUID tenantId, UUID programmeId, UUID moduleId, UUID eventId) {
        repository.unassign(tenantId, programmeId, moduleId, eventId);
    }

    public List<EventChoice> eventChoices(UUID tenantId, String query) {
        return repository.eventChoices(tenantId, query.strip());
    }
}
