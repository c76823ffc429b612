package de.mosaik.identity.web;

import de.mosaik.identity.domain.MosaikPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Puts an updated principal into the current request and its session. */
final class SignedInSession {

    private static final HttpSessionSecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private SignedInSession() {}

    static void replacePrincipal(MosaikPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        REPOSITORY.saveContext(context, request, response);
    }
}
