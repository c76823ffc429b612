package de.mosaik.privacy.web;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The persons list for staff and the tenant's administrators; trainers see only their events' participants. */
@Component
class PersonMenu implements BackOfficeMenu {

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        if (tenant != null && user.tenantStaff()) {
            return List.of(new MenuEntry("persons.menu", tenant.path("/personen"), 60));
        }
        return List.of();
    }
}
