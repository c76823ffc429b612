package de.mosaik.registration.web;

import de.mosaik.events.RegistrationTerms;
import de.mosaik.events.Term;
import de.mosaik.registration.RegistrationStatus;
import de.mosaik.registration.domain.Registration;
import de.mosaik.shared.web.PageContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The participant list page: the event, the registrations that pass the filter, and whether the
 * viewer may change them (trainers only look).
 */
public record ParticipantList(
        RegistrationTerms event,
        List<Registration> registrations,
        int total,
        Map<UUID, Term> targetGroups,
        @Nullable RegistrationStatus status,
        String query,
        boolean canChange,
        @Nullable String problem,
        @Nullable Integer messaged) {

    public String base(PageContext ctx) {
        return ctx.tenant().path("/veranstaltungen/" + event.eventId() + "/anmeldungen");
    }

    public String targetGroup(Registration registration, PageContext ctx) {
        return targetGroupLabel(targetGroups, registration.targetGroupId(), ctx);
    }

    public List<RegistrationStatus> statuses() {
        return List.of(RegistrationStatus.values());
    }

    public long count(RegistrationStatus wanted) {
        return registrations.stream().filter(r -> r.status() == wanted).count();
    }

    static String targetGroupLabel(Map<UUID, Term> targetGroups, @Nullable UUID id, PageContext ctx) {
        if (id == null) {
            return "";
        }
        var term = targetGroups.get(id);
        return term == null ? "" : term.label(ctx);
    }

    /** KERN badge variant for a status: green for a firm seat, yellow for open decisions. */
    public static String badge(RegistrationStatus status) {
        return switch (status) {
            case CONFIRMED -> "kern-badge--success";
            case PENDING_CONFIRMATION, PENDING_APPROVAL -> "kern-badge--warning";
            case WAITLISTED -> "kern-badge--info";
            case CANCELLED, DECLINED, EXPIRED -> "kern-badge--danger";
        };
    }
}
