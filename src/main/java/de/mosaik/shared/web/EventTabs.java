package de.mosaik.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The tabs of one event in the back office, shown on every page of the event whichever module
 * serves it. Staff see every part; a trainer sees only what the routes let a trainer open (the
 * overview, the dates, attendance and the feedback results), so no tab answers 403.
 */
public final class EventTabs {

    /** One tab; {@code current} marks the tab of the page shown. */
    public record Tab(String labelKey, String href, boolean current) {}

    private EventTabs() {}

    public static List<Tab> of(PageContext ctx, UUID eventId) {
        var tenant = ctx.tenant();
        var user = ctx.user();
        if (tenant == null || user == null) {
            return List.of();
        }
        var base = tenant.path("/veranstaltungen/" + eventId);
        var paths = new ArrayList<String[]>();
        paths.add(new String[] {"events.tab.overview", ""});
        paths.add(new String[] {"events.sessions.title", "/termine"});
        if (user.tenantStaff()) {
            paths.add(new String[] {"events.eventSpeakers.title", "/referierende"});
            paths.add(new String[] {"events.registration.title", "/anmeldeeinstellungen"});
            paths.add(new String[] {"events.tab.registrations", "/anmeldungen"});
        }
        paths.add(new String[] {"events.tab.attendance", "/anwesenheit"});
        if (user.tenantStaff()) {
            paths.add(new String[] {"events.tab.certificates", "/bescheinigungen"});
            paths.add(new String[] {"events.tab.feedback", "/feedback"});
            // Offering the event to the networks of the tenant's body (served by networks)
            paths.add(new String[] {"events.tab.network", "/netzwerk"});
            paths.add(new String[] {"events.history.title", "/verlauf"});
        } else {
            paths.add(new String[] {"events.tab.feedback", "/feedback/ergebnisse"});
        }
        var tabs = new ArrayList<Tab>();
        for (var path : paths) {
            var href = base + path[1];
            tabs.add(new Tab(path[0], href, current(ctx, base, href)));
        }
        if (user.tenantStaff()) {
            // The event's texts are translated in the shared translation editor, which shows these tabs for an event.
            var translations = tenant.path("/uebersetzungen/event/" + eventId);
            tabs.add(tabs.size() - 1, new Tab("events.translations.title", translations, ctx.current(translations)));
        }
        return tabs;
    }

    /** The overview is current only on itself; every other tab also on the pages below it. */
    private static boolean current(PageContext ctx, String base, String href) {
        return ctx.current(href) || (!href.equals(base) && ctx.path().startsWith(href + "/"));
    }
}
