package de.mosaik.portal.web;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

@Component
class PortalMenu implements BackOfficeMenu {

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        if (tenant != null && user.tenantAdmin()) {
            return List.of(new MenuEntry("portal.inbox.title", tenant.path("/rueckmeldungen"), 88));
        }
        if (tenant == null && user.platformAdmin()) {
            return List.of(new MenuEntry("portal.inbox.title", "/plattform/rueckmeldungen", 88));
        }
        return List.of();
    }
}
