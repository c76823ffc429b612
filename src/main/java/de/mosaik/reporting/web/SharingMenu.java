package de.mosaik.reporting.web;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Tenant administrators find the consent next to the tenant's other settings. */
@Component
class SharingMenu implements BackOfficeMenu {

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        if (tenant == null || !user.tenantAdmin()) {
            return List.of();
        }
        return List.of(new MenuEntry("figures.sharing.menu", SharingController.path(tenant), 84));
    }
}
