package de.mosaik.networks.web;

import de.mosaik.networks.Networks;
import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Leads everybody who takes part in a network to their networks, from the tenant's pages too; the platform
 * administration to the networks it creates.
 */
@Component
class NetworkMenu implements BackOfficeMenu {

    private final Networks networks;

    NetworkMenu(Networks networks) {
        this.networks = networks;
    }

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        var entries = new ArrayList<MenuEntry>();
        if (user.platformAdmin() && tenant == null) {
            entries.add(new MenuEntry("networks.platform.title", PlatformNetworksController.LIST, 20));
        }
        if (!networks.ofAccount(user.accountId()).isEmpty()) {
            entries.add(new MenuEntry("networks.mine.title", NetworkRoutes.AREA, 70));
        }
        return entries;
    }
}
