package de.mosaik.practice.web;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Leads a tenant's staff to the tenant's practice examples. */
@Component
class PracticeMenu implements BackOfficeMenu {

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        if (tenant != null && user.tenantStaff()) {
            return List.of(new MenuEntry("practiceoffice.list.title", tenant.path("/praxisbeispiele"), 72));
        }
        return List.of();
    }
}
