package de.mosaik.programmes.web;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class ProgrammesMenu implements BackOfficeMenu {

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        if (tenant != null && staff()) {
            return List.of(new MenuEntry("programmes.list.title", tenant.path(ProgrammeRoutes.PROGRAMMES), 30));
        }
        return List.of();
    }

    private static boolean staff() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(a -> a.equals("ROLE_TENANT_ADMIN") || a.equals("ROLE_STAFF"));
    }
}
