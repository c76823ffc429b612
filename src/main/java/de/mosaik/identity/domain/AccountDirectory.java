package de.mosaik.identity.domain;

import de.mosaik.identity.Role;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.stereotype.Service;

/** Turns accounts into principals, for password login, OpenID Connect and session refresh. */
@Service
public class AccountDirectory implements UserDetailsService {

    private final AccountRepository accounts;
    private final TenantRepository tenants;

    AccountDirectory(AccountRepository accounts, TenantRepository tenants) {
        this.accounts = accounts;
        this.tenants = tenants;
    }

    @Override
    public MosaikPrincipal loadUserByUsername(String email) {
        return accounts.byEmail(email)
                .filter(a -> !a.invitationPending())
                .map(a -> principal(a, null))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    /** The principal for an account found by the e-mail an identity provider confirmed. */
    public Optional<MosaikPrincipal> forVerifiedEmail(String email, OidcIdToken idToken) {
        return accounts.byEmail(email).filter(Account::active).map(a -> principal(a, idToken));
    }

    /**
     * The current state of a signed-in account, or empty if its session must end: the account was
     * deactivated, or its password was changed (in another session, or reset by mail).
     */
    public Optional<MosaikPrincipal> refresh(MosaikPrincipal current) {
        return accounts.byId(current.accountId())
                .filter(Account::active)
                .filter(current::sameCredentials)
                .map(a -> a.version() == current.version() ? current : principal(a, current.getIdToken()));
    }

    /** The principal after this session changed the account's password: the session goes on. */
    public MosaikPrincipal afterPasswordChange(MosaikPrincipal current) {
        return accounts.byId(current.accountId())
                .map(a -> principal(a, current.getIdToken()))
                .orElseThrow();
    }

    /** The start page of a signed-in user. */
    /** The trainer's start page below the tenant's back office, served by the attendance module. */
    public static final String TRAINER_START = "/meine-termine";

    /** Where external persons start: the networks they take part in, served by the networks module. */
    public static final String NETWORKS_START = "/netzwerke";

    public String home(MosaikPrincipal user) {
        // An external person has no tenant's back office: their start is their networks.
        if (user.role() == Role.EXTERNAL) {
            return NETWORKS_START;
        }
        if (user.tenantId() == null) {
            return "/plattform/mandanten";
        }
        // A trainer starts with their own sessions ("Meine Termine"), staff with what needs doing.
        var start = user.tenantStaff() ? "" : TRAINER_START;
        return tenants.byId(user.tenantId())
                .map(t -> "/verwaltung/" + t.slug() + start)
                .orElse("/");
    }

    public void recordLogin(UUID accountId) {
        accounts.recordLogin(accountId);
    }

    private MosaikPrincipal principal(Account account, @Nullable OidcIdToken idToken) {
        var slug = account.tenantId() == null
                ? null
                : tenants.byId(account.tenantId()).map(t -> t.slug()).orElse(null);
        return new MosaikPrincipal(account, slug, idToken);
    }
}
