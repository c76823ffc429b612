package de.mosaik.identity.domain;

import de.mosaik.identity.Accounts.AccountSummary;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.NetworkAccounts;
import de.mosaik.identity.NewTenant;
import de.mosaik.identity.PlatformProfile;
import de.mosaik.identity.Role;
import de.mosaik.identity.TenantCreated;
import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import de.mosaik.shared.RateLimiter;
import de.mosaik.shared.web.BaseUrl;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts over their life: invitation, password reset and change, role and deactivation. */
@Service
public class AccountService implements IdentitySetup, NetworkAccounts {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    static final int RESETS_PER_ACCOUNT = 3;
    static final int RESETS_PER_ADDRESS = 30;

    private final AccountRepository accounts;
    private final TenantRepository tenants;
    private final AccountTokens tokens;
    private final PasswordEncoder passwords;
    private final Mailer mailer;
    private final MessageSource messages;
    private final BaseUrl baseUrl;
    private final LoginThrottle throttle;
    private final PlatformRepository platform;
    private final RateLimiter rateLimiter;
    private final ApplicationEventPublisher events;
    private final TenantDescriptions descriptions;

    AccountService(
            AccountRepository accounts,
            TenantRepository tenants,
            AccountTokens tokens,
            PasswordEncoder passwords,
            Mailer mailer,
            MessageSource messages,
            BaseUrl baseUrl,
            LoginThrottle throttle,
            PlatformRepository platform,
            RateLimiter rateLimiter,
            ApplicationEventPublisher events,
            TenantDescriptions descriptions) {
        this.accounts = accounts;
        this.tenants = tenants;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.throttle = throttle;
        this.platform = platform;
        this.rateLimiter = rateLimiter;
        this.events = events;
        this.descriptions = descriptions;
    }

    public enum Outcome {
        DONE,
        EMAIL_TAKEN,
        CHANGED_MEANWHILE,
        LAST_ADMIN,
        NOT_FOUND
    }

    @Override
    public boolean anyTenant() {
        return tenants.any();
    }

    @Override
    @Transactional
    public void describePlatform(PlatformProfile profile) {
        if (!platform.update(profile)) {
            throw new IllegalStateException("The platform profile was changed meanwhile");
        }
    }

    @Override
    @Transactional
    public UUID createTenant(NewTenant tenant) {
        var id = UUID.randomUUID();
        tenants.insert(id, tenant);
        descriptions.takeOver(id, tenant.details().description());
        events.publishEvent(new TenantCreated(id, tenant.slug()));
        return id;
    }

    @Override
    @Transactional
    public UUID createAccount(@Nullable UUID tenantId, String email, String displayName, Role role, String password) {
        var id = UUID.randomUUID();
        accounts.insert(id, tenantId, email.strip(), displayName.strip(), passwords.encode(password), role, false);
        return id;
    }

    @Override
    @Transactional
    public UUID createAccountWithoutPassword(@Nullable UUID tenantId, String email, String displayName, Role role) {
        var id = UUID.randomUUID();
        accounts.insert(id, tenantId, email.strip(), displayName.strip(), null, role, false);
        return id;
    }

    /** The first platform administrator, who must choose a new password at first login. */
    @Transactional
    public boolean bootstrapPlatformAdmin(String email, String password) {
        if (accounts.anyPlatformAdmin()) {
            return false;
        }
        accounts.insert(
                UUID.randomUUID(),
                null,
                email.strip(),
                email.strip(),
                passwords.encode(password),
                Role.PLATFORM_ADMIN,
                true);
        return true;
    }

    public List<Account> ofTenant(UUID tenantId) {
        return accounts.ofTenant(tenantId);
    }

    public Optional<Account> inTenant(UUID accountId, UUID tenantId) {
        return accounts.byIdInTenant(accountId, tenantId);
    }

    /** Creates an account without password and mails a link to choose one. */
    @Transactional
    public Outcome invite(UUID tenantId, String email, String displayName, Role role, Locale locale) {
        if (accounts.byEmail(email.strip()).isPresent()) {
            return Outcome.EMAIL_TAKEN;
        }
        var id = UUID.randomUUID();
        accounts.insert(id, tenantId, email.strip(), displayName.strip(), null, role, false);
        sendInvitation(id, tenantId, email.strip(), locale);
        return Outcome.DONE;
    }

