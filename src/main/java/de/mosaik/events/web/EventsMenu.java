package de.mosaik.events.web;

import de.mosaik.shared.web.BackOfficeMenu;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MenuEntry;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

@Component
class EventsMenu implements BackOfficeMenu {

    @Override
    public List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant) {
        var entries = new ArrayList<MenuEntry>();
        if (tenant != null && Staff.canView()) {
            entries.add(new MenuEntry("events.list.title", tenant.path(EventRoutes.EVENTS), 20));
            if (Staff.canEdit()) {
                entries.add(new MenuEntry("events.venues.title", tenant.path(EventRoutes.VENUES), 21));
                entries.add(new MenuEntry("events.speakers.title", tenant.path(EventRoutes.SPEAKERS), 22));
                entries.add(new MenuEntry("events.vocabulary.title", tenant.path(EventRoutes.VOCABULARY), 23));
            }
        }
        return entries;
    }
}
