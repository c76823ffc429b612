package de.mosaik.programmes.domain;

import de.mosaik.certificates.Certificates;
import de.mosaik.programmes.BuildingBlockLine;
import de.mosaik.programmes.CompletedParticipant;
import de.mosaik.programmes.ProgrammeCompletions;
import de.mosaik.programmes.ProgrammeDirectory;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows people through a programme: reads who attended which of its events and lets
 * {@link CompletionPolicy} decide which modules that fulfils.
 */
@Service
@Transactional(readOnly = true)
public class ProgressService implements ProgrammeCompletions, ProgrammeDirectory {

    private final ProgrammeRepository programmes;
    private final ProgressRepository progress;
    private final Certificates certificates;

    ProgressService(ProgrammeRepository programmes, ProgressRepository progress, Certificates certificates) {
        this.programmes = programmes;
        this.progress = progress;
        this.certificates = certificates;
    }

    /** Everybody with a confirmed registration for one of the programme's events, by name. */
    public Optional<ProgressMatrix> matrix(UUID tenantId, UUID programmeId) {
        return programmes.find(tenantId, programmeId).map(programme -> {
            var buildingBlocks = programmes.buildingBlocks(tenantId, programmeId);
            var rows = people(tenantId, programme, buildingBlocks, null);
            return new ProgressMatrix(programme, buildingBlocks, rows);
        });
    }

    /** One person's progress, also when they have not yet attended anything of the programme. */
    public Optional<ProgrammeProgress> of(UUID tenantId, UUID programmeId, String emailNormalized) {
        return programmes.find(tenantId, programmeId).map(programme -> {
            var buildingBlocks = programmes.buildingBlocks(tenantId, programmeId);
            var rows = people(tenantId, programme, buildingBlocks, emailNormalized);
            var person = rows.isEmpty()
                    ? decide(
                            programme,
                            buildingBlocks,
                            new ProgressRepository.Person(emailNormalized, "", "", "de"),
                            List.of())
                    : rows.get(0);
            return new ProgrammeProgress(programme, buildingBlocks, person);
        });
    }

    /** The programmes the person is taking part in (a confirmed registration for one of their events). */
    public List<ProgrammeProgress> ofPerson(UUID tenantId, String emailNormalized) {
        var result = new ArrayList<ProgrammeProgress>();
        for (var id : progress.programmesOf(tenantId, emailNormalized)) {
            of(tenantId, id, emailNormalized).ifPresent(result::add);
        }
        return result;
    }

    /** The normalised address of the registration behind a personal link of this tenant. */
    public Optional<String> emailOfPersonalLink(UUID tenantId, String token) {
        return Optional.ofNullable(progress.emailOfToken(tenantId, token));
    }

    @Override
    public List<CompletedParticipant> completedParticipants(UUID tenantId, UUID programmeId) {
        return matrix(tenantId, programmeId)
                .map(matrix -> matrix.rows().stream()
                        .filter(PersonProgress::complete)
                        .map(person -> completed(matrix.programme(), person))
                        .toList())
                .orElse(List.of());
    }

    @Override
    public List<ProgrammeLink> containing(UUID tenantId, UUID eventId) {
        return programmes.containing(tenantId, eventId).stream()
                .map(e -> new ProgrammeLink(e.getKey(), e.getValue()))
                .toList();
    }

    private static CompletedParticipant completed(Programme programme, PersonProgress person) {
        var lines = person.buildingBlocks().stream()
                .filter(BuildingBlockState::fulfilled)
                .map(state -> {
                    var event = state.fulfilledBy();
                    return new BuildingBlockLine(
                            state.buildingBlock().title(),
                            state.buildingBlock().required(),
                            event.title(),
                            event.dates(),
                            state.hours());
                })
                .toList();
        return new CompletedParticipant(
                person.name(), person.email(), person.emailNormalized(), person.locale(), programme.title(), lines);
    }

    private List<PersonProgress> people(
            UUID tenantId, Programme programme, List<BuildingBlock> buildingBlocks, @Nullable String emailNormalized) {
        var participations = progress.participations(tenantId, programme.id(), emailNormalized);
        var certified = certificates.certifiedRegistrations(
                tenantId,
                participations.stream()
                        .map(AttendanceRule.Participation::registrationId)
                        .toList());
        var attended = new HashMap<String, List<UUID>>();
        for (var row : participations) {
            var events = attended.computeIfAbsent(row.emailNormalized(), k -> new ArrayList<>());
            if (AttendanceRule.attended(row, certified) && !events.contains(row.eventId())) {
                events.add(row.eventId());
            }
        }
        var rows = new ArrayList<PersonProgress>();
        for (var person : progress.persons(tenantId, programme.id(), emailNormalized)) {
            rows.add(decide(
                    programme, buildingBlocks, person, attended.getOrDefault(person.emailNormalized(), List.of())));
        }
        var collator = Collator.getInstance(Locale.GERMAN);
        rows.sort(Comparator.comparing(PersonProgress::name, collator).thenComparing(PersonProgress::emailNormalized));
        return rows;
    }

    private static PersonProgress decide(
            Programme programme,
            List<BuildingBlock> buildingBlocks,
            ProgressRepository.Person person,
            List<UUID> attendedEvents) {
        Map<UUID, AssignedEvent> events = new LinkedHashMap<>();
        buildingBlocks.forEach(m -> m.events().forEach(e -> events.putIfAbsent(e.id(), e)));
        var attendances = attendedEvents.stream()
                .map(events::get)
                .filter(e -> e != null && e.startsAt() != null && e.endsAt() != null)
                .map(e -> new CompletionPolicy.Attendance(e.id(), e.startsAt(), e.endsAt()))
                .toList();
        var decision = CompletionPolicy.decide(
                buildingBlocks.stream().map(BuildingBlock::rule).toList(),
                programme.optionalNeeded(),
                programme.period(),
                attendances);
        var states = buildingBlocks.stream()
                .map(m -> new BuildingBlockState(
                        m, events.get(decision.fulfilledBy().get(m.id()))))
                .toList();
        return new PersonProgress(
                person.name(), person.email(), person.emailNormalized(), person.locale(), states, decision);
    }
}