    @Transactional
    public Outcome resendInvitation(UUID accountId, UUID tenantId, Locale locale) {
        var account = accounts.byIdInTenant(accountId, tenantId).filter(Account::invitationPending);
        if (account.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        sendInvitation(accountId, tenantId, account.get().email(), locale);
        return Outcome.DONE;
    }

    private void sendInvitation(UUID accountId, UUID tenantId, String email, Locale locale) {
        var token = tokens.issue(accountId, AccountTokens.Purpose.INVITATION, INVITATION_VALIDITY);
        var tenantName = tenants.byId(tenantId).map(t -> t.centreName()).orElse("");
        mailer.send(Mail.confidential(
                tenantId,
                email,
                text("identity.mail.invitation.subject", locale, tenantName),
                text(
                        "identity.mail.invitation.body",
                        locale,
                        tenantName,
                        baseUrl.link("/einladung/" + token),
                        INVITATION_VALIDITY.toDays())));
    }

    public Optional<Account> invitation(String token) {
        return tokens.peek(token, AccountTokens.Purpose.INVITATION).flatMap(accounts::byId);
    }

    /** Sets name and password of an invited account; false if the link was used or expired meanwhile. */
    @Transactional
    public boolean acceptInvitation(String token, String displayName, String password) {
        var accountId = tokens.consume(token, AccountTokens.Purpose.INVITATION);
        accountId.ifPresent(id -> accounts.setPassword(id, passwords.encode(password), displayName.strip()));
        return accountId.isPresent();
    }

    /** Mails a reset link if the account exists; says nothing either way, so addresses cannot be probed. */
    @Transactional
    public void requestPasswordReset(String email, String clientAddress, Locale locale) {
        // Nobody may flood an inbox, or the mail server, through this form; the answer stays the same.
        if (!rateLimiter.tryAcquire("password-reset-address", clientAddress, RESETS_PER_ADDRESS, Duration.ofHours(1))) {
            return;
        }
        accounts.byEmail(email.strip())
                .filter(a -> a.active() && !a.invitationPending())
                .filter(a -> rateLimiter.tryAcquire(
                        "password-reset-account", a.email(), RESETS_PER_ACCOUNT, Duration.ofHours(1)))
                .ifPresent(account -> {
                    var token = tokens.issue(account.id(), AccountTokens.Purpose.PASSWORD_RESET, RESET_VALIDITY);
                    mailer.send(Mail.confidential(
                            account.tenantId(),
                            account.email(),
                            text("identity.mail.reset.subject", locale),
                            text(
                                    "identity.mail.reset.body",
                                    locale,
                                    baseUrl.link("/passwort-neu/" + token),
                                    RESET_VALIDITY.toMinutes())));
                });
    }

    public Optional<Account> passwordReset(String token) {
        return tokens.peek(token, AccountTokens.Purpose.PASSWORD_RESET).flatMap(accounts::byId);
    }

    @Transactional
    public boolean resetPassword(String token, String password) {
        var accountId = tokens.consume(token, AccountTokens.Purpose.PASSWORD_RESET);
        accountId.flatMap(accounts::byId).ifPresent(account -> {
            accounts.setPassword(account.id(), passwords.encode(password), null);
            // The mailed link proves the person, and the throttled login page sends them here: let them in.
            throttle.recordSuccess(account.email());
        });
        return accountId.isPresent();
    }

    public boolean passwordMatches(UUID accountId, String password) {
        return accounts.byId(accountId)
                .map(Account::passwordHash)
                .map(hash -> passwords.matches(password, hash))
                .orElse(false);
    }

    @Transactional
    public void changePassword(UUID accountId, String password) {
        accounts.setPassword(accountId, passwords.encode(password), null);
    }

    /** Changes role and status; a tenant never loses its last active administrator. */
    @Transactional
    public Outcome update(UUID accountId, UUID tenantId, int version, Role role, boolean active) {
        var account = accounts.byIdInTenant(accountId, tenantId);
        if (account.isEmpty() || role == Role.PLATFORM_ADMIN) {
            return Outcome.NOT_FOUND;
        }
        boolean wasAdmin =
                account.get().role() == Role.TENANT_ADMIN && account.get().active();
        boolean staysAdmin = role == Role.TENANT_ADMIN && active;
        if (wasAdmin && !staysAdmin && accounts.countActiveAdmins(tenantId) <= 1) {
            return Outcome.LAST_ADMIN;
        }
        return accounts.updateRoleAndStatus(accountId, tenantId, version, role, active)
                ? Outcome.DONE
                : Outcome.CHANGED_MEANWHILE;
    }

    @Override
    public Optional<AccountSummary> byEmail(String email) {
        return accounts.byEmail(email.strip()).map(AccountService::summary);
    }

    @Override
    public List<AccountSummary> byIds(Collection<UUID> ids) {
        return accounts.byIds(ids).stream().map(AccountService::summary).toList();
    }

    @Override
    public List<UUID> idsByEmails(Collection<String> emails) {
        return accounts.idsByEmails(emails);
    }

    @Override
    @Transactional
    public UUID inviteExternal(String email, String displayName, String invitedTo, Locale locale) {
        var id = UUID.randomUUID();
        accounts.insert(id, null, email.strip(), displayName.strip(), null, Role.EXTERNAL, false);
        accounts.setLanguage(id, TenantAccounts.offered(locale.getLanguage()).getLanguage());
        var token = tokens.issue(id, AccountTokens.Purpose.INVITATION, INVITATION_VALIDITY);
        mailer.send(Mail.confidential(
                null,
                email.strip(),
                text("identity.mail.networkInvitation.subject", locale, invitedTo),
                text(
                        "identity.mail.networkInvitation.body",
                        locale,
                        invitedTo,
                        baseUrl.link("/einladung/" + token),
                        INVITATION_VALIDITY.toDays())));
        return id;
    }

    private static AccountSummary summary(Account account) {
        return new AccountSummary(account.id(), account.displayName(), account.email());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
