package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.mosaik.HandlerRoutes;
import de.mosaik.HandlerRoutes.Route;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;

/**
 * WCAG 1.4.10 (reflow): every public page of the handler mapping fits a 390 px wide phone without
 * sideways scrolling, in German and in Arabic (right to left). axe does not check this. A public GET
 * route added later is covered without being named here; a path variable without a sample value
 * fails the test.
 */
class ReflowBrowserTest extends BrowserTest {

    private static final String SLUG = "kreis-dueren";
    private static final int PHONE_WIDTH = 390;

    @Autowired
    WebApplicationContext web;

    @Test
    void everyPublicPageReflowsOnAPhoneInGermanAndArabic() throws Exception {
        var routes = HandlerRoutes.matching(web, route -> route.method() == RequestMethod.GET && isPublic(route));
        assertThat(routes).hasSizeGreaterThan(20);
        var values = sampleValues();
        var ids = Map.of("veranstaltungen", values.get("eventId"), "bilder", values.get("imageId"));
        var phone = newContext("de-DE", PHONE_WIDTH, 800).newPage();
        var tooWide = new ArrayList<String>();
        int pages = 0;
        for (var route : routes) {
            var path = route.path(tokenOf(route, values), ids);
            var probe = phone.request().get(path);
            var type = probe.headers().getOrDefault("content-type", "");
            if (!type.startsWith("text/html")) {
                // Downloads (PDF, calendar, CSV, JSON, images) are not pages that could scroll.
                continue;
            }
            for (var language : List.of("de", "ar")) {
                var address = path + (path.contains("?") ? "&" : "?") + "lang=" + language;
                var response = phone.navigate(address);
                assertThat(response.status()).as("HTTP status of " + address).isLessThan(500);
                assertAccessible(phone);
                var width = pageWidth(phone);
                if (width > PHONE_WIDTH) {
                    tooWide.add(address + " is " + width + " px wide" + widestElement(phone));
                }
                pages++;
            }
        }
        assertThat(pages).as("public pages checked").isGreaterThan(30);
        assertThat(tooWide)
                .as("public pages wider than a %d px phone", PHONE_WIDTH)
                .isEmpty();
    }

    /**
     * The variable {@code token} stands for different secrets: the personal link, a feedback
     * invitation, a "Meine Daten" link. Account links (invitation, password reset) get the personal
     * token, which they do not know, and show their expired-link page.
     */
    private static Map<String, String> tokenOf(Route route, Map<String, String> values) {
        var chosen = new HashMap<>(values);
        if (route.pattern().contains("/feedback/")) {
            chosen.put("token", values.get("feedbackToken"));
        } else if (route.pattern().contains("/meine-daten/")) {
            chosen.put("token", values.get("magicLinkToken"));
        }
        return chosen;
    }

    @Test
    void theCatalogueShowsResultsFirstOnAPhoneAndItsFiltersOnWideScreens() {
        var phone = newContext("de-DE", PHONE_WIDTH, 800).newPage();
        visit(phone, "/" + SLUG + "/veranstaltungen", 200);
        expect(phone.locator("#filter-q")).isHidden();
        var firstResult = phone.locator(".catalogue-results > li").first().boundingBox();
        assertThat(firstResult.y)
                .as("first result starts within the first screen")
                .isLessThan(800);
        phone.locator(".catalogue-filters > summary").click();
        expect(phone.locator("#filter-q")).isVisible();
        assertAccessible(phone);

        visit("/" + SLUG + "/veranstaltungen");
        expect(page.locator("#filter-q")).isVisible();
    }

    @Test
    void backOfficeListsShowOneCardPerRowOnAPhone() throws Exception {
        var phone = newContext("de-DE", PHONE_WIDTH, 800).newPage();
        logIn(phone, "leitung@" + SLUG + ".demo", de.mosaik.demo.DemoAccounts.PASSWORD);
        // The event with the most registrations in the demo, so that every column has something to show.
        var event = jdbc.sql("""
                        select e.id::text from events.event e join identity.tenant t on t.id = e.tenant_id
                        where t.slug = ?
                        order by (select count(*) from registration.registration r where r.event_id = e.id) desc
                        limit 1
                        """).param(SLUG).query(String.class).single();
        var back = "/verwaltung/" + SLUG;
        for (var path : List.of(
                back + "/veranstaltungen/" + event + "/anmeldungen", back + "/veranstaltungen", back + "/personen")) {
            visit(phone, path, 200);
            assertThat(pageWidth(phone))
                    .as("width of " + path + widestElement(phone))
                    .isLessThanOrEqualTo(PHONE_WIDTH);
            var row = phone.locator(".table-cards tbody .kern-table__row").first();
            var cells = row.locator("td[data-label]");
            assertThat(cells.count()).as("labelled cells on " + path).isPositive();
            assertThat(cells.first().evaluate("cell => getComputedStyle(cell, '::before').content"))
                    .as("a cell names its column on a phone")
                    .isEqualTo("\"" + cells.first().getAttribute("data-label") + "\"");
            var rowBox = row.boundingBox();
            var cellBox = cells.last().boundingBox();
            assertThat(cellBox.y)
                    .as("the last cell stands below the row's start")
                    .isGreaterThan(rowBox.y);
            assertThat(cellBox.x + cellBox.width).isLessThanOrEqualTo(PHONE_WIDTH);
            row.evaluate("row => row.scrollIntoView({block: 'start', behavior: 'instant'})");
            screenOf(phone, "phone-" + path.substring(path.lastIndexOf('/') + 1));
        }
    }

