package de.mosaik.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.HandlerRoutes;
import de.mosaik.HandlerRoutes.Route;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The navigation a role sees equals the routes it may open: every menu entry and every event tab
 * opens (no 403), the current tab is marked, and every back-office page the role may open is
 * linked from its menu or its event tabs, unless it is one of the pages below a page (listed here).
 * The routes come from the handler mapping, so a new page without a link, or a link the role may
 * not follow, fails here.
 */
class RoleNavigationTests extends IntegrationTest {

    private static final String SLUG = "kreis-dueren";

    /**
     * Pages reached from inside another page (a form for a new item, a detail below a list) or
     * files rather than pages; they need no entry in the menu or the event tabs.
     */
    private static final Set<String> BELOW_A_PAGE = Set.of(
            "/verwaltung/{slug}/veranstaltungen/neu",
            "/verwaltung/{slug}/veranstaltungen/{id}/anmeldungen/neu",
            "/verwaltung/{slug}/veranstaltungen/{id}/anmeldungen/nachricht",
            "/verwaltung/{slug}/veranstaltungen/{id}/anwesenheit/protokoll",
            "/verwaltung/{slug}/konten/einladen",
            "/verwaltung/{slug}/personen/zusammenfuehren",
            "/verwaltung/{slug}/berichte/speichern");

    @Autowired
    ApplicationContext context;

    @ParameterizedTest
    @ValueSource(strings = {"leitung", "team", "referentin"})
    void everyLinkShownOpensAndEveryPageAllowedIsLinked(String who) {
        var session = new WebSession(port);
        session.login(who + "@" + SLUG + ".demo", DemoAccounts.PASSWORD);
        var start = session.follow(session.get("/verwaltung"));
        assertThat(start.status()).isEqualTo(200);

        var shown = new LinkedHashSet<String>();
        var menu = links(start.body(), "nav.back-office-nav a[href]");
        assertThat(menu).as("menu of %s", who).isNotEmpty();
        for (var href : menu) {
            var page = session.follow(session.get(href));
            assertThat(page.status())
                    .as("%s opens the menu entry %s", who, href)
                    .isEqualTo(200);
            shown.add(href);
            shown.addAll(links(page.body(), "main a[href]"));
        }

        var event = eventOfTheTrainer();
        var overview = session.get("/verwaltung/" + SLUG + "/veranstaltungen/" + event);
        assertThat(overview.status()).isEqualTo(200);
        var tabs = links(overview.body(), "nav.event-tabs a[href^=/verwaltung]");
        assertThat(tabs).as("event tabs of %s", who).hasSizeGreaterThanOrEqualTo(4);
        for (var href : tabs) {
            var page = session.follow(session.get(href));
            assertThat(page.status()).as("%s opens the event tab %s", who, href).isEqualTo(200);
            var document = Jsoup.parse(page.body());
            assertThat(links(page.body(), "nav.event-tabs a[href^=/verwaltung]"))
                    .as("the same tabs on %s", href)
                    .containsExactlyElementsOf(tabs);
            var current = document.select("nav.event-tabs a[aria-current=page]");
            assertThat(current).as("one tab marked current on %s", href).hasSize(1);
            shown.add(href);
            shown.addAll(links(page.body(), "main a[href]"));
        }

        var unlinked = new java.util.ArrayList<String>();
        for (var route : pagesOfOneEvent()) {
            var path = route.path(Map.of("slug", SLUG), Map.of("veranstaltungen", event.toString()));
            var page = session.get(path);
            if (page.status() != 200 || !html(page) || BELOW_A_PAGE.contains(route.pattern())) {
                continue;
            }
            if (!shown.contains(path)) {
                unlinked.add(route.pattern());
            }
        }
        assertThat(unlinked)
                .as("%s may open these pages, so a menu entry, an event tab or a page they lead to links each", who)
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"referentin"})
    void aTrainerSeesOnlyTheEventsTheySpeakAtAndNoAddresses(String who) {
        var session = new WebSession(port);
        session.login(who + "@" + SLUG + ".demo", DemoAccounts.PASSWORD);
        var tenant = tenantId();
        var account = jdbc.sql("select id from identity.account where email = ?")
                .param(who + "@" + SLUG + ".demo")
                .query(UUID.class)
                .single();
        var others = jdbc.sql("""
                        select e.id from events.event e where e.tenant_id = ? and not exists (
                          select 1 from events.event_speaker es join events.speaker sp on sp.id = es.speaker_id
                          where es.event_id = e.id and sp.account_id = ?) limit 1
                        """).params(tenant, account).query(UUID.class).single();
        var list = session.get("/verwaltung/" + SLUG + "/veranstaltungen?zeit=ALL");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(others.toString());
        assertThat(session.get("/verwaltung/" + SLUG + "/veranstaltungen/" + others)
                        .status())
                .isEqualTo(403);

        var event = eventOfTheTrainer();
        var attendance =
                session.follow(session.get("/verwaltung/" + SLUG + "/veranstaltungen/" + event + "/anwesenheit"));
        assertThat(attendance.status()).isEqualTo(200);
        assertThat(attendance.body()).doesNotContainPattern("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
        assertThat(session.get("/verwaltung/" + SLUG + "/veranstaltungen/" + event + "/anmeldungen")
                        .status())
                .isEqualTo(403);

        var start = session.follow(session.get("/verwaltung"));
        assertThat(Jsoup.parse(start.body()).select("h1").text()).isEqualTo("Meine Termine");
    }

    private UUID tenantId() {
        return jdbc.sql("select id from identity.tenant where slug = ?")
                .param(SLUG)
                .query(UUID.class)
                .single();
    }

    /** An event with sessions the demo trainer speaks at. */
    private UUID eventOfTheTrainer() {
        return jdbc.sql("""
                        select e.id from events.event e
                        join events.event_speaker es on es.event_id = e.id
                        join events.speaker sp on sp.id = es.speaker_id
                        join identity.account a on a.id = sp.account_id
                        where a.email = ? and exists (select 1 from events.session s where s.event_id = e.id)
                        order by e.first_starts_at desc limit 1
                        """)
                .param("referentin@" + SLUG + ".demo")
                .query(UUID.class)
                .single();
    }

    /** Back-office GET routes whose only variables are the tenant and, for event pages, the event. */
    private List<Route> pagesOfOneEvent() {
        return HandlerRoutes.matching(
                context,
                r -> r.method() == RequestMethod.GET
                        && r.pattern().startsWith("/verwaltung/{slug}/")
                        && r.pattern()
                                        .replace("{slug}", "")
                                        .replace("/veranstaltungen/{id}", "")
                                        .indexOf('{')
                                < 0);
    }

    private static boolean html(WebSession.Page page) {
        return page.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    }

    private static List<String> links(String body, String selector) {
        return Jsoup.parse(body).select(selector).stream()
                .map(a -> a.attr("href").replaceFirst("[?#].*$", ""))
                .filter(href -> href.startsWith("/verwaltung/"))
                .distinct()
                .toList();
    }
}
