package de.mosaik.certificates.domain;

import de.mosaik.certificates.PastCertificates;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.text.BerlinTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link PastCertificates}: the rule and eligibility of {@link CertificateService}, the
 * content frozen as at issue, without mails, with the historic moments.
 */
@Service
class PastCertificateRecorder implements PastCertificates {

    private final CertificateService certificates;
    private final CertificateRepository repository;

    PastCertificateRecorder(CertificateService certificates, CertificateRepository repository) {
        this.certificates = certificates;
        this.repository = repository;
    }

    @Override
    @Transactional
    public boolean recordRule(UUID tenantId, UUID eventId, PastRule rule) {
        if (repository.event(tenantId, eventId).isEmpty()) {
            return false;
        }
        boolean saved = repository.saveRule(
                tenantId,
                new CertificateRule(
                        eventId,
                        rule.allSessions() ? Threshold.ALL_SESSIONS : Threshold.MIN_PERCENT_HOURS,
                        rule.minPercentOfHours(),
                        null,
                        rule.signerName(),
                        rule.signerRole(),
                        rule.place(),
                        -1));
        if (repository.tenantDefaults(tenantId).isEmpty()) {
            repository.saveTenantDefaults(
                    tenantId, new CertificateRule.TenantDefaults(rule.signerName(), rule.signerRole(), rule.place()));
        }
        return saved;
    }

    @Override
    @Transactional
    public List<PastCertificate> recordIssued(
            UUID tenantId, UUID eventId, Instant issuedAt, String issuedByName, boolean evenIfNotEligible) {
        var overview = certificates.overview(tenantId, eventId).orElse(null);
        if (overview == null || !overview.ended()) {
            return List.of();
        }
        var issuedOn = issuedAt.atZone(BerlinTime.ZONE).toLocalDate();
        var recorded = new ArrayList<PastCertificate>();
        for (var row : overview.rows()) {
            if (row.certificate() != null || !(row.eligibility().eligible() || evenIfNotEligible)) {
                continue;
            }
            var participant = row.participant();
            var certificate = new CertificateRepository.NewCertificate(
                    UUID.randomUUID(),
                    tenantId,
                    CertificateNumbers.next(),
                    CertificateContent.Kind.EVENT,
                    eventId,
                    null,
                    participant.registrationId(),
                    participant.name(),
                    participant.email(),
                    participant.emailNormalized(),
                    UiLanguage.ofStored(participant.locale()).code(),
                    certificates.eventContent(tenantId, eventId, overview.rule(), participant.name(), issuedOn),
                    null,
                    issuedByName);
            if (repository.insert(certificate, issuedAt)) {
                recorded.add(new PastCertificate(certificate.id(), participant.name(), issuedAt));
            }
        }
        return recorded;
    }

    @Override
    @Transactional
    public boolean recordRevoked(
            UUID tenantId, UUID certificateId, Instant revokedAt, String revokedByName, String reason) {
        return repository.revokeAt(tenantId, certificateId, revokedAt, revokedByName, reason.strip());
    }
}
