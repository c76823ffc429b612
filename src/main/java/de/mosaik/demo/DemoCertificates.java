package de.mosaik.demo;

import de.mosaik.certificates.PastCertificates;
import de.mosaik.certificates.PastCertificates.PastCertificate;
import de.mosaik.certificates.PastCertificates.PastRule;
import de.mosaik.identity.Tenants;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Certificate rules for the demo's past events and certificates for those who attended enough,
 * one of them revoked. Recorded through the certificates module as past certificates, without mails
 * or PDFs, so that seeding stays fast; the PDFs are rendered when someone opens them. Without
 * attendance marks (when the attendance demo is missing), the confirmed participants of the two
 * latest past events get one.
 */
@Component
class DemoCertificates {

    private static final String SIGNER = "Dr. Katrin Vogel";
    private static final String SIGNER_ROLE = "Leitung des Kommunalen Integrationszentrums";
    private static final String ISSUER = "Jonas Becker";

    private final JdbcClient jdbc;
    private final Tenants tenants;
    private final PastCertificates certificates;

    DemoCertificates(JdbcClient jdbc, Tenants tenants, PastCertificates certificates) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.certificates = certificates;
    }

    void seed(UUID tenantId, Instant now) {
        var city = tenants.byId(tenantId).orElseThrow().city();
        var events = pastEvents(tenantId, now);
        for (int i = 0; i < events.size(); i++) {
            // Every other past event asks for 80 % of the hours instead of all sessions.
            boolean allSessions = (i + 1) % 2 != 0;
            certificates.recordRule(
                    tenantId, events.get(i).id(), new PastRule(allSessions, 80, SIGNER, SIGNER_ROLE, city));
        }
        boolean marked = jdbc.sql("select exists (select 1 from attendance.v_mark where tenant_id = ?)")
                .param(tenantId)
                .query(Boolean.class)
                .single();
        var issued = new ArrayList<PastCertificate>();
        var latestTwo = events.stream()
                .sorted(Comparator.comparing(PastEvent::lastEndsAt).reversed())
                .limit(2)
                .toList();
        for (var event : marked ? events : latestTwo) {
            // Issued two days after the event, as staff do once the lists are checked.
            var issuedAt = min(event.lastEndsAt().plus(Duration.ofDays(2)), now);
            issued.addAll(certificates.recordIssued(tenantId, event.id(), issuedAt, ISSUER, !marked));
        }
        issued.stream()
                .min(Comparator.comparing(PastCertificate::issuedAt).thenComparing(PastCertificate::holderName))
                .ifPresent(first -> certificates.recordRevoked(
                        tenantId,
                        first.id(),
                        first.issuedAt().plus(Duration.ofDays(3)),
                        ISSUER,
                        "Versehentlich ausgestellt: die Person war am zweiten Tag nicht anwesend."));
    }

    private record PastEvent(UUID id, Instant lastEndsAt) {}

    /** The tenant's events that are over and were not cancelled, in the order they began. */
    private List<PastEvent> pastEvents(UUID tenantId, Instant now) {
        return jdbc.sql("""
                        select id, last_ends_at from events.v_event
                        where tenant_id = ? and last_ends_at < ? and not cancelled
                        order by first_starts_at
                        """)
                .params(tenantId, Timestamp.from(now))
                .query((rs, n) -> new PastEvent(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("last_ends_at").toInstant()))
                .list();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
