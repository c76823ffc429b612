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
 * gets their mails in it from then on (ADR 0016): the account keeps it.
 */
@Component
class RememberedLanguage implements HandlerInterceptor {

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
        // Every click of an English page carries ?lang=en: the update finds the row by its key and writes only
        // when the language differs. No memo in the session: the person's own entry changes it too.
        accounts.changeLanguage(user.accountId(), chosen.get().locale());
        return true;
    }
}
