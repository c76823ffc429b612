package de.mosaik.portal.web;

import de.mosaik.portal.PortalContent.Editor;
import de.mosaik.shared.web.CurrentUser;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in staff member as the history of a page names them. */
final class Editors {

    private Editors() {}

    static Editor current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return new Editor(user.accountId(), user.displayName());
        }
        throw new IllegalStateException("no signed-in staff member");
    }
}
