package de.mosaik.identity.web;

import de.mosaik.identity.domain.AccountDirectory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Login through the municipality's identity provider (Keycloak, Entra ID …). Only people who
 * already have an active Mosaik account, found by the provider's verified e-mail, get in; roles
 * and tenant come from Mosaik, not from the provider.
 */
class OidcAccountService extends OidcUserService {

    private final AccountDirectory directory;

    OidcAccountService(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var user = super.loadUser(request);
        var email = user.getEmail();
        if (email == null || !Boolean.TRUE.equals(user.getEmailVerified())) {
            throw new OAuth2AuthenticationException(new OAuth2Error("unverified_email"));
        }
        return directory
                .forVerifiedEmail(email, user.getIdToken())
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("no_account")));
    }
}
