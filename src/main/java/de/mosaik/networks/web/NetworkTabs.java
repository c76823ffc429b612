package de.mosaik.networks.web;

import de.mosaik.shared.web.PageContext;
import java.util.ArrayList;
import java.util.List;

/** The tabs of one network's members' area, shown on each of its pages. */
public final class NetworkTabs {

    public record Tab(String labelKey, String href, boolean current) {}

    private NetworkTabs() {}

    public static List<Tab> of(PageContext ctx, NetworkArea area) {
        var parts = new ArrayList<String[]>();
        parts.add(new String[] {"networks.tab.overview", ""});
        parts.add(new String[] {"networks.tab.members", "/mitglieder"});
        parts.add(new String[] {"networks.tab.meetings", "/treffen"});
        parts.add(new String[] {"networks.tab.recommendations", "/empfehlungen"});
        parts.add(new String[] {"networks.tab.discussions", "/diskussionen"});
        // the practice library's pages in the members' area (module practice); the label is its bundle's
        parts.add(new String[] {"practiceoffice.list.title", "/praxisbeispiele"});
        if (area.coordinates()) {
            parts.add(new String[] {"networks.tab.offers", "/angebote"});
            parts.add(new String[] {"networks.tab.statistics", "/statistik"});
        }
        if (area.participation().reviews()) {
            parts.add(new String[] {"networks.tab.translations", "/uebersetzungen"});
        }
        var base = area.path("");
        var tabs = new ArrayList<Tab>();
        for (var part : parts) {
            var href = base + part[1];
            var current = part[1].isEmpty() ? ctx.current(href) : ctx.path().startsWith(href);
            tabs.add(new Tab(part[0], href, current));
        }
        return tabs;
    }
}
