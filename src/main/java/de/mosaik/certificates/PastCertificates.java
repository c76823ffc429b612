package de.mosaik.certificates;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records certificates that were issued before they were recorded here — a centre taking over the
 * certificates of its past trainings from its spreadsheets, or the demo, which seeds those of the
 * events held before it started. The rules are the live ones (the event's threshold decides who is
 * eligible, the content is frozen as at issue), but nothing is mailed and every moment is the
 * historic one given.
 */
public interface PastCertificates {

    /**
     * Sets the event's rule unless it has one, and makes its signer and place the tenant's usual ones
     * unless the tenant has those already.
     *
     * @return false when the event is not the tenant's or already had a rule
     */
    boolean recordRule(UUID tenantId, UUID eventId, PastRule rule);

    /**
     * Records a certificate, issued at {@code issuedAt} by {@code issuedByName}, for every confirmed
     * participant of the ended event who has none yet and whose attendance meets the event's rule —
     * or for every one of them, when {@code evenIfNotEligible} (a centre that certified without
     * keeping attendance). The certificate is dated the day of {@code issuedAt}.
     *
     * @return the certificates recorded; empty when the event is unknown or not over
     */
    List<PastCertificate> recordIssued(
            UUID tenantId, UUID eventId, Instant issuedAt, String issuedByName, boolean evenIfNotEligible);

    /**
     * Records that the certificate was revoked at {@code revokedAt}, with the reason.
     *
     * @return false when the certificate is not the tenant's or already revoked
     */
    boolean recordRevoked(UUID tenantId, UUID certificateId, Instant revokedAt, String revokedByName, String reason);

    /**
     * When a certificate is due: after attending every session, or enough of the hours.
     *
     * @param minPercentOfHours the share of the hours for {@code allSessions = false}
     */
    record PastRule(boolean allSessions, int minPercentOfHours, String signerName, String signerRole, String place) {}

    /** A recorded certificate. */
    record PastCertificate(UUID id, String holderName, Instant issuedAt) {}
}
