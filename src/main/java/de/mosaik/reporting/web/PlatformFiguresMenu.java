package de.mosaik.reporting.web;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The statistics sit between the tenants and the platform's settings in the platform menu. */
@Component
class PlatformFiguresMenu implements BackOfficeMenu {

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        if (tenant != null || !user.platformAdmin()) {
            return List.of();
        }
        return List.of(new MenuEntry("figures.platform.title", PlatformFiguresController.PATH, 20));
    }
}
