package de.mosaik.attendance.web;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** "Meine Termine": a trainer's start, first in their menu; staff who speak at events find it too. */
@Component
class MySessionsMenu implements BackOfficeMenu {

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        if (tenant == null || user.platformAdmin()) {
            return List.of();
        }
        return List.of(new MenuEntry(
                "attendance.mySessions.title", MySessionsController.path(tenant), user.tenantStaff() ? 1 : 0));
    }
}
