package de.mosaik.certificates.domain;

import de.mosaik.certificates.Certificates;
import de.mosaik.certificates.IssuedCertificate;
import de.mosaik.certificates.ProgrammeCertificateRequest;
import de.mosaik.shared.EmailAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The module's API for others, answered by the desk. */
@Component
class CertificatesFacade implements Certificates {

    private final CertificateService desk;

    CertificatesFacade(CertificateService desk) {
        this.desk = desk;
    }

    @Override
    public Optional<IssuedCertificate> forRegistration(UUID tenantId, UUID registrationId) {
        return desk.validForRegistration(tenantId, registrationId)
                .map(c -> new IssuedCertificate(c.id(), c.number(), c.content().title(), c.issuedAt()));
    }

    @Override
    public String issueProgramme(ProgrammeCertificateRequest request) {
        return desk.issueProgramme(request);
    }

    @Override
    public Map<String, IssuedCertificate> forProgramme(UUID tenantId, UUID programmeId) {
        var byHolder = new HashMap<String, IssuedCertificate>();
        for (var c : desk.validForProgramme(tenantId, programmeId)) {
            byHolder.put(
                    EmailAddress.normalize(c.holderEmail()),
                    new IssuedCertificate(c.id(), c.number(), c.content().title(), c.issuedAt()));
        }
        return byHolder;
    }
}
