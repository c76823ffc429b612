package de.mosaik.demo;

import de.mosaik.feedback.PastFeedback;
import de.mosaik.feedback.PastFeedback.PastInvitation;
import de.mosaik.feedback.PastFeedback.PastResponse;
import de.mosaik.shared.text.BerlinTime;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Feedback on the demo tenant's past events: the invitations went out after each event, about
 * half of those invited answered, with mostly good and some critical ratings and a few free texts
 * as they come from the field. Recorded as past rounds through the feedback module, without mails.
 */
@Component
class DemoFeedback {

    private static final String[] COMMENTS = {
        "Sehr praxisnah, ich nehme viele Anregungen für die Schulsozialarbeit mit.",
        "Die Fallbeispiele aus der Schulsozialarbeit waren besonders hilfreich.",
        "Mehr Zeit für den Austausch untereinander wäre schön gewesen.",
        "Das Thema Sprachmittlung hätte ich mir ausführlicher gewünscht, vor allem zu Dolmetschkosten.",
        "Endlich klare Hinweise, wann wir Sprachmittlung im Elterngespräch einsetzen können.",
        "Der Teil zu Rassismuskritik hat mich zum Nachdenken gebracht – gern eine Vertiefung.",
        "Rassismuskritische Perspektiven sollten in jede Fortbildung gehören, danke dafür.",
        "Der Raum war zu klein und schlecht belüftet.",
        "Die Unterlagen bitte vorab schicken, dann kann man sich besser vorbereiten.",
        "Sehr gute Moderation, alle kamen zu Wort.",
        "Ein Folgetermin zur Zusammenarbeit mit Migrantenorganisationen wäre toll.",
        "Die Anmeldung und die Informationen vorab waren vorbildlich."
    };

    private final JdbcClient jdbc;
    private final PastFeedback feedback;

    DemoFeedback(JdbcClient jdbc, PastFeedback feedback) {
        this.jdbc = jdbc;
        this.feedback = feedback;
    }

    void seed(UUID tenantId, Instant now) {
        var random = new Random(tenantId.hashCode());
        for (var event : pastEvents(tenantId, now)) {
            var invitedAt = event.lastEndsAt().plus(Duration.ofMinutes(15));
            var invitations = feedback.invitable(tenantId, event.id()).stream()
                    .map(registrationId -> new PastInvitation(registrationId, random.nextDouble() < 0.55))
                    .toList();
            var responses = invitations.stream()
                    .filter(PastInvitation::responded)
                    .map(invitation -> response(random, invitedAt))
                    .toList();
            feedback.recordRound(tenantId, event.id(), invitedAt, invitations, responses);
        }
    }

    private record PastEvent(UUID id, Instant lastEndsAt) {}

    /** The events that are over and were neither drafts nor cancelled, read through the events module's view. */
    private List<PastEvent> pastEvents(UUID tenantId, Instant now) {
        return jdbc.sql("""
                        select id, last_ends_at from events.v_event
                        where tenant_id = ? and last_ends_at < ? and not draft and not cancelled
                        order by last_ends_at
                        """)
                .params(tenantId, Timestamp.from(now))
                .query((rs, n) -> new PastEvent(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("last_ends_at").toInstant()))
                .list();
    }

    /** Mostly good ratings, some critical ones, a few skipped, and a free text from four in ten. */
    private static PastResponse response(Random random, Instant invitedAt) {
        var day = invitedAt
                .plus(Duration.ofDays(random.nextInt(6)))
                .atZone(BerlinTime.ZONE)
                .toLocalDate();
        int overall = rating(3 + random.nextInt(3) - (random.nextDouble() < 0.12 ? 2 : 0));
        int relevance = rating(2 + random.nextInt(4));
        int trainers = rating(3 + random.nextInt(3) - (random.nextDouble() < 0.1 ? 2 : 0));
        Integer organisation = random.nextDouble() < 0.1 ? null : rating(2 + random.nextInt(4));
        var comment = random.nextDouble() < 0.4 ? COMMENTS[random.nextInt(COMMENTS.length)] : "";
        return new PastResponse(day, overall, relevance, trainers, organisation, comment);
    }

    private static int rating(int value) {
        return Math.min(5, Math.max(1, value));
    }
}
