package de.mosaik.identity.web;

import de.mosaik.identity.Accounts;
import de.mosaik.identity.domain.MosaikPrincipal;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.i18n.UiLanguageResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A signed-in person who switches the language of the pages ({@code ?lang=}) to one their mails can be written in
 * gets their mails in it from then on (ADR 0016): the account keeps it. The session remembers what it stored, so
 * the links that carry the language on every following page cost nothing.
 */
@Component
class RememberedLanguage implements HandlerInterceptor {

    static final String STORED = RememberedLanguage.class.getName() + ".stored";

    private final Accounts accounts;

    RememberedLanguage(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var parameter = request.getParameter(UiLanguageResolver.PARAMETER);
        if (parameter == null) {
            return true;
        }
        var chosen = UiLanguage.fromCode(parameter).filter(UiLanguage::backOffice);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (chosen.isEmpty()
                || authentication == null
                || !(authentication.getPrincipal() instanceof MosaikPrincipal user)) {
            return true;
        }
        var session = request.getSession(false);
        var code = chosen.get().code();
        if (session != null && code.equals(session.getAttribute(STORED))) {
            return true;
        }
        if (accounts.changeLanguage(user.accountId(), chosen.get().locale()) && session != null) {
            session.setAttribute(STORED, code);
        }
        return true;
    }
}
