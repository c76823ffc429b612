package de.mosaik.certificates;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What other modules may ask of the certificates module. */
public interface Certificates {

    /** The valid (not revoked) certificate of a registration, if one was issued. */
    Optional<IssuedCertificate> forRegistration(UUID tenantId, UUID registrationId);

    /**
     * Issues a programme certificate (Kompetenzbausteine) from the given content, mails it with the
     * PDF attached (once per programme and holder's address) and returns its number. Runs in the
     * caller's transaction.
     */
    String issueProgramme(ProgrammeCertificateRequest request);

    /** The valid programme certificates of a programme, by the holder's normalised e-mail address. */
    Map<String, IssuedCertificate> forProgramme(UUID tenantId, UUID programmeId);

    /** Those of the registrations that hold a valid (not revoked) certificate of their event. */
    Set<UUID> certifiedRegistrations(UUID tenantId, Collection<UUID> registrationIds);

    /**
     * Every certificate of a person, revoked ones too, newest first: those held under one of the
     * normalised addresses and those issued for one of the registrations.
     */
    List<HeldCertificate> ofPerson(UUID tenantId, Collection<String> emails, Collection<UUID> registrationIds);
}
