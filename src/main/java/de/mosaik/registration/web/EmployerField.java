package de.mosaik.registration.web;

import de.mosaik.registration.EmployerChoices;
import de.mosaik.registration.EmployerChoices.Employer;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The employing body a participant names on the form of an event offered to a network: required there, one of
 * the bodies listed or "another body" ({@value #OTHER}). Events without choices do not ask.
 */
@Component
class EmployerField {

    /** The value of the "another body" option. */
    static final String OTHER = "andere";

    private final List<EmployerChoices> sources;

    EmployerField(List<EmployerChoices> sources) {
        this.sources = sources;
    }

    /** The bodies to choose from for the event; empty when the form does not ask. */
    List<Employer> choices(UUID tenantId, UUID eventId) {
        return sources.stream()
                .flatMap(source -> source.choices(tenantId, eventId).stream())
                .toList();
    }

    /** A valid choice; {@code organisationId} null for "another body". */
    record Chosen(@Nullable UUID organisationId) {}

    /**
     * The chosen body: empty when the form does not ask or the choice is missing or unknown, which is reported
     * to {@code sink} by field.
     */
    Optional<Chosen> check(List<Employer> choices, String value, ApplicantRules.Sink sink) {
        return check(choices, "employer", value, sink);
    }

    /** As {@link #check(List, String, ApplicantRules.Sink)}, reporting to the named field (a group form row). */
    Optional<Chosen> check(List<Employer> choices, String field, String value, ApplicantRules.Sink sink) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        if (value.isEmpty()) {
            sink.reject(field, "registration.error.employer.required");
            return Optional.empty();
        }
        if (OTHER.equals(value)) {
            return Optional.of(new Chosen(null));
        }
        var chosen = choices.stream()
                .map(Employer::organisationId)
                .filter(id -> id.toString().equalsIgnoreCase(value))
                .findFirst();
        if (chosen.isEmpty()) {
            sink.reject(field, "registration.error.employer.unknown");
            return Optional.empty();
        }
        return chosen.map(Chosen::new);
    }

    /** Keeps the chosen body with the new registration. */
    void record(UUID tenantId, UUID registrationId, @Nullable UUID organisationId) {
        sources.forEach(source -> source.record(tenantId, registrationId, organisationId));
    }
}
