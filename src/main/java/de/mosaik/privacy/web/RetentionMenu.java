package de.mosaik.privacy.web;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** "Datenschutz" for the tenant's administrators, who answer for the retention periods. */
@Component
class RetentionMenu implements BackOfficeMenu {

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        if (tenant != null && user.tenantAdmin()) {
            return List.of(new MenuEntry("retention.menu", tenant.path(RetentionController.PAGE), 86));
        }
        return List.of();
    }
}
