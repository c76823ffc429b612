package de.mosaik.shared.web.translation;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

@Component
class TranslationMenu implements BackOfficeMenu {

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        if (tenant != null && user.tenantStaff()) {
            return List.of(new MenuEntry("translation.overview.title", tenant.path(TranslationRoutes.OVERVIEW), 25));
        }
        return List.of();
    }
}
