package de.mosaik.registration.domain;

import de.mosaik.events.EventSeats;
import de.mosaik.events.EventTranslations;
import de.mosaik.events.Question;
import de.mosaik.events.RegistrationTerms;
import de.mosaik.events.SeatClaim;
import de.mosaik.registration.ClosedAudience;
import de.mosaik.registration.RegistrationStatus;
import de.mosaik.shared.EmailAddress;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.security.Tokens;
import de.mosaik.shared.translation.ShownText;
import de.mosaik.shared.translation.TranslatableText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes new registrations. Each one is a short transaction: the seat or waitlist place is claimed
 * with one conditional UPDATE on the event row (which serialises registrations of that event on all
 * app nodes), then the registration and its mail are inserted, and all commits together.
 *
 * <p>A repeated submission (same idempotency key) returns the first result. Two concurrent ones
 * race to the unique index; the loser's transaction is rolled back, seat claim included, and it
 * then finds and returns the winner's registration.
 */
@Service
public class RegistrationService {

    private final EventSeats seats;
    private final RegistrationRepository registrations;
    private final Waitlist waitlist;
    private final RegistrationMails mails;
    private final TransactionTemplate transactions;
    private final HoldCap holdCap;
    private final EventTranslations translations;

    RegistrationService(
            EventSeats seats,
            EventTranslations translations,
            RegistrationRepository registrations,
            Waitlist waitlist,
            RegistrationMails mails,
            TransactionTemplate transactions,
            @Value("${mosaik.registration.unconfirmed-holds.share-percent:10}") int holdSharePercent,
            @Value("${mosaik.registration.unconfirmed-holds.minimum:3}") int holdMinimum) {
        this.seats = seats;
        this.registrations = registrations;
        this.waitlist = waitlist;
        this.mails = mails;
        this.transactions = transactions;
        this.holdCap = new HoldCap(holdSharePercent, holdMinimum);
        this.translations = translations;
    }

    /**
     * The result of a registration; {@code repeated} when the idempotency key was seen before, and
     * {@code otherRequest} when that earlier registration was made with other data than this one.
     * {@code heldBack} when it went to the waitlist only because unconfirmed registrations already
     * hold as many seats as the {@link HoldCap} allows, so that seats may still be free: the page
     * must not say that all seats are taken.
     */
    public record Outcome(Registration registration, boolean repeated, boolean otherRequest, boolean heldBack) {

        Outcome(Registration registration, boolean repeated) {
            this(registration, repeated, false, false);
        }
    }

    /** A registration just admitted, and whether the hold cap kept it off a free seat. */
    private record Admission(Registration registration, boolean heldBack) {}

    /** Whoever registers a group: an institution's contact person. */
    public record GroupContact(String name, String email, String institution, String locale) {}

    /**
     * Registers one person.
     *
     * @throws RegistrationRefused when the event is unknown or closed, the e-mail address is already
     *     registered, or required answers are missing
     */
    public Outcome register(UUID tenantId, UUID eventId, Applicant applicant, Source source, String idempotencyKey) {
        return register(tenantId, eventId, applicant, source, idempotencyKey, true, null);
    }

    /**
     * Registers a person staff entered (no e-mail confirmation or approval needed, the registration
     * window does not apply) and logs who did it in the same transaction. With {@code notify} false
     * no mail is queued, for people staff have already told by phone or letter.
     */
    public Outcome registerByStaff(
            UUID tenantId, UUID eventId, Applicant applicant, String idempotencyKey, boolean notify, Actor actor) {
        return register(tenantId, eventId, applicant, Source.STAFF, idempotencyKey, notify, actor);
    }

