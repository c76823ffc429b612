package de.mosaik.attendance.web;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A trainer's start: "Meine Termine" comes first in their menu. */
@Component
class MySessionsMenu implements BackOfficeMenu {

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        if (tenant == null || user.tenantStaff() || user.platformAdmin()) {
            return List.of();
        }
        return List.of(new MenuEntry("attendance.mySessions.title", MySessionsController.path(tenant), 0));
    }
}
