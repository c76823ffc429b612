package de.mosaik.feedback.web;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class FeedbackMenu implements BackOfficeMenu {

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        if (tenant != null && staff()) {
            return List.of(new MenuEntry("feedback.menu", tenant.path("/feedback"), 45));
        }
        return List.of();
    }

    /** Staff and the tenant's administrators; trainers see only the events they teach. */
    private static boolean staff() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_TENANT_ADMIN")
                                || a.getAuthority().equals("ROLE_STAFF"));
    }
}
