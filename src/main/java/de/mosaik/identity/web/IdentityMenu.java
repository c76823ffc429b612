package de.mosaik.identity.web;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

@Component
class IdentityMenu implements BackOfficeMenu {

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        var entries = new ArrayList<MenuEntry>();
        if (tenant == null) {
            if (user.platformAdmin()) {
                entries.add(new MenuEntry("identity.platform.tenants.title", IdentityRoutes.PLATFORM_TENANTS, 10));
                entries.add(new MenuEntry("identity.platform.settings.title", IdentityRoutes.PLATFORM_SETTINGS, 85));
            }
        } else {
            if (user.tenantStaff()) {
                entries.add(new MenuEntry("identity.dashboard.title", tenant.path(""), 0));
            }
            if (user.tenantAdmin()) {
                entries.add(new MenuEntry("identity.accounts.title", tenant.path("/konten"), 80));
                entries.add(new MenuEntry("identity.settings.title", tenant.path("/einstellungen"), 85));
            }
        }
        return entries;
    }
}
