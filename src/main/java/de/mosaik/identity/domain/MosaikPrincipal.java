package de.mosaik.identity.domain;

import de.mosaik.identity.Role;
import de.mosaik.shared.web.CurrentUser;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in account, whether it logged in with a password or through OpenID Connect. Kept in
 * the session; refreshed from the database on every request so that role changes and
 * deactivation take effect at once.
 */
public final class MosaikPrincipal implements UserDetails, OidcUser, CredentialsContainer, CurrentUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final @Nullable UUID tenantId;
    private final @Nullable String tenantSlug;
    private final String email;
    private final String displayName;
    private @Nullable String passwordHash;
    private final Role role;
    private final boolean active;
    private final boolean mustChangePassword;
    private final int version;
    private final int credentialStamp;
    private final @Nullable OidcIdToken idToken;

    MosaikPrincipal(Account account, @Nullable String tenantSlug, @Nullable OidcIdToken idToken) {
        this.accountId = account.id();
        this.tenantId = account.tenantId();
        this.tenantSlug = tenantSlug;
        this.email = account.email();
        this.displayName = account.displayName();
        this.passwordHash = account.passwordHash();
        this.role = account.role();
        this.active = account.active();
        this.mustChangePassword = account.mustChangePassword();
        this.version = account.version();
        this.credentialStamp = credentialStamp(account);
        this.idToken = idToken;
    }

    /**
     * Tells whether the password changed since this principal was made, without keeping the hash
     * itself in the session (credentials are erased after login).
     */
    static int credentialStamp(Account account) {
        return Objects.hashCode(account.passwordHash());
    }

    boolean sameCredentials(Account account) {
        return credentialStamp == credentialStamp(account);
    }

    @Override
    public UUID accountId() {
        return accountId;
    }

    public @Nullable UUID tenantId() {
        return tenantId;
    }

    @Override
    public @Nullable String tenantSlug() {
        return tenantSlug;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    @Override
    public String roleKey() {
        return role.messageKey();
    }

    @Override
    public boolean tenantStaff() {
        return role == Role.TENANT_ADMIN || role == Role.STAFF;
    }

    @Override
    public boolean platformAdmin() {
        return role == Role.PLATFORM_ADMIN;
    }

    @Override
    public boolean tenantAdmin() {
        return role == Role.TENANT_ADMIN;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    int version() {
        return version;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getName() {
        return email;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken == null ? Map.of() : idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public @Nullable OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }
}
