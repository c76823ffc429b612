package de.mosaik.shared.web;

import de.mosaik.shared.DemoMode;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.i18n.UiLanguageResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Builds the {@link PageContext} of a request. */
@Component
public class PageContextFactory {

    static final String BACK_OFFICE_ATTRIBUTE = PageContextFactory.class.getName() + ".backOffice";

    private static final List<UiLanguage> BACK_OFFICE_LANGUAGES =
            Arrays.stream(UiLanguage.values()).filter(UiLanguage::backOffice).toList();

    private final MessageSource messages;
    private final List<BackOfficeMenu> menus;
    private final DemoMode demoMode;
    private final UiLanguageResolver languages;
    private final ResourceUrlProvider resources;

    PageContextFactory(
            MessageSource messages,
            List<BackOfficeMenu> menus,
            DemoMode demoMode,
            UiLanguageResolver languages,
            @Qualifier("mvcResourceUrlProvider") ResourceUrlProvider resources) {
        this.messages = messages;
        this.menus = menus;
        this.demoMode = demoMode;
        this.languages = languages;
        this.resources = resources;
    }

    public PageContext create(HttpServletRequest request) {
        boolean backOffice = Boolean.TRUE.equals(request.getAttribute(BACK_OFFICE_ATTRIBUTE));
        var language = languages.resolve(request);
        if (backOffice && !language.backOffice()) {
            language = UiLanguage.DE;
        }
        var user = currentUser();
        var tenant = (BackOfficeTenant) request.getAttribute(BackOfficeTenant.REQUEST_ATTRIBUTE);
        List<MenuEntry> menu = user == null || !backOffice
                ? List.of()
                : menus.stream()
                        .flatMap(m -> m.entries(user, tenant).stream())
                        .sorted(Comparator.comparingInt(MenuEntry::order))
                        .toList();
        var flash = RequestContextUtils.getInputFlashMap(request);
        var notice = flash == null ? null : (String) flash.get("notice");
        return new PageContext(
                messages,
                language,
                backOffice ? BACK_OFFICE_LANGUAGES : List.of(UiLanguage.values()),
                request.getRequestURI(),
                request.getQueryString(),
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                user,
                tenant,
                menu,
                notice,
                demoMode.enabled(),
                this::asset);
    }

    private String asset(String path) {
        var versioned = resources.getForLookupPath(path);
        return versioned != null ? versioned : path;
    }

    private static CurrentUser currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return user;
        }
        return null;
    }
}
