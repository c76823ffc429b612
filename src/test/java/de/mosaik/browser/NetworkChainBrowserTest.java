package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.shared.text.BerlinTime;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The whole chain of a network in one flow, driven through the pages like people use them: the coordination
 * invites a new external delegate, who sets a password from the mail; the coordination plans a two-day meeting
 * and invites, the delegate registers on the meeting page; the minutes are published and read; a recommendation
 * adopted at the meeting gets a progress report from the delegate's body, which the coordination's follow-up
 * shows; the delegate's practice example is reviewed against the network's criteria, published and found
 * logged out by two facets of the library, in German and Arabic on a phone. Finally the coordinator of the
 * other demo network opens every address of the members' area used on the way and is refused each time.
 *
 * <p>All records are the test's own (names carry a random tag), so the test does not depend on the order of
 * the others. Labels and messages come from the bundles, so rewording a text does not break the test, and
 * fields are found by their label, not by markup.
 */
class NetworkChainBrowserTest extends BrowserTest {

    private static final Locale GERMAN = Locale.GERMAN;
    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final String SLUG = "qualitaetszirkel";
    private static final String OTHER_SLUG = "netzwerk-kreis-recklinghausen";
    private static final String AREA = "/netzwerke/" + SLUG;
    private static final String NETWORK = "Kommunaler Qualitätszirkel zur Integrationspolitik";
    /** The member body the new delegate speaks for; no other test uses it, and it lies in Thüringen. */
    private static final String BODY = "Landeshauptstadt Erfurt";

    private static final String OTHER_COORDINATOR = "leitung@kreis-recklinghausen.demo";

    @Autowired
    MessageSource messages;

    /** What the chain created, to look for it later and to make sure the other network never sees it. */
    private final List<String> secrets = new ArrayList<>();

    private final List<String> areaPaths = new ArrayList<>();

    /** The pages of the people in the chain, kept to show where the chain broke should it fail. */
    private final List<Page> people = new ArrayList<>();

    @Test
    void aDelegateGoesThroughTheWholeChainAndAnotherNetworkSeesNoneOfIt() throws Exception {
        try {
            walkTheChain();
        } catch (Exception | AssertionError broken) {
            for (int i = 0; i < people.size(); i++) {
                screenshot(people.get(i), "network-chain-" + i);
                Files.writeString(
                        SCREENSHOTS.resolve("network-chain-" + i + ".html"),
                        people.get(i).content());
            }
            throw broken;
        }
    }

    private void walkTheChain() throws Exception {
        var tag = Long.toString(System.nanoTime(), 36);
        var today = LocalDate.now(BerlinTime.ZONE);
        var delegateName = "Ronja Kette" + tag;
        var email = uniqueEmail("kette");
        secrets.addAll(List.of(delegateName, email));

        var coordination = page;
        people.add(coordination);
        logIn(DemoAccounts.NETWORK_COORDINATOR);
        var delegate = inviteTheDelegate(coordination, email, delegateName);

        var meetingTitle = "Kettentreffen " + tag;
        var start = today.plusMonths(5);
        var meeting = planAndInvite(coordination, meetingTitle, start, delegateName, tag);
        registerForTheMeeting(delegate, email, meeting, delegateName, meetingTitle);
        publishAndReadTheMinutes(coordination, delegate, email, meeting, meetingTitle, "Protokollwort" + tag);

        var adopted =
                adoptAndReport(coordination, delegate, meetingTitle, start, today, "Empfehlung zur Kette " + tag, tag);
        var example = submitAndPublish(coordination, delegate, "Kettenprojekt Erfurt " + tag);

        findItLoggedOut(example, adopted);
        theOtherNetworkIsRefused();
    }

