package de.mosaik.certificates.domain;

import de.mosaik.certificates.Certificates;
import de.mosaik.certificates.HeldCertificate;
import de.mosaik.certificates.IssuedCertificate;
import de.mosaik.certificates.ProgrammeCertificateRequest;
import de.mosaik.identity.Tenants;
import de.mosaik.shared.EmailAddress;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.text.BerlinTime;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with certificates: set an event's rule, see who is eligible, issue (in bulk or one
 * by one), revoke; and what the public may see of a certificate by its number.
 */
@Service
public class CertificateService implements Certificates {

    private final CertificateRepository repository;
    private final CertificateMails mails;
    private final Tenants tenants;
    private final Clock clock = Clock.systemUTC();

    CertificateService(CertificateRepository repository, CertificateMails mails, Tenants tenants) {
        this.repository = repository;
        this.mails = mails;
        this.tenants = tenants;
    }

    /** An event's certificate page: its rule and every confirmed participant with attendance and certificate. */
    public record Overview(
            UUID eventId, String title, boolean ended, CertificateRule rule, List<Row> rows, List<Certificate> others) {

        public long eligibleWithoutCertificate() {
            return rows.stream()
                    .filter(r -> r.eligibility().eligible() && r.certificate() == null)
                    .count();
        }
    }

    /** A confirmed participant with what they attended and their valid certificate, if any. */
    public record Row(
            Participant participant,
            Eligibility eligibility,
            @Nullable Certificate certificate) {}

    public enum Result {
        DONE,
        NOT_FOUND,
        CONFLICT,
        NOT_ENDED,
        NOT_ELIGIBLE,
        ALREADY_ISSUED
    }

    @Transactional(readOnly = true)
    public Optional<Overview> overview(UUID tenantId, UUID eventId) {
        var event = repository.event(tenantId, eventId);
        if (event.isEmpty()) {
            return Optional.empty();
        }
        var rule = rule(tenantId, eventId);
        var sessions = policySessions(tenantId, eventId);
        var attended = repository.attendedSessions(tenantId, eventId);
        var certificates = repository.ofEvent(tenantId, eventId);
        var valid = certificates.stream()
                .filter(c -> !c.revoked() && c.registrationId() != null)
                .collect(Collectors.toMap(Certificate::registrationId, Function.identity(), (a, b) -> a));
        var rows = repository.confirmedParticipants(tenantId, eventId).stream()
                .map(p -> new Row(
                        p,
                        EligibilityPolicy.decide(
                                rule.threshold(),
                                rule.minPercent(),
                                sessions,
                                attended.getOrDefault(p.registrationId(), Set.of())),
                        valid.get(p.registrationId())))
                .toList();
        var listed = rows.stream()
                .map(Row::certificate)
                .filter(c -> c != null)
                .map(Certificate::id)
                .collect(Collectors.toSet());
        // revoked certificates and those of people no longer confirmed are still shown, below the list
        var others = certificates.stream().filter(c -> !listed.contains(c.id())).toList();
        return Optional.of(new Overview(eventId, event.get().title(), ended(event.get()), rule, rows, others));
    }

    /** An ended event with participants whose attendance meets its rule but who have no certificate yet. */
    public record ToIssue(UUID eventId, String title, long count) {}

    /** Ended events of the last {@code days} days with certificates to issue, by the same rule as the event's page. */
    @Transactional(readOnly = true)
    public List<ToIssue> toIssue(UUID tenantId, int days) {
        var now = clock.instant();
        return repository
                .endedWithUncertifiedParticipants(tenantId, now.minus(java.time.Duration.ofDays(days)), now)
                .stream()
                .flatMap(eventId -> overview(tenantId, eventId).stream())
                .filter(overview -> overview.eligibleWithoutCertificate() > 0)
                .map(overview ->
                        new ToIssue(overview.eventId(), overview.title(), overview.eligibleWithoutCertificate()))
                .toList();
    }

    public CertificateRule rule(UUID tenantId, UUID eventId) {
        return repository
                .rule(tenantId, eventId)
                .orElseGet(() -> CertificateRule.standard(eventId, defaults(tenantId)));
    }

    /** The tenant's usual signer and place; the place defaults to the tenant's city. */
    public CertificateRule.TenantDefaults defaults(UUID tenantId) {
        return repository
                .tenantDefaults(tenantId)
                .orElseGet(() -> new CertificateRule.TenantDefaults(
                        "", "", tenants.byId(tenantId).map(t -> t.city()).orElse("")));
    }

    @Transactional
    public Result saveRule(UUID tenantId, CertificateRule rule, boolean asTenantDefault) {
        if (repository.event(tenantId, rule.eventId()).isEmpty()) {
            return Result.NOT_FOUND;
        }
        if (!repository.saveRule(tenantId, rule)) {
            return Result.CONFLICT;
        }
        if (asTenantDefault) {
            repository.saveTenantDefaults(
                    tenantId, new CertificateRule.TenantDefaults(rule.signerName(), rule.signerRole(), rule.place()));
        }
        return Result.DONE;
    }