    @Test
    void attendanceOnAPortraitTabletShowsAtLeastEightPeoplePerScreen() throws Exception {
        var tablet = newContext("de-DE", 810, 1080).newPage();
        logIn(tablet, "leitung@" + SLUG + ".demo", de.mosaik.demo.DemoAccounts.PASSWORD);
        // The session with the most registrations in the demo, so that the list is longer than a screen.
        var session = jdbc.sql("""
                        select s.event_id::text || '/anwesenheit/' || s.id::text
                        from events.session s join identity.tenant t on t.id = s.tenant_id
                        where t.slug = ?
                        order by (select count(*) from registration.registration r
                                  where r.event_id = s.event_id and r.status = 'CONFIRMED') desc, s.starts_at
                        limit 1
                        """).param(SLUG).query(String.class).single();
        visit(tablet, "/verwaltung/" + SLUG + "/veranstaltungen/" + session, 200);
        var rows = tablet.locator(".attendance-row");
        assertThat(rows.count()).as("people on the list").isGreaterThanOrEqualTo(8);
        // KERN scrolls smoothly; an instant jump lets the count below see the final position.
        rows.first().evaluate("row => row.scrollIntoView({block: 'start', behavior: 'instant'})");
        screenOf(tablet, "attendance-810x1080");
        var fullyVisible = ((Number) tablet.evaluate("""
                        () => [...document.querySelectorAll('.attendance-row')].filter(row => {
                          const box = row.getBoundingClientRect();
                          return box.top >= 0 && box.bottom <= innerHeight; }).length
                        """)).intValue();
        assertThat(fullyVisible).as("people fully on one 810×1080 screen").isGreaterThanOrEqualTo(8);
        assertThat(pageWidth(tablet)).isLessThanOrEqualTo(810);
    }

