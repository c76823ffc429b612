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

    public List<BuildingBlock> buildingBlocks(UUID tenantId, UUID programmeId) {
        return repository.buildingBlocks(tenantId, programmeId);
    }

    public Optional<BuildingBlock> buildingBlock(UUID tenantId, UUID programmeId, UUID buildingBlockId) {
        return buildingBlocks(tenantId, programmeId).stream()
                .filter(m -> m.id().equals(buildingBlockId))
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
        return addBuildingBlock(tenantId, programmeId, new BuildingBlockDetails(title, description, required, null));
    }

    @Transactional
    public ProgrammeEditOutcome update(UUID tenantId, UUID id, int version, ProgrammeDetails details) {
        if (repository.find(tenantId, id).isEmpty()) {
            return ProgrammeEditOutcome.NOT_FOUND;
        }
        return repository.update(tenantId, id, version, details) == 1
                ? ProgrammeEditOutcome.DONE
                : ProgrammeEditOutcome.CHANGED_MEANWHILE;
    }

    @Transactional
    public Optional<UUID> addBuildingBlock(UUID tenantId, UUID programmeId, BuildingBlockDetails details) {
        if (repository.find(tenantId, programmeId).isEmpty()) {
            return Optional.empty();
        }
        var id = UUID.randomUUID();
        repository.insertBuildingBlock(tenantId, programmeId, id, details);
        return Optional.of(id);
    }

    @Transactional
    public ProgrammeEditOutcome updateBuildingBlock(
            UUID tenantId, UUID programmeId, UUID buildingBlockId, int version, BuildingBlockDetails details) {
        if (buildingBlock(tenantId, programmeId, buildingBlockId).isEmpty()) {
            return ProgrammeEditOutcome.NOT_FOUND;
        }
        return repository.updateBuildingBlock(tenantId, programmeId, buildingBlockId, version, details) == 1
                ? ProgrammeEditOutcome.DONE
                : ProgrammeEditOutcome.CHANGED_MEANWHILE;
    }

    /** Removing twice (a double submit) is harmless: the second time there is nothing left to remove. */
    @Transactional
    public void removeBuildingBlock(UUID tenantId, UUID programmeId, UUID buildingBlockId) {
        repository.deleteBuildingBlock(tenantId, programmeId, buildingBlockId);
    }

    /** Moves a module one place up ({@code -1}) or down ({@code +1}); at either end nothing happens. */
    @Transactional
    public void moveBuildingBlock(UUID tenantId, UUID programmeId, UUID buildingBlockId, int direction) {
        var buildingBlocks = repository.buildingBlocks(tenantId, programmeId);
        for (int i = 0; i < buildingBlocks.size(); i++) {
            if (buildingBlocks.get(i).id().equals(buildingBlockId)) {
                int other = i + Integer.signum(direction);
                if (other >= 0 && other < buildingBlocks.size()) {
                    repository.swapPositions(
                            tenantId,
                            programmeId,
                            buildingBlockId,
                            buildingBlocks.get(other).id());
                }
                return;
            }
        }
    }

    /** False when the module or the event is not the tenant's. Assigning twice changes nothing. */
    @Override
    @Transactional
    public boolean assignEvent(UUID tenantId, UUID programmeId, UUID buildingBlockId, UUID eventId) {
        if (buildingBlock(tenantId, programmeId, buildingBlockId).isEmpty()) {
            return false;
        }
        if (!repository.eventOfTenant(tenantId, eventId)) {
            return false;
        }
        repository.assign(tenantId, programmeId, buildingBlockId, eventId);
        return true;
    }

    @Transactional
    public void unassignEvent(UUID tenantId, UUID programmeId, UUID buildingBlockId, UUID eventId) {
        repository.unassign(tenantId, programmeId, buildingBlockId, eventId);
    }

    public List<EventChoice> eventChoices(UUID tenantId, String query) {
        return repository.eventChoices(tenantId, query.strip());
    }
}
