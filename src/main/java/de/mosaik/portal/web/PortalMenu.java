package de.mosaik.portal.web;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

@Component
class PortalMenu implements BackOfficeMenu {

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        var entries = new ArrayList<MenuEntry>();
        if (tenant != null && user.tenantStaff()) {
            entries.add(new MenuEntry("portal.pages.title", tenant.path(ContentRoutes.PAGES), 50));
            entries.add(new MenuEntry("portal.news.title", tenant.path(ContentRoutes.NEWS), 51));
            entries.add(new MenuEntry("portal.start.title", tenant.path(ContentRoutes.START), 52));
        }
        if (tenant != null && user.tenantAdmin()) {
            entries.add(new MenuEntry("portal.inbox.title", tenant.path("/rueckmeldungen"), 88));
        }
        if (tenant == null && user.platformAdmin()) {
            entries.add(new MenuEntry("portal.inbox.title", "/plattform/rueckmeldungen", 88));
        }
        return entries;
    }
}