    /** Issues and mails certificates to every eligible participant who has none yet; returns how many. */
    @Transactional
    public int issueAllEligible(UUID tenantId, UUID eventId, Issuer issuer) {
        var overview = overview(tenantId, eventId).orElse(null);
        if (overview == null || !overview.ended()) {
            return -1;
        }
        int issued = 0;
        for (var row : overview.rows()) {
            if (row.eligibility().eligible() && row.certificate() == null) {
                if (issue(tenantId, eventId, overview.rule(), row.participant(), issuer)
                        .isPresent()) {
                    issued++;
                }
            }
        }
        return issued;
    }

    /**
     * Issues one participant's certificate. Someone who did not reach the threshold gets one only
     * when staff confirmed it explicitly ({@code evenIfNotEligible}).
     */
    @Transactional
    public Result issueOne(UUID tenantId, UUID eventId, UUID registrationId, boolean evenIfNotEligible, Issuer issuer) {
        var overview = overview(tenantId, eventId).orElse(null);
        var row = overview == null
                ? null
                : overview.rows().stream()
                        .filter(r -> r.participant().registrationId().equals(registrationId))
                        .findFirst()
                        .orElse(null);
        if (row == null) {
            return Result.NOT_FOUND;
        }
        if (!overview.ended()) {
            // A certificate confirms what happened; before the end it would list dates still to come.
            return Result.NOT_ENDED;
        }
        if (row.certificate() != null) {
            return Result.ALREADY_ISSUED;
        }
        if (!row.eligibility().eligible() && !evenIfNotEligible) {
            return Result.NOT_ELIGIBLE;
        }
        return issue(tenantId, eventId, overview.rule(), row.participant(), issuer)
                        .isPresent()
                ? Result.DONE
                : Result.ALREADY_ISSUED;
    }

    @Transactional
    public Result revoke(UUID tenantId, UUID certificateId, String reason, Issuer issuer) {
        if (repository.find(tenantId, certificateId).isEmpty()) {
            return Result.NOT_FOUND;
        }
        return repository.revoke(tenantId, certificateId, issuer.accountId(), issuer.name(), reason.strip())
                ? Result.DONE
                : Result.CONFLICT;
    }

    @Transactional(readOnly = true)
    public Optional<Certificate> find(UUID tenantId, UUID certificateId) {
        return repository.find(tenantId, certificateId);
    }

    /** The certificate with the number as typed or scanned; empty for anything that is not one. */
    @Transactional(readOnly = true)
    public Optional<Certificate> verify(String typedNumber) {
        var number = CertificateNumbers.normalise(typedNumber);
        return number == null ? Optional.empty() : repository.byNumber(number);
    }

    /** The valid certificate of the registration behind a personal link. */
    @Transactional(readOnly = true)
    public Optional<Certificate> forPersonalLink(UUID tenantId, String token) {
        return repository
                .registrationByToken(tenantId, token)
                .flatMap(id -> repository.validForRegistration(tenantId, id));
    }

    /** The valid programme certificate of the person behind a personal link, for their download. */
    @Transactional(readOnly = true)
    public Optional<Certificate> programmeCertificateForPersonalLink(UUID tenantId, String token, UUID programmeId) {
        return repository
                .addressByToken(tenantId, token)
                .flatMap(address -> repository.validForProgramme(tenantId, programmeId, address));
    }

    @Transactional(readOnly = true)
    public List<Certificate> validForProgramme(UUID tenantId, UUID programmeId) {
        return repository.validForProgramme(tenantId, programmeId);
    }