    /** What is on the screen now; a whole long page would make a slow, huge image. */
    private static void screenOf(Page target, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        target.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    private static boolean isPublic(Route route) {
        var pattern = route.pattern();
        return !pattern.startsWith("/verwaltung")
                && !pattern.startsWith("/plattform")
                && !pattern.startsWith("/konto")
                && !pattern.startsWith("/api/")
                // the networks' members' area and the register's picker need a login
                && !pattern.startsWith("/netzwerke")
                && !pattern.startsWith("/organisationen");
    }

    private static int pageWidth(Page target) {
        return ((Number) target.evaluate(
                        "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"))
                .intValue();
    }

    /** Names the element that sticks out furthest, so that a failure says where to look. */
    private static String widestElement(Page target) {
        return (String) target.evaluate("""
                () => { let widest = null, right = 0;
                  for (const el of document.body.querySelectorAll('*')) {
                    const box = el.getBoundingClientRect();
                    const out = Math.max(box.right - innerWidth, -box.left);
                    if (out > right) { right = out; widest = el; }
                  }
                  return widest ? ' (furthest out: <' + widest.tagName.toLowerCase()
                    + (widest.className ? ' class="' + widest.className + '"' : '') + '>, '
                    + Math.round(right) + ' px)' : ''; }
                """);
    }

    private UUID tenant() {
        return jdbc.sql("select id from identity.tenant where slug = ?")
                .param(SLUG)
                .query(UUID.class)
                .single();
    }

    /** Real demo data for every path variable, so that the pages themselves are checked, not their error pages. */
    /** The path word of one of the tenant's portal offers or places, from the demo data. */
    private String portalSlug(String table, Object tenant) {
        return jdbc.sql("select slug from portal." + table + " where tenant_id = ?::uuid order by slug limit 1")
                .param(tenant.toString())
                .query(String.class)
                .single();
    }

    private Map<String, String> sampleValues() throws Exception {
        var tenant = tenant();
        var event = jdbc.sql("""
                        select e.id::text from events.event e
                        where e.tenant_id = ? and e.status = 'PUBLISHED' and not e.closed_audience and e.first_starts_at > now()
                          and exists (select 1 from registration.registration r
                                      where r.event_id = e.id and r.status = 'CONFIRMED')
                        order by e.first_starts_at limit 1
                        """).param(tenant).query(String.class).single();
        var values = new HashMap<String, String>();
        values.put("slug", SLUG);
        values.put("eventId", event);
        // The personal page of a coming event shows the most: check-in pass, calendar, cancellation.
        values.put(
                "token",
                jdbc.sql("select manage_token from registration.registration where event_id = ?::uuid"
                                + " and status = 'CONFIRMED' order by created_at limit 1")
                        .param(event)
                        .query(String.class)
                        .single());
        values.put(
                "programmeId",
                jdbc.sql("select id::text from programmes.programme where tenant_id = ? order by title limit 1")
                        .param(tenant)
                        .query(String.class)
                        .single());
        values.put(
                "number",
                jdbc.sql("select number from certificates.certificate where tenant_id = ? and revoked_at is null"
                                + " limit 1")
                        .param(tenant)
                        .query(String.class)
                        .single());
        values.put("code", roomCode(tenant));
        values.put("feedbackToken", feedbackToken(tenant));
        values.put("magicLinkToken", magicLinkToken(tenant));
        values.put(
                "imageId",
                jdbc.sql("select id::text from portal.image where tenant_id = ? limit 1")
                        .param(tenant)
                        .query(String.class)
                        .single());
        values.put("width", "480");
        // the public network of the demo, one of its adopted recommendations, and a published practice example
        values.put("network", "qualitaetszirkel");
        values.put("recommendationId", jdbc.sql("""
                                select r.id::text from networks.recommendation r
                                  join networks.network n on n.id = r.network_id
                                 where n.slug = 'qualitaetszirkel' and r.status <> 'DRAFT' order by r.number limit 1
                                """).query(String.class).single());
        values.put(
                "exampleSlug",
                jdbc.sql("select slug from practice.example where status = 'PUBLISHED' order by slug limit 1")
                        .query(String.class)
                        .single());
        // an attachment of that example where it has one: a download, not a page, so it is passed over
        values.put(
                "attachmentId",
                jdbc.sql("select coalesce((select a.id::text from practice.attachment a join practice.example e"
                                + " on e.id = a.example_id where e.slug = ? order by a.id limit 1),"
                                + " gen_random_uuid()::text)")
                        .param(values.get("exampleSlug"))
                        .query(String.class)
                        .single());
        values.put(
                "pageSlug",
                jdbc.sql("select slug from portal.page where tenant_id = ? order by position, slug limit 1")
                        .param(tenant)
                        .query(String.class)
                        .single());
        values.put(
                "newsSlug",
                jdbc.sql("select slug from portal.news where tenant_id = ? and published_on <= current_date"
                                + " and (expires_on is null or expires_on >= current_date) limit 1")
                        .param(tenant)
                        .query(String.class)
                        .single());
        values.put("offerSlug", portalSlug("offer", tenant));
        values.put("placeSlug", portalSlug("place", tenant));
        return values;
    }

    /** The code of a session's room, opened for this test if none is. */
    private String roomCode(UUID tenant) {
        var code = "RF" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        jdbc.sql("""
                        insert into attendance.room_code (session_id, tenant_id, code)
                        select s.id, s.tenant_id, ? from events.session s
                        where s.tenant_id = ? and not exists (select 1 from attendance.room_code c where c.session_id = s.id)
                        order by s.starts_at desc limit 1
                        """).params(code, tenant).update();
        return code;
    }

    private String feedbackToken(UUID tenant) throws Exception {
        var token = newToken();
        jdbc.sql("""
                        insert into feedback.invitation (registration_id, tenant_id, event_id, token_hash, sent_at)
                        select r.id, r.tenant_id, r.event_id, ?, now() from registration.registration r
                        join events.event e on e.id = r.event_id
                        where r.tenant_id = ? and r.status = 'CONFIRMED' and e.first_starts_at < now()
                          and not exists (select 1 from feedback.invitation i where i.registration_id = r.id)
                        order by e.first_starts_at desc limit 1
                        """).params(hash(token), tenant).update();
        return token;
    }

    private String magicLinkToken(UUID tenant) throws Exception {
        var token = newToken();
        jdbc.sql("""
                        insert into selfservice.magic_link (token_hash, tenant_id, email_normalized, created_at, expires_at)
                        select ?, tenant_id, email_normalized, now(), now() + interval '1 hour'
                        from registration.registration where tenant_id = ? limit 1
                        """).params(hash(token), tenant).update();
        return token;
    }

    private static String newToken() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