    private Outcome register(
            UUID tenantId,
            UUID eventId,
            Applicant applicant,
            Source source,
            String idempotencyKey,
            boolean notify,
            @Nullable Actor addedBy) {
        var consent = translations.consent(tenantId, eventId);
        try {
            return transactions.execute(status -> {
                var event = openEvent(tenantId, eventId);
                var repeated = registrations.byIdempotencyKey(tenantId, eventId, idempotencyKey);
                if (repeated.isPresent()) {
                    return repeat(repeated.get(), applicant);
                }
                var admission = admit(event, consent, applicant, source, null, idempotencyKey, notify, null);
                var registration = admission.registration();
                if (addedBy != null) {
                    registrations.recordChange(
                            tenantId, registration.id(), addedBy.accountId(), addedBy.name(), "ADDED");
                }
                return new Outcome(registration, false, false, admission.heldBack());
            });
        } catch (DuplicateKeyException | RegistrationRefused e) {
            if (!isDuplicate(e)) {
                throw e;
            }
            // A twin submission may have won the race while this one ran; then its result is ours.
            return registrations
                    .byIdempotencyKey(tenantId, eventId, idempotencyKey)
                    .map(first -> repeat(first, applicant))
                    .orElseThrow(() -> new RegistrationRefused(RegistrationRefused.Reason.DUPLICATE));
        }
    }

    /**
     * Registers one person for an event of a closed audience, in one transaction with the audience's say: it is
     * asked before a seat is claimed (and may lock its own rows to count) and told of the stored registration.
     *
     * @throws AudienceRefused when the audience refuses the person
     * @throws RegistrationRefused when the event is unknown, not of a closed audience, closed, or the address is
     *     already registered
     */
    public Outcome registerInAudience(UUID tenantId, UUID eventId, Applicant applicant, ClosedAudience audience) {
        var consent = translations.consent(tenantId, eventId);
        try {
            return transactions.execute(status -> {
                var event = openEvent(tenantId, eventId);
                if (!event.closedAudience()) {
                    throw new RegistrationRefused(RegistrationRefused.Reason.NOT_FOUND);
                }
                var refusal = audience.refusal(tenantId, eventId, EmailAddress.normalize(applicant.email()));
                if (refusal != null) {
                    throw new AudienceRefused(refusal);
                }
                var admission = admit(
                        event,
                        consent,
                        applicant,
                        Source.WEB,
                        null,
                        UUID.randomUUID().toString(),
                        true,
                        null);
                audience.registered(tenantId, eventId, admission.registration().id());
                return new Outcome(admission.registration(), false, false, admission.heldBack());
            });
        } catch (DuplicateKeyException e) {
            throw new RegistrationRefused(RegistrationRefused.Reason.DUPLICATE);
        }
    }

    private Outcome repeat(Registration first, Applicant applicant) {
        var fingerprint = registrations.fingerprint(first.tenantId(), first.id());
        return new Outcome(
                first, true, fingerprint.isPresent() && !fingerprint.get().equals(applicant.fingerprint()), false);
    }

    private static boolean isDuplicate(RuntimeException e) {
        return e instanceof DuplicateKeyException
                || ((RegistrationRefused) e).reason() == RegistrationRefused.Reason.DUPLICATE;
    }

    /**
     * Registers several persons of one institution at once: all or none (if one of them is already
     * registered, nobody is, and the exception names no one — the form checks beforehand). Each
     * person gets their own mail and personal link; the contact gets a summary.
     */
    public List<Registration> registerGroup(
            UUID tenantId, UUID eventId, GroupContact contact, List<Applicant> people, String idempotencyKey) {
        var consent = translations.consent(tenantId, eventId);
        try {
            return transactions.execute(status -> {
                var event = openEvent(tenantId, eventId);
                var groupId = UUID.randomUUID();
                var admitted = new ArrayList<Registration>();
                var first = registrations.byIdempotencyKey(tenantId, eventId, idempotencyKey + "#0");
                if (first.isPresent() && first.get().groupId() != null) {
                    return registrations.ofGroup(tenantId, first.get().groupId());
                }
                for (int i = 0; i < people.size(); i++) {
                    admitted.add(admit(
                                    event,
                                    consent,
                                    people.get(i),
                                    Source.GROUP,
                                    groupId,
                                    idempotencyKey + "#" + i,
                                    true,
                                    contact)
                            .registration());
                }
                mails.groupSummary(contact, event, admitted, groupId.toString());
                return admitted;
            });
        } catch (DuplicateKeyException | RegistrationRefused e) {
            if (!isDuplicate(e)) {
                throw e;
            }
            var first = registrations.byIdempotencyKey(tenantId, eventId, idempotencyKey + "#0");
            if (first.isPresent() && first.get().groupId() != null) {
                return registrations.ofGroup(tenantId, first.get().groupId());
            }
            throw new RegistrationRefused(RegistrationRefused.Reason.DUPLICATE);
        }
    }

