package de.mosaik.networks.web;

import de.mosaik.networks.Networks;
import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Leads a member tenant's staff to the events other members offered to their networks. */
@Component
class IncomingOffersMenu implements BackOfficeMenu {

    private final Networks networks;

    IncomingOffersMenu(Networks networks) {
        this.networks = networks;
    }

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        if (tenant == null
                || !user.tenantStaff()
                || networks.withMemberTenant(tenant.id()).isEmpty()) {
            return List.of();
        }
        return List.of(new MenuEntry("networks.incoming.title", tenant.path("/netzwerkangebote"), 72));
    }
}
