package de.mosaik.privacy.domain;

import de.mosaik.privacy.RetentionOutlook;
import de.mosaik.privacy.RetentionPeriods;
import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.RetentionSweep.Rule;
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
 * {@link ErasureService}, so every module removes its part and the database triggers keep the
 * pseudonymous facts the reports count. Running it again at the same moment finds nothing more to do.
 * The start page's "retention due" asks the same plan two weeks ahead, so the two cannot disagree.
 */
@Service
public class RetentionService implements RetentionOutlook {

    /** Keeps each erasure's id lists and the holders' statements at a size PostgreSQL plans well. */
    static final int BATCH = 500;

    private final RetentionSettingsService settings;
    private final RetentionCandidates candidates;
    private final RetentionSweeps sweeps;
    private final ArchiveOfferRepository offers;
    private final ErasureService erasure;
    private final ErasureLog erasureLog;

    RetentionService(
            RetentionSettingsService settings,
            RetentionCandidates candidates,
            RetentionSweeps sweeps,
            ArchiveOfferRepository offers,
            ErasureService erasure,
            ErasureLog erasureLog) {
        this.settings = settings;
        this.candidates = candidates;
        this.sweeps = sweeps;
        this.offers = offers;
        this.erasure = erasure;
        this.erasureLog = erasureLog;
    }

    /** One tenant in one transaction: a failure leaves that tenant as it was and the others untouched. */
    @Transactional
    public RetentionSummary run(UUID tenantId, Instant now) {
        var periods = settings.periodsOf(tenantId);
        var plan = plan(tenantId, periods, now);
        int offered = 0;
        for (var eventId : plan.toOffer()) {
            offered += offers.offer(tenantId, eventId, now, deadline(now, periods)) ? 1 : 0;
        }
        erase(tenantId, plan.erasable());
        plan.released().forEach(offerId -> offers.erased(tenantId, offerId, now));
        // The owners' sweeps join this transaction, in the order of the rules: the tenant's run commits or
        // fails as a whole, and the addresses are forgotten after (and only with) this run's erasures.
        sweeps.sweep(Rule.EXPIRED_LINKS, tenantId, now);
        sweeps.forgetAddressesWithoutRegistrations(tenantId, now);
        return new RetentionSummary(
                plan.erasable().size(),
                offered,
                sweeps.sweep(Rule.CERTIFICATE_REGISTER, tenantId, yearsBefore(now, periods.certificateRegisterYears())),
                sweeps.sweep(Rule.FEEDBACK_TEXTS, tenantId, monthsBefore(now, periods.feedbackTextMonths())),
                sweeps.sweep(Rule.SENT_MAILS, tenantId, now.minus(Duration.ofDays(periods.sentMailDays()))),
                erasureLog.deleteExpired(tenantId, now));
    }

    /** Asks the rule {@link #run} applies, at the horizon, without changing anything. */
    @Override
    @Transactional(readOnly = true)
    public RetentionDue dueSoon(UUID tenantId, Instant now) {
        var plan = plan(tenantId, settings.periodsOf(tenantId), now.plus(SOON));
        // The same test the archive page sorts its offers by.
        var waiting =
                (int) offers.all(tenantId).stream().filter(o -> o.open(now)).count();
        return new RetentionDue(plan.erasable().size(), waiting);
    }

    /**
     * The registrations whose event ended more than the period before {@code at}. Without the archive
     * offer they are erased. With it, an event's registrations are first offered to the archivist and
     * erased once the offer is decided or past its deadline.
     */
    private Plan plan(UUID tenantId, RetentionPeriods periods, Instant at) {
        var due = candidates.dueRegistrations(tenantId, monthsBefore(at, periods.registrationMonths()));
        var byEvent = due.stream()
                .collect(Collectors.groupingBy(
                        RetentionCandidates.Due::eventId,
                        LinkedHashMap::new,
                        Collectors.mapping(RetentionCandidates.Due::registrationId, Collectors.toList())));
        var plan = new Plan(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (var event : byEvent.entrySet()) {
            if (!periods.archiveOffer()) {
                plan.erasable().addAll(event.getValue());
                continue;
            }
            var offer = offers.ofEvent(tenantId, event.getKey());
            if (offer.isEmpty()) {
                plan.toOffer().add(event.getKey());
            } else if (offer.get().releasable(at)) {
                plan.erasable().addAll(event.getValue());
                plan.released().add(offer.get().id());
            }
        }
        return plan;
    }

    /** Registrations to erase, events to offer to the archive, and offers whose registrations go now. */
    private record Plan(List<UUID> erasable, List<UUID> toOffer, List<UUID> released) {}

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