    /**
     * What a new registration on the public form would be told at this moment: the answer given to
     * an address that is already registered, so that the page does not show whether it was.
     */
    public record NeutralAnswer(
            RegistrationStatus status,
            @Nullable Integer waitlistPosition,
            @Nullable Instant holdUntil,
            boolean heldBack) {}

    /**
     * Answers a public registration for an address that already holds a seat or waitlist place:
     * the owner of the address is told by mail, with the personal link (at most once an hour per
     * registration, so that nobody can use the form to flood an inbox), and the caller gets the
     * answer a newcomer would get now.
     */
    public NeutralAnswer answerAlreadyRegistered(UUID tenantId, UUID eventId, Applicant applicant) {
        return transactions.execute(status -> {
            var event = openEvent(tenantId, eventId);
            registrations
                    .liveByEmail(tenantId, eventId, applicant.email())
                    .ifPresent(existing -> mails.tell(
                            Notice.ALREADY_REGISTERED,
                            existing,
                            event,
                            "hour-" + Instant.now().getEpochSecond() / 3600,
                            ""));
            var policy = SeatPolicy.of(event);
            var free = event.freeSeats();
            boolean capReached = event.confirmationRequired()
                    && event.capacity() != null
                    && !holdCap.allowsAnother(event.capacity(), registrations.unconfirmedHolds(eventId));
            boolean full = free != null && free == 0;
            if (full || capReached) {
                return new NeutralAnswer(RegistrationStatus.WAITLISTED, event.waitlistCount() + 1, null, !full);
            }
            var arrival = policy.onArrival(SeatClaim.SEAT, Source.WEB);
            return new NeutralAnswer(
                    arrival,
                    null,
                    arrival == RegistrationStatus.PENDING_CONFIRMATION ? waitlist.holdDeadline() : null,
                    false);
        });
    }

    /** Whether the address already holds a seat or waitlist place, for a friendly early answer. */
    public boolean alreadyRegistered(UUID eventId, String email) {
        return registrations.liveRegistrationExists(eventId, email);
    }

    private RegistrationTerms openEvent(UUID tenantId, UUID eventId) {
        return seats.terms(tenantId, eventId)
                .orElseThrow(() -> new RegistrationRefused(RegistrationRefused.Reason.NOT_FOUND));
    }