    /** Step 1: the coordination invites a new person as delegate of a member body; the person sets a password. */
    private Page inviteTheDelegate(Page coordination, String email, String name) throws Exception {
        coordination
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(NETWORK))
                .click();
        coordination.waitForURL(url -> url.endsWith(AREA));
        assertAccessible(coordination);
        tab(coordination, "networks.tab.members");
        coordination
                .getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(t("networks.member.manage", BODY))
                                .setExact(true))
                .click();
        expect(coordination.locator("h1")).hasText(BODY);
        assertAccessible(coordination);
        areaPaths.addAll(List.of(AREA, AREA + "/mitglieder", path(coordination)));

        field(coordination, t("networks.members.email")).fill(email);
        field(coordination, t("networks.members.name")).fill(name);
        field(coordination, t("networks.members.role"))
                .selectOption(new SelectOption().setLabel(t("networks.role.DELEGATE")));
        button(coordination, t("networks.invite.submit")).click();
        notice(coordination, "networks.invite.done.NEW_ACCOUNT");
        expect(coordination.locator("main")).containsText(name);
        assertAccessible(coordination);

        var invitation = linkIn(awaitMail(email, body -> body.contains("/einladung/")), "/einladung/");
        var delegate = newContext("de-DE").newPage();
        people.add(delegate);
        visit(delegate, invitation, 200);
        expect(delegate.locator("main")).containsText(email);
        var password = "Kette-Netzwerk-2026-" + email.hashCode();
        field(delegate, t("identity.password.new")).fill(password);
        field(delegate, t("identity.password.confirmation")).fill(password);
        button(delegate, t("identity.invitation.submit")).click();
        delegate.waitForURL(url -> url.endsWith("/anmelden"));
        assertAccessible(delegate);
        logIn(delegate, email, password);
        delegate.waitForURL(url -> url.endsWith("/netzwerke"));
        expect(delegate.locator("main")).containsText(NETWORK);
        expect(delegate.locator("main")).containsText(t("networks.role.DELEGATE"));
        return delegate;
    }

    /** Step 2a: a two-day meeting; the invitations go out. */
    private String planAndInvite(Page coordination, String title, LocalDate start, String delegateName, String tag) {
        secrets.add(title);
        tab(coordination, "networks.tab.meetings");
        coordination
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t("networks.meetings.new")))
                .click();
        coordination.waitForURL(url -> url.endsWith("/treffen/neu"));
        assertAccessible(coordination);
        field(coordination, t("networks.meeting.title")).fill(title);
        field(coordination, t("networks.meeting.host")).selectOption(new SelectOption().setLabel("Kreis Düren"));
        field(coordination, t("networks.meeting.startsOn")).fill(start.toString());
        field(coordination, t("networks.meeting.endsOn")).fill(start.plusDays(1).toString());
        field(coordination, t("networks.meeting.venue")).fill("Kreishaus Düren, Saal " + tag);
        field(coordination, t("networks.meeting.address")).fill("Bismarckstraße 16, 52351 Düren");
        button(coordination, t("shared.save")).click();
        coordination.waitForURL(url -> url.endsWith("/programm"));
        notice(coordination, "networks.meeting.saved");
        assertAccessible(coordination);
        var programme = path(coordination);
        var meeting = programme.substring(0, programme.length() - "/programm".length());

        field(coordination, t("networks.meeting.session.day")).fill(start.toString());
        field(coordination, t("networks.meeting.session.startsAt")).fill("13:00");
        field(coordination, t("networks.meeting.session.endsAt")).fill("18:00");
        field(coordination, t("networks.meeting.session.title")).fill("Auftakt " + tag);
        button(coordination, t("networks.meeting.session.add")).click();
        notice(coordination, "networks.meeting.session.saved");
        assertAccessible(coordination);
        coordination.locator("#item-startsAt").fill("13:30");
        coordination.locator("#item-title").fill("Bericht aus den Kommunen " + tag);
        button(coordination, t("networks.meeting.item.add")).click();
        notice(coordination, "networks.meeting.item.saved");
        expect(coordination.locator("main")).containsText("Bericht aus den Kommunen " + tag);
        assertAccessible(coordination);
        coordination
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t("networks.meeting.back", title)))
                .click();
        coordination.waitForURL(url -> url.endsWith(meeting));
        assertAccessible(coordination);
        coordination
                .getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(t("networks.meeting.invitation.title"))
                                .setExact(true))
                .click();
        coordination.waitForURL(url -> url.endsWith(meeting + "/einladungen"));
        expect(coordination.locator("main table")).containsText(delegateName);
        assertAccessible(coordination);
        coordination
                .getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(Pattern.compile("^"
                                        + quote(t("networks.meeting.invitation.send", 2)
                                                .split(" \\(")[0]))))
                .click();
        notice(coordination, "networks.meeting.invitation.sent");
        assertAccessible(coordination);
        areaPaths.addAll(List.of(
                AREA + "/treffen",
                meeting,
                meeting + "/bearbeiten",
                programme,
                meeting + "/einladungen",
                meeting + "/teilnehmende",
                meeting + "/dokumente"));
        return meeting;
    }

    /** Step 2b: the delegate follows the link in the invitation and registers on the meeting page. */
    private void registerForTheMeeting(Page delegate, String email, String meeting, String name, String title)
            throws Exception {
        var mail = awaitMail(email, body -> body.contains(meeting + "\n") || body.endsWith(meeting));
        visit(delegate, linkIn(mail, meeting), 200);
        expect(delegate.locator("main h2").first()).hasText(title);
        button(delegate, t("networks.meeting.registration.self")).click();
        expect(delegate.locator("main")).containsText(t("networks.meeting.registration.selfRegistered", name));
        assertAccessible(delegate);
        expect(button(delegate, t("networks.meeting.registration.self"))).hasCount(0);
    }

    /** Step 3: Markdown minutes, previewed, saved and published; the delegate follows the mail and reads them. */
    private void publishAndReadTheMinutes(
            Page coordination, Page delegate, String email, String meeting, String title, String word)
            throws Exception {
        secrets.add(word);
        coordination
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t("networks.meeting.back", title)))
                .click();
        coordination.waitForURL(url -> url.endsWith(meeting));
        assertAccessible(coordination);
        coordination
                .getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(t("networks.meeting.minutes"))
                                .setExact(true))
                .click();
        coordination.waitForURL(url -> url.endsWith(meeting + "/protokoll"));
        assertAccessible(coordination);
        field(coordination, t("networks.meeting.minutes.text"))
                .fill("# Ergebnisse\n\nDas Treffen hat **" + word + "** beschlossen.\n\n- Arbeitsgruppe Schule\n");
        button(coordination, t("networks.meeting.minutes.showPreview")).click();
        expect(coordination.locator("main strong").first()).hasText(word);
        assertAccessible(coordination);
        button(coordination, t("shared.save")).click();
        notice(coordination, "networks.meeting.minutes.saved");
        assertAccessible(coordination);
        button(coordination, t("networks.meeting.minutes.publish")).click();
        notice(coordination, "networks.meeting.minutes.published");
        assertAccessible(coordination);
        areaPaths.add(meeting + "/protokoll");

        var mail = awaitMail(email, body -> body.contains(meeting + "/protokoll"));
        visit(delegate, linkIn(mail, meeting + "/protokoll"), 200);
        expect(delegate.locator("main strong")).hasText(word);
        expect(delegate.locator("main textarea")).hasCount(0);
    }

    /**
     * Step 4: the coordination writes a recommendation, adopts it at the meeting; the delegate reports what the
     * body did; the coordination's follow-up shows the body as reported.
     */
    private Adopted adoptAndReport(
            Page coordination,
            Page delegate,
            String meetingTitle,
            LocalDate start,
            LocalDate today,
            String title,
            String tag) {
        secrets.add(title);
        var meetingOption = meetingTitle + " (" + start + ")";
        tab(coordination, "networks.tab.recommendations");
        coordination
                .getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(t("networks.recommendations.new"))
                                .setExact(true))
                .click();
        coordination.waitForURL(url -> url.endsWith("/empfehlungen/neu"));
        assertAccessible(coordination);
        field(coordination, t("networks.recommendation.form.title")).fill(title);
        field(coordination, t("networks.recommendation.form.body"))
                .fill("Die Kommunen bieten **Sprechstunden** in den Stadtteilen an.");
        field(coordination, t("recommendations.topic")).fill("Teilhabe");
        field(coordination, t("recommendations.addressees")).fill("Kommunen");
        field(coordination, t("networks.recommendations.meeting"))
                .selectOption(new SelectOption().setLabel(meetingOption));
        button(coordination, t("shared.save")).click();
        coordination.waitForURL(Pattern.compile(".*/empfehlungen/[0-9a-f-]{36}$"));
        expect(coordination.locator("h1")).hasText(title);
        assertAccessible(coordination);
        var recommendation = path(coordination);

        field(coordination, t("networks.recommendation.status.target"))
                .selectOption(new SelectOption().setLabel(t("recommendations.status.ADOPTED")));
        field(coordination, t("recommendations.adoptedOn")).fill(today.toString());
        field(coordination, t("networks.recommendations.meeting"))
                .selectOption(new SelectOption().setLabel(meetingOption));
        button(coordination, t("networks.recommendation.status.submit")).click();
        expect(coordination.locator("main dl").first()).containsText(t("recommendations.status.ADOPTED"));
        expect(coordination.locator("main dl").first()).containsText(meetingTitle);
        assertAccessible(coordination);

        var report = "Erfurt bietet seit dem Frühjahr Sprechstunden in vier Stadtteilen an " + tag;
        secrets.add(report);
        tab(delegate, "networks.tab.recommendations");
        delegate.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                .first()
                .click();
        delegate.waitForURL(url -> url.endsWith(recommendation));
        expect(delegate.locator("main")).containsText(t("networks.recommendation.report.title", BODY));
        assertAccessible(delegate);
        field(delegate, t("networks.recommendation.report.on")).fill(today.toString());
        field(delegate, t("networks.recommendation.report.text")).fill(report);
        button(delegate, t("networks.recommendation.report.submit")).click();
        expect(delegate.locator("main")).containsText(report);
        assertAccessible(delegate);

        coordination
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t("networks.recommendations.back")))
                .click();
        coordination.waitForURL(url -> url.endsWith(AREA + "/empfehlungen"));
        assertAccessible(coordination);
        coordination
                .getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(t("networks.followUp.title"))
                                .setExact(true))
                .click();
        coordination.waitForURL(url -> url.endsWith("/empfehlungen/rueckmeldungen"));
        assertAccessible(coordination);
        var column = ((Number) coordination.evaluate(
                        "id => [...document.querySelectorAll('main table thead th')]"
                                + ".findIndex(th => [...th.querySelectorAll('a')].some(a => a.href.endsWith(id)))",
                        recommendation))
                .intValue();
        assertThat(column)
                .as("column of the new recommendation in the follow-up")
                .isPositive();
        var row = coordination
                .locator("main table tbody tr")
                .filter(new Locator.FilterOptions()
                        .setHas(coordination.getByRole(
                                AriaRole.ROWHEADER,
                                new Page.GetByRoleOptions().setName(BODY).setExact(true))));
        expect(row.locator("td").nth(column - 1)).hasText(t("networks.followUp.reported"));
        areaPaths.addAll(List.of(
                AREA + "/empfehlungen",
                recommendation,
                recommendation + "/bearbeiten",
                AREA + "/empfehlungen/rueckmeldungen"));
        return new Adopted(recommendation.substring(recommendation.lastIndexOf('/') + 1), title, report);
    }

    /** A recommendation adopted in the chain and the report of the delegate's body on it. */
    private record Adopted(String id, String title, String report) {}

    /** Step 5: the delegate writes and submits a practice example; the coordination (an editor) publishes it. */
    private String submitAndPublish(Page coordination, Page delegate, String title) {
        secrets.add(title);
        visit(delegate, AREA, 200);
        tab(delegate, "practiceoffice.list.title");
        delegate.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t("practiceoffice.list.new")))
                .click();
        delegate.waitForURL(url -> url.endsWith("/praxisbeispiele/neu"));
        assertAccessible(delegate);
        field(delegate, t("practiceoffice.field.title")).fill(title);
        field(delegate, t("practiceoffice.field.summary"))
                .fill("Bürgerinnen und Bürger mit Einwanderungsgeschichte beraten den Stadtrat.");
        field(delegate, t("practiceoffice.field.fieldOfWork"))
                .selectOption(new SelectOption().setLabel(t("practice.field.PARTICIPATION")));
        field(delegate, t("practice.target.NEWCOMERS")).check();
        field(delegate, t("practice.target.MIGRANT_ORGANISATIONS")).check();
        field(delegate, t("practiceoffice.field.goals")).fill("Mitsprache in der Stadtpolitik.");
        field(delegate, t("practiceoffice.field.approach")).fill("Ein Beirat trifft sich monatlich im Rathaus.");
        field(delegate, t("practiceoffice.field.resources")).fill("Eine halbe Stelle in der Verwaltung.");
        field(delegate, t("practiceoffice.field.fundingProgramme")).fill("Landesmittel");
        field(delegate, t("practiceoffice.field.results")).fill("Drei Anträge im ersten Jahr.");
        field(delegate, t("practiceoffice.field.lessonsLearned")).fill("Früh mit den Vereinen sprechen.");
        field(delegate, t("practiceoffice.field.transferability")).fill("Auf jede Stadt übertragbar.");
        field(delegate, t("practiceoffice.field.periodFrom")).fill("2024-01-01");
        field(delegate, t("practiceoffice.field.municipality")).fill(BODY);
        field(delegate, t("practiceoffice.field.links")).fill("https://www.erfurt.de");
        button(delegate, t("shared.save")).click();
        notice(delegate, "practiceoffice.notice.created");
        expect(delegate.locator("#status")).hasText(t("practice.status.DRAFT"));
        assertAccessible(delegate);
        var authoring = path(delegate);
        var exampleId = authoring.substring(authoring.lastIndexOf('/') + 1);
        button(delegate, t("practiceoffice.form.submit")).click();
        expect(delegate.locator("#status")).hasText(t("practice.status.SUBMITTED"));
        assertAccessible(delegate);

        tab(coordination, "practiceoffice.list.title");
        coordination
                .getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(t("practiceoffice.nav.review"))
                                .setExact(true))
                .click();
        coordination.waitForURL(url -> url.endsWith("/praxisbeispiele/pruefung"));
        assertAccessible(coordination);
        coordination
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                .click();
        coordination.waitForURL(url -> url.endsWith("/pruefung/" + exampleId));
        assertAccessible(coordination);
        var criteria = coordination
                .getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(t("practiceoffice.review.criteria")))
                .getByRole(AriaRole.CHECKBOX);
        assertThat(criteria.count()).as("the network's checklist").isPositive();
        for (var criterion : criteria.all()) {
            criterion.check();
        }
        field(coordination, t("practiceoffice.review.comment")).fill("Alle Kriterien erfüllt, gern veröffentlicht.");
        button(coordination, t("practiceoffice.review.publish")).click();
        notice(coordination, "practiceoffice.notice.published");
        expect(coordination.locator("#veroeffentlicht")).containsText(title);
        assertAccessible(coordination);
        areaPaths.addAll(List.of(
                AREA + "/praxisbeispiele",
                authoring,
                AREA + "/praxisbeispiele/pruefung",
                AREA + "/praxisbeispiele/pruefung/" + exampleId));
        return title;
    }

    /**
     * Step 5b and the public side: logged out on a phone, the example is found by field of work and Bundesland,
     * and the example page, the public recommendations (with the body's report) and the network profile read
     * in German and in Arabic, right to left, without sideways scrolling.
     */
    private void findItLoggedOut(String example, Adopted adopted) {
        var phone = newContext("de-DE", 390, 844).newPage();
        people.add(phone);
        for (var language : List.of(GERMAN, ARABIC)) {
            var lang = "?lang=" + language.getLanguage();
            visit(phone, "/praxisbeispiele" + lang, 200);
            fits(phone);
            facet(phone, language, "practice.library.facet.feld", "practice.field.PARTICIPATION");
            facet(phone, language, "practice.library.facet.land", "practice.library.state.TH");
            phone.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName(t(language, "practice.library.filter.apply"))
                                    .setExact(true))
                    .click();
            phone.waitForURL(url -> url.contains("land=TH") && url.contains("feld=PARTICIPATION"));
            assertAccessible(phone);
            fits(phone);
            phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(example))
                    .first()
                    .click();
            phone.waitForURL(url -> url.contains("/praxisbeispiele/") && !url.contains("feld="));
            expect(phone.locator("h1")).hasText(example);
            expect(phone.locator("main")).containsText(BODY);
            assertAccessible(phone);
            fits(phone);

            visit(phone, "/netzwerk/" + SLUG + "/empfehlungen" + lang, 200);
            expect(phone.locator("main")).containsText(adopted.title());
            fits(phone);
            visit(phone, "/netzwerk/" + SLUG + "/empfehlungen/" + adopted.id() + lang, 200);
            expect(phone.locator("main")).containsText(BODY);
            expect(phone.locator("main")).containsText(adopted.report());
            fits(phone);
            visit(phone, "/netzwerk/" + SLUG + lang, 200);
            expect(phone.locator("main")).containsText(BODY);
            fits(phone);
            expect(phone.locator("html")).hasAttribute("dir", language.equals(ARABIC) ? "rtl" : "ltr");
        }
    }

    /** Opens a facet of the library (a disclosure) and ticks one of its values, all by their visible names. */
    private void facet(Page phone, Locale language, String facetKey, String valueKey) {
        var box = phone.getByRole(
                AriaRole.CHECKBOX,
                new Page.GetByRoleOptions()
                        .setName(Pattern.compile("^" + quote(t(language, valueKey)) + " \\(\\d+\\)$")));
        if (!box.isVisible()) {
            phone.locator("summary", new Page.LocatorOptions().setHasText(t(language, facetKey)))
                    .click();
        }
        box.check();
    }

    /**
     * Step 6: the coordinator of the other network opens every address of the members' area used above, under
     * this network (not a member: 403) and under the own network with this network's ids (404), and reads
     * none of the names and titles made here.
     */
    private void theOtherNetworkIsRefused() {
        var other = newContext("de-DE").newPage();
        people.add(other);
        logIn(other, OTHER_COORDINATOR, DemoAccounts.PASSWORD);
        var meeting = areaPaths.stream()
                .filter(p -> p.matches(".*/treffen/[0-9a-f-]{36}$"))
                .findFirst()
                .orElseThrow();
        visit(other, meeting, 403);
        var refused = new ArrayList<String>();
        for (var path : areaPaths) {
            refused.add(path);
            if (path.matches(".*/[0-9a-f-]{36}(/.*)?$")) {
                refused.add(path.replace(AREA + "/", "/netzwerke/" + OTHER_SLUG + "/"));
            }
        }
        for (var path : refused) {
            var response = other.context().request().get(path);
            assertThat(response.status())
                    .as("status of " + path + " for the coordinator of another network")
                    .isIn(403, 404);
            var text = response.text();
            for (var secret : secrets) {
                assertThat(text).as(path + " must not show " + secret).doesNotContain(secret);
            }
        }
    }

    private void tab(Page target, String key) {
        var link = target.getByRole(
                        AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(t("networks.tab.sections")))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(t(key)).setExact(true));
        var href = link.getAttribute("href");
        link.click();
        target.waitForURL(url -> url.endsWith(href));
        assertAccessible(target);
    }

    /** A form field by its label, whether or not the label carries the "(optional)" mark. */
    private Locator field(Page target, String label) {
        return target.getByLabel(
                Pattern.compile("^\\s*" + quote(label) + "(\\s+" + quote(t("shared.form.optional")) + ")?\\s*$"));
    }

    /** Expects the confirmation {@code key} in exactly one status message, so a screen reader hears it once. */
    private void notice(Page target, String key) {
        expect(target.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(t(key))))
                .hasCount(1);
    }

    private static Locator button(Page target, String name) {
        return target.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String t(String key, Object... args) {
        return t(GERMAN, key, args);
    }

    private String t(Locale language, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, language);
    }

    /**
     * Escapes the regular-expression characters of {@code text}. Playwright hands patterns to the browser's
     * JavaScript, which does not understand the quoting of {@link Pattern#quote}.
     */
    private static String quote(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    private static String path(Page target) {
        var url = target.url();
        return url.substring(url.indexOf('/', url.indexOf("//") + 2));
    }

    /** The path of the first link in {@code body} whose path starts with {@code prefix}. */
    private static String linkIn(String body, String prefix) {
        var link =
                Pattern.compile("https?://[^/\\s]+(" + quote(prefix) + "\\S*)").matcher(body);
        assertThat(link.find()).as("a link to " + prefix + " in:\n" + body).isTrue();
        return link.group(1);
    }

    /** Waits for a mail to {@code recipient} whose plain text matches, and returns that text. */
    private static String awaitMail(String recipient, Predicate<String> matches) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : SMTP.getReceivedMessagesForDomain(recipient)) {
                if (message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)) {
                    var body = message.getContent()
                            .toString()
                            .replace("\r\n", "\n")
                            .strip();
                    if (matches.test(body)) {
                        return body;
                    }
                }
            }
            Thread.sleep(200);
        }
        return fail("no matching mail to " + recipient + " arrived within 20 s");
    }

    private static void fits(Page target) {
        assertThat((Boolean) target.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling at 390 px on " + target.url())
                .isTrue();
    }
}
