package de.mosaik.organisations.web;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The register sits right after the tenants in the platform menu: most bodies are found or added from there. */
@Component
class OrganisationMenu implements BackOfficeMenu {

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        if (tenant != null || !user.platformAdmin()) {
            return List.of();
        }
        return List.of(new MenuEntry("organisations.register.title", OrganisationRoutes.LIST, 11));
    }
}