    private Admission admit(
            RegistrationTerms event,
            Optional<TranslatableText> consentTexts,
            Applicant applicant,
            Source source,
            @Nullable UUID groupId,
            String key,
            boolean notify,
            @Nullable GroupContact registeredBy) {
        checkAnswers(event.questions(), applicant);
        if (registrations.liveRegistrationExists(event.eventId(), applicant.email())) {
            throw new RegistrationRefused(RegistrationRefused.Reason.DUPLICATE);
        }
        boolean mayTakeSeat = mayTakeSeat(event, source);
        var claim = mayTakeSeat
                ? seats.claim(event.tenantId(), event.eventId(), source == Source.STAFF)
                : seats.waitlistOnly(event.tenantId(), event.eventId());
        if (claim == SeatClaim.CLOSED) {
            throw new RegistrationRefused(RegistrationRefused.Reason.CLOSED);
        }
        var policy = SeatPolicy.of(event);
        var status = policy.onArrival(claim, source);
        var holdUntil = status == RegistrationStatus.PENDING_CONFIRMATION ? waitlist.holdDeadline() : null;
        var id = UUID.randomUUID();
        var consent = consentShown(event, consentTexts, applicant);
        // A unique-index violation (e-mail or key) escapes and rolls the seat claim back with it.
        registrations.insert(
                id,
                event.tenantId(),
                event.eventId(),
                status,
                applicant,
                consent.text(),
                event.consentVersion(),
                consent.language().code(),
                source,
                groupId,
                key,
                Tokens.urlSafe(),
                source == Source.STAFF,
                holdUntil);
        var registration = registrations.byId(event.tenantId(), id).orElseThrow();
        var admission = new Admission(registration, !mayTakeSeat && status == RegistrationStatus.WAITLISTED);
        if (!notify) {
            return admission;
        }
        var notice = switch (status) {
            case PENDING_CONFIRMATION -> Notice.CONFIRM_EMAIL;
            case PENDING_APPROVAL -> Notice.PENDING_APPROVAL;
            // Beyond the hold cap the seat may still be free: confirming the address takes it.
            case WAITLISTED -> mayTakeSeat ? Notice.WAITLISTED : Notice.WAITLISTED_CONFIRM_FOR_SEAT;
            default -> Notice.CONFIRMED;
        };
        var detail = switch (status) {
            case PENDING_CONFIRMATION -> mails.deadline(holdUntil, applicant.locale());
            case WAITLISTED -> String.valueOf(registration.waitlistPosition());
            default -> "";
        };
        mails.tell(notice, registration, event, "new", detail, registeredBy);
        return admission;
    }

    /**
     * Whether a new registration may take a free seat: always, unless it still has to confirm its
     * address and unconfirmed registrations already hold as many seats as the {@link HoldCap}
     * allows. The event row is locked first, so that concurrent registrations count exactly.
     */
    private boolean mayTakeSeat(RegistrationTerms event, Source source) {
        if (source == Source.STAFF || !event.confirmationRequired() || event.capacity() == null) {
            return true;
        }
        seats.lock(event.tenantId(), event.eventId());
        return holdCap.allowsAnother(event.capacity(), registrations.unconfirmedHolds(event.eventId()));
    }

    /**
     * The consent text in the language the person registered in, as the form showed it: the
     * published translation, or the German text where there is none. It is stored with its
     * language, so that what someone agreed to can be shown word for word.
     */
    private static ShownText consentShown(
            RegistrationTerms event, Optional<TranslatableText> texts, Applicant applicant) {
        var language = UiLanguage.fromCode(applicant.locale()).orElse(UiLanguage.DE);
        return texts
                // Read before the seat was claimed; should staff have changed the German since, the German counts.
                .filter(t -> t.source().equals(event.consentText()))
                .map(t -> t.in(language))
                .orElseGet(() -> ShownText.german(event.consentText()));
    }

    /** The form checks this too; here it protects the API and any other caller. */
    static void checkAnswers(List<Question> questions, Applicant applicant) {
        var known = new HashSet<UUID>();
        for (var question : questions) {
            known.add(question.id());
            var answer = applicant.answers().getOrDefault(question.id(), "").strip();
            if (question.required() && answer.isEmpty()) {
                throw new RegistrationRefused(RegistrationRefused.Reason.INVALID_ANSWERS);
            }
            if (!answer.isEmpty() && !acceptable(question, answer)) {
                throw new RegistrationRefused(RegistrationRefused.Reason.INVALID_ANSWERS);
            }
        }
        if (!known.containsAll(applicant.answers().keySet())) {
            throw new RegistrationRefused(RegistrationRefused.Reason.INVALID_ANSWERS);
        }
    }

    static boolean acceptable(Question question, String answer) {
        return switch (question.kind()) {
            case CHOICE -> question.options().contains(answer);
            case YES_NO -> answer.equals("yes") || answer.equals("no");
            case TEXT -> answer.length() <= 2000;
        };
    }
}
