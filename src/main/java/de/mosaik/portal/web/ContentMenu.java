package de.mosaik.portal.web;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The portal content in the tenant's back-office navigation, for the staff who write it. */
@Component
class ContentMenu implements BackOfficeMenu {

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        if (tenant == null || !user.tenantStaff()) {
            return List.of();
        }
        return List.of(
                new MenuEntry("portal.offers.title", tenant.path(ContentRoutes.OFFERS), 50),
                new MenuEntry("portal.places.title", tenant.path(ContentRoutes.PLACES), 51),
                new MenuEntry("portal.contacts.title", tenant.path(ContentRoutes.CONTACTS), 52));
    }
}
