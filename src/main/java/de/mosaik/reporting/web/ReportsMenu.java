package de.mosaik.reporting.web;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

@Component
class ReportsMenu implements BackOfficeMenu {

    /** Staff and the tenant's administrators answer the council; trainers have no business with the figures. */
    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        if (tenant != null && user.tenantStaff()) {
            return List.of(new MenuEntry("reporting.menu", tenant.path("/berichte"), 70));
        }
        return List.of();
    }
}
