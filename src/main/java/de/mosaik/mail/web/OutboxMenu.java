package de.mosaik.mail.web;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

@Component
class OutboxMenu implements BackOfficeMenu {

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        if (tenant == null && user.platformAdmin()) {
            return List.of(new MenuEntry("mail.outbox.title", "/plattform/postausgang", 90));
        }
        if (tenant != null && user.tenantAdmin()) {
            return List.of(new MenuEntry("mail.outbox.title", tenant.path("/postausgang"), 90));
        }
        return List.of();
    }
}
