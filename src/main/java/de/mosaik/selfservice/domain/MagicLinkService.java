package de.mosaik.selfservice.domain;

import de.mosaik.identity.TenantProfile;
import de.mosaik.shared.EmailAddress;
import de.mosaik.shared.RateLimiter;
import de.mosaik.shared.security.Tokens;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and checks the links to a person's own record. Whoever asks gets the same answer; a link
 * goes out only to an address that registered with the tenant, at most a few times per hour, so
 * that nobody can learn who registered or flood an inbox through the form.
 */
@Service
public class MagicLinkService {

    static final String CLIENT_BUCKET = "selfservice-client";
    static final String ADDRESS_BUCKET = "selfservice-address";
    static final Duration WINDOW = Duration.ofHours(1);

    private final MagicLinkRepository links;
    private final PersonalRegistrations registrations;
    private final SelfServiceMails mails;
    private final RateLimiter limiter;
    private final Duration validity;
    private final Clock clock;
    private volatile int perClient;
    private volatile int perAddress;

    MagicLinkService(
            MagicLinkRepository links,
            PersonalRegistrations registrations,
            SelfServiceMails mails,
            RateLimiter limiter,
            @Value("${mosaik.selfservice.link-validity:60m}") Duration validity,
            @Value("${mosaik.selfservice.requests-per-client:20}") int perClient,
            @Value("${mosaik.selfservice.requests-per-address:5}") int perAddress) {
        this.links = links;
        this.registrations = registrations;
        this.mails = mails;
        this.limiter = limiter;
        this.validity = validity;
        this.clock = Clock.systemUTC();
        this.perClient = perClient;
        this.perAddress = perAddress;
    }

    /**
     * Handles a request for a link. Returns false only when the client has asked too often, which
     * says nothing about the address; otherwise the caller shows the same neutral answer whether or
     * not a mail went out.
     */
    @Transactional
    public boolean request(TenantProfile tenant, String email, Locale pageLocale, String clientAddress) {
        if (perClient > 0 && !limiter.tryAcquire(CLIENT_BUCKET, clientAddress, perClient, WINDOW)) {
            return false;
        }
        var address = EmailAddress.normalize(email);
        // Counted before the lookup, so that the limit says nothing about whether the address is known.
        if (perAddress > 0 && !limiter.tryAcquire(ADDRESS_BUCKET, address, perAddress, WINDOW)) {
            return true;
        }
        var contact = registrations.latestContact(tenant.id(), address);
        if (contact.isEmpty()) {
            return true;
        }
        var token = Tokens.urlSafe();
        var now = clock.instant();
        // A new link replaces the older ones: a link found later in an old mail or a shared inbox opens nothing.
        links.deleteFor(tenant.id(), address);
        links.insert(Tokens.sha256Hex(token), tenant.id(), address, now, now.plus(validity));
        // To the address as the person registered it, not as typed: only that one is known to reach them.
        mails.sendLink(
                tenant,
                contact.get().email(),
                token,
                validity,
                SelfServiceMails.locale(pageLocale, contact.get().locale()));
        return true;
    }

    /** The address a valid link of this tenant was sent to; empty for unknown, foreign or expired links. */
    public Optional<String> address(UUID tenantId, String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        return links.address(tenantId, Tokens.sha256Hex(token), clock.instant());
    }

    /**
     * Uses up a link when its button is pressed: the address it was sent to, once. Opening the link
     * (GET, as mail scanners do) only checks it with {@link #address}; this is what spends it.
     */
    @Transactional
    public Optional<String> consume(UUID tenantId, String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        return links.consume(tenantId, Tokens.sha256Hex(token), clock.instant());
    }

    public Duration validity() {
        return validity;
    }

    /** Changes the limits while the application runs; tests use it to try a tiny limit without a second context. */
    public void limits(int perClient, int perAddress) {
        this.perClient = perClient;
        this.perAddress = perAddress;
    }

    @SchedulerLock(name = "selfservice-forget-expired-links")
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT15M")
    @Transactional
    public void forgetExpiredLinks() {
        links.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
    }
}