    @Transactional(readOnly = true)
    public Optional<Certificate> validForRegistration(UUID tenantId, UUID registrationId) {
        return repository.validForRegistration(tenantId, registrationId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IssuedCertificate> forRegistration(UUID tenantId, UUID registrationId) {
        return validForRegistration(tenantId, registrationId).map(CertificateService::issued);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, IssuedCertificate> forProgramme(UUID tenantId, UUID programmeId) {
        var byHolder = new HashMap<String, IssuedCertificate>();
        for (var c : validForProgramme(tenantId, programmeId)) {
            byHolder.put(EmailAddress.normalize(c.holderEmail()), issued(c));
        }
        return byHolder;
    }

    private static IssuedCertificate issued(Certificate c) {
        return new IssuedCertificate(c.id(), c.number(), c.content().title(), c.issuedAt());
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> certifiedRegistrations(UUID tenantId, Collection<UUID> registrationIds) {
        return repository.certifiedRegistrations(tenantId, registrationIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<HeldCertificate> ofPerson(UUID tenantId, Collection<String> emails, Collection<UUID> registrationIds) {
        return repository.ofPerson(tenantId, emails, registrationIds);
    }

    @Transactional(readOnly = true)
    public List<Certificate> ofHolder(UUID tenantId, String emailNormalized) {
        return repository.ofHolder(tenantId, emailNormalized);
    }

    /** The secret of the personal link of the registration a certificate was issued for. */
    @Transactional(readOnly = true)
    public Optional<String> personalLinkToken(Certificate certificate) {
        return certificate.registrationId() == null
                ? Optional.empty()
                : repository.manageToken(certificate.tenantId(), certificate.registrationId());
    }

    @Transactional(readOnly = true)
    public List<SessionTime> sessions(UUID tenantId, UUID eventId) {
        return repository.sessions(tenantId, eventId).stream()
                .map(s -> new SessionTime(s.id(), s.startsAt(), s.endsAt()))
                .toList();
    }

    @Override
    @Transactional
    public String issueProgramme(ProgrammeCertificateRequest request) {
        var email = EmailAddress.normalize(request.holderEmail());
        var existing = repository.validForProgramme(request.tenantId(), request.programmeId(), email);
        if (existing.isPresent()) {
            return existing.get().number();
        }
        var tenant = tenants.byId(request.tenantId()).orElseThrow();
        var defaults = defaults(request.tenantId());
        var modules = request.modules().stream()
                .map(m -> new CertificateContent.BuildingBlock(
                        m.moduleTitle(), m.eventTitle(), m.firstDay(), m.lastDay(), m.hours()))
                .toList();
        var hours =
                modules.stream().map(CertificateContent.BuildingBlock::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        var content = new CertificateContent(
                CertificateContent.Kind.PROGRAMME,
                request.holderName(),
                request.programmeTitle(),
                "",
                List.of(),
                hours,
                null,
                List.of(),
                List.of(),
                tenant.name(),
                tenant.slug(),
                request.signerName().isBlank() ? defaults.signerName() : request.signerName(),
                request.signerName().isBlank() ? defaults.signerRole() : request.signerRole(),
                request.place().isBlank() ? defaults.place() : request.place(),
                today(),
                modules);
        var certificate = new CertificateRepository.NewCertificate(
                UUID.randomUUID(),
                request.tenantId(),
                CertificateNumbers.next(),
                CertificateContent.Kind.PROGRAMME,
                null,
                request.programmeId(),
                null,
                request.holderName(),
                request.holderEmail().strip(),
                email,
                UiLanguage.ofStored(request.locale()).code(),
                content,
                request.issuedBy(),
                request.issuedByName());
        if (!repository.insert(certificate)) {
            return repository
                    .validForProgramme(request.tenantId(), request.programmeId(), email)
                    .orElseThrow()
                    .number();
        }
        var stored = repository.find(request.tenantId(), certificate.id()).orElseThrow();
        mails.send(stored);
        return stored.number();
    }

    /** Creates the certificate and queues its mail; empty when the participant already holds one. */
    private Optional<Certificate> issue(
            UUID tenantId, UUID eventId, CertificateRule rule, Participant participant, Issuer issuer) {
        var content = eventContent(tenantId, eventId, rule, participant.name());
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
                content,
                issuer.accountId(),
                issuer.name());
        if (!repository.insert(certificate)) {
            return Optional.empty();
        }
        var stored = repository.find(tenantId, certificate.id()).orElseThrow();
        mails.send(stored);
        return Optional.of(stored);
    }

    CertificateContent eventContent(UUID tenantId, UUID eventId, CertificateRule rule, String holderName) {
        return eventContent(tenantId, eventId, rule, holderName, today());
    }

    /** The content of an event certificate as frozen at issue, dated {@code issuedOn}. */
    CertificateContent eventContent(
            UUID tenantId, UUID eventId, CertificateRule rule, String holderName, LocalDate issuedOn) {
        var event = repository.event(tenantId, eventId).orElseThrow();
        var sessions = repository.sessions(tenantId, eventId);
        long minutes = sessions.stream()
                .mapToLong(s -> Duration.between(s.startsAt(), s.endsAt()).toMinutes())
                .sum();
        var tenant = tenants.byId(tenantId).orElseThrow();
        return new CertificateContent(
                CertificateContent.Kind.EVENT,
                holderName,
                event.title(),
                event.format(),
                sessions.stream()
                        .map(s -> new CertificateContent.Period(s.startsAt(), s.endsAt()))
                        .toList(),
                new Eligibility(minutes, minutes, 0, 0, true).totalHours(),
                rule.teachingUnits(),
                repository.topics(tenantId, eventId),
                repository.speakers(tenantId, eventId),
                tenant.name(),
                tenant.slug(),
                rule.signerName(),
                rule.signerRole(),
                rule.place(),
                issuedOn,
                List.of());
    }

    private List<EligibilityPolicy.Session> policySessions(UUID tenantId, UUID eventId) {
        var result = new ArrayList<EligibilityPolicy.Session>();
        for (var s : repository.sessions(tenantId, eventId)) {
            result.add(new EligibilityPolicy.Session(s.id(), Duration.between(s.startsAt(), s.endsAt())));
        }
        return result;
    }

    private boolean ended(CertificateRepository.EventFacts event) {
        Instant end = event.lastEndsAt();
        return end != null && end.isBefore(clock.instant());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BerlinTime.ZONE);
    }
}
