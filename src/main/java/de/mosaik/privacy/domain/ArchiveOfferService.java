package de.mosaik.privacy.domain;

import de.mosaik.shared.privacy.PersonalDataAccessLog;
import de.mosaik.shared.privacy.PersonalDataAccessLog.AccessKind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant administrator's side of the archive offer: the list, the archive package and the decision. */
@Service
public class ArchiveOfferService {

    /** Resource code of the access log entry for a downloaded archive package. */
    static final String ACCESS_RESOURCE = "privacy.archive";

    private final ArchiveOfferRepository offers;
    private final ArchivePackage archivePackage;
    private final PersonalDataAccessLog accessLog;

    ArchiveOfferService(ArchiveOfferRepository offers, ArchivePackage archivePackage, PersonalDataAccessLog accessLog) {
        this.offers = offers;
        this.archivePackage = archivePackage;
        this.accessLog = accessLog;
    }

    public List<ArchiveOffer> all(UUID tenantId) {
        return offers.all(tenantId);
    }

    public Optional<ArchiveOffer> find(UUID tenantId, UUID id) {
        return offers.find(tenantId, id);
    }

    /** The package's file name and content; recorded in the access log, since it holds personal data. */
    @Transactional
    public Download download(UUID tenantId, ArchiveOffer offer, Locale locale) {
        var csv = archivePackage.csv(tenantId, offer.eventId(), locale);
        accessLog.record(tenantId, AccessKind.EXPORT, ACCESS_RESOURCE, offer.eventTitle(), null);
        return new Download(archivePackage.fileName(offer.eventTitle(), locale), csv);
    }

    /**
     * A double click finds the same decision already recorded and changes nothing.
     *
     * @throws ArchiveStaleVersion when the offer was decided otherwise by someone else, or its
     *     registrations were deleted after the deadline, since the page was loaded
     */
    @Transactional
    public void decide(UUID tenantId, UUID id, ArchiveDecision decision, String byName, int version) {
        if (offers.decide(tenantId, id, decision, Instant.now(), byName, version)) {
            return;
        }
        var current = offers.find(tenantId, id);
        if (current.isEmpty()
                || current.get().decision() != decision
                || current.get().version() != version + 1) {
            throw new ArchiveStaleVersion();
        }
    }

    public record Download(String fileName, byte[] content) {}
}
