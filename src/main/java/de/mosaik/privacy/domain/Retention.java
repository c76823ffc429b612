package de.mosaik.privacy.domain;

import de.mosaik.privacy.RetentionPeriods;
import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.text.BerlinTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes what a tenant's retention periods say is due. Registrations go through
 * {@link PersonalDataErasure}, so every module removes its part and the database triggers keep the
 * pseudonymous facts the reports count. Running it again at the same moment finds nothing more to do.
 */
@Service
public class Retention {

    /** Keeps each erasure's id lists and the holders' statements at a size PostgreSQL plans well. */
    static final int BATCH = 500;

    private final RetentionDesk settings;
    private final RetentionCandidates candidates;
    private final RetentionSweeps sweeps;
    private final ArchiveOfferRepository offers;
    private final PersonalDataErasure erasure;

    Retention(
            RetentionDesk settings,
            RetentionCandidates candidates,
            RetentionSweeps sweeps,
            ArchiveOfferRepository offers,
            PersonalDataErasure erasure) {
        this.settings = settings;
        this.candidates = candidates;
        this.sweeps = sweeps;
        this.offers = offers;
        this.erasure = erasure;
    }

    /** One tenant in one transaction: a failure leaves that tenant as it was and the others untouched. */
    @Transactional
    public RetentionSummary run(UUID tenantId, Instant now) {
        var periods = settings.periodsOf(tenantId);
        var due = candidates.dueRegistrations(tenantId, monthsBefore(now, periods.registrationMonths()));
        var byEvent = due.stream()
                .collect(Collectors.groupingBy(
                        RetentionCandidates.Due::eventId,
                        LinkedHashMap::new,
                        Collectors.mapping(RetentionCandidates.Due::registrationId, Collectors.toList())));
        var erasable = new ArrayList<UUID>();
        int offered = 0;
        for (var event : byEvent.entrySet()) {
            if (!periods.archiveOffer()) {
                erasable.addAll(event.getValue());
                continue;
            }
            var offer = offers.ofEvent(tenantId, event.getKey());
            if (offer.isEmpty()) {
                offered += offers.offer(tenantId, event.getKey(), now, deadline(now, periods)) ? 1 : 0;
            } else if (offer.get().releasable(now)) {
                erasable.addAll(event.getValue());
                offers.erased(tenantId, offer.get().id(), now);
            }
        }
        erase(tenantId, erasable);
        sweeps.deleteExpiredMagicLinks(tenantId, now);
        sweeps.forgetAddressesWithoutRegistrations(tenantId);
        return new RetentionSummary(
                erasable.size(),
                offered,
                sweeps.deleteExpiredCertificates(tenantId, yearsBefore(now, periods.certificateRegisterYears())),
                sweeps.clearFeedbackTexts(tenantId, monthsBefore(now, periods.feedbackTextMonths())),
                sweeps.deleteSentMails(tenantId, now.minus(Duration.ofDays(periods.sentMailDays()))));
    }

    private void erase(UUID tenantId, List<UUID> registrations) {
        for (int from = 0; from < registrations.size(); from += BATCH) {
            var batch = registrations.subList(from, Math.min(from + BATCH, registrations.size()));
            erasure.erase(tenantId, DataSubject.registrations(new LinkedHashSet<>(batch)));
        }
    }

    /** Calendar months in Berlin, as people count them: 24 months after 15 March is 15 March. */
    static Instant monthsBefore(Instant now, int months) {
        return now.atZone(BerlinTime.ZONE).minusMonths(months).toInstant();
    }

    static Instant yearsBefore(Instant now, int years) {
        return now.atZone(BerlinTime.ZONE).minusYears(years).toInstant();
    }

    private static Instant deadline(Instant now, RetentionPeriods periods) {
        return now.plus(Duration.ofDays(periods.archiveDecisionDays()));
    }
}
