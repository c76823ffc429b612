package de.mosaik.programmes.domain;

import de.mosaik.certificates.Certificates;
import de.mosaik.certificates.IssuedCertificate;
import de.mosaik.certificates.ProgrammeCertificateRequest;
import de.mosaik.programmes.BuildingBlockLine;
import de.mosaik.programmes.CompletedParticipant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programme certificates for everyone who completed a programme: the certificates module renders,
 * numbers and mails them; issuing again skips those who already hold a valid one.
 */
@Service
public class ProgrammeCertificateService {

    private final ProgressService progress;
    private final Certificates certificates;

    ProgrammeCertificateService(ProgressService progress, Certificates certificates) {
        this.progress = progress;
        this.certificates = certificates;
    }

    /** The valid certificates of the programme by normalised e-mail address, for the matrix. */
    @Transactional(readOnly = true)
    public Map<String, IssuedCertificate> issued(UUID tenantId, UUID programmeId) {
        return certificates.forProgramme(tenantId, programmeId);
    }

    /** Issues and mails the missing certificates; returns how many were new. */
    @Transactional
    public int issueToAllWhoCompleted(UUID tenantId, UUID programmeId, @Nullable UUID accountId, String accountName) {
        var already = certificates.forProgramme(tenantId, programmeId);
        for (var person : progress.completedParticipants(tenantId, programmeId)) {
            if (!already.containsKey(person.emailNormalized())) {
                certificates.issueProgramme(request(tenantId, programmeId, person, accountId, accountName));
            }
        }
        // Counted afterwards: a second click at the same moment may have issued some of them.
        return certificates.forProgramme(tenantId, programmeId).size() - already.size();
    }

    private static ProgrammeCertificateRequest request(
            UUID tenantId,
            UUID programmeId,
            CompletedParticipant person,
            @Nullable UUID accountId,
            String accountName) {
        var buildingBlocks = person.buildingBlocks().stream()
                .map(ProgrammeCertificateService::line)
                .toList();
        // Signer and place stay blank: the tenant's certificate defaults apply.
        return new ProgrammeCertificateRequest(
                tenantId,
                programmeId,
                person.name(),
                person.email(),
                "en".equals(person.locale()) ? "en" : "de",
                person.programmeTitle(),
                buildingBlocks,
                "",
                "",
                "",
                accountId,
                accountName);
    }

    private static ProgrammeCertificateRequest.BuildingBlockLine line(BuildingBlockLine buildingBlock) {
        var dates = buildingBlock.eventDates();
        return new ProgrammeCertificateRequest.BuildingBlockLine(
                buildingBlock.buildingBlockTitle(),
                buildingBlock.eventTitle(),
                dates.get(0),
                dates.get(dates.size() - 1),
                buildingBlock.hours());
    }
}
