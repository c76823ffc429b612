package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.demo.DemoAccounts;
import de.mosaik.networks.MeetingSetup;
import de.mosaik.networks.MeetingSetup.NewMeeting;
import de.mosaik.networks.Networks;
import de.mosaik.shared.text.BerlinTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A network meeting end to end: the coordination sends the invitation, the delegate of München registers on the
 * meeting page (also shown in Arabic), the coordination writes and publishes the minutes, and the delegate reads
 * them. Every page is checked with axe.
 */
class NetworkMeetingBrowserTest extends BrowserTest {

    @Autowired
    Networks networks;

    @Autowired
    MeetingSetup meetings;

    @Test
    void theCoordinationInvitesTheDelegateRegistersAndReadsThePublishedMinutes() {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var start = LocalDate.now(BerlinTime.ZONE).plusMonths(4);
        var title = "Browsertreffen " + UUID.randomUUID().toString().substring(0, 8);
        // Hosted by Kreis Düren, whose tenant runs the registrations in a closed event.
        var host = networks.members(circle).stream()
                .filter(m -> m.name().equals("Kreis Düren"))
                .findFirst()
                .orElseThrow()
                .memberId();
        var meeting = meetings.createMeeting(
                circle, new NewMeeting(title, host, start, start.plusDays(1), "Rathaus", "Marktplatz 1", ""));
        var session = meetings.addSession(meeting, start, LocalTime.of(13, 0), LocalTime.of(18, 0), "Tag 1");
        meetings.addAgendaItem(session, LocalTime.of(13, 0), "Begrüßung", "Koordination");
        var base = "/netzwerke/qualitaetszirkel/treffen/" + meeting;

        context = newContext("de-DE");
        page = context.newPage();
        logIn(DemoAccounts.NETWORK_COORDINATOR);
        visit(base + "/einladungen");
        page.locator("main form[action$='/einladungen'] button[type=submit]").click();
        page.waitForURL(url -> url.endsWith("/einladungen"));
        assertAccessible(page);
        expect(page.locator("main")).containsText("Die Einladungen sind versandt");

        var delegate = newContext("de-DE").newPage();
        logIn(delegate, DemoAccounts.NETWORK_DELEGATE, DemoAccounts.PASSWORD);
        visit(delegate, base, 200);
        expect(delegate.locator("main")).containsText("Begrüßung");
        delegate.locator("main button:has-text('Mich anmelden')").click();
        delegate.waitForURL(url -> url.endsWith(base));
        assertAccessible(delegate);
        expect(delegate.locator("main")).containsText("Die Anmeldung ist eingegangen");
        expect(delegate.locator("main")).containsText("Angemeldet: Tobias Lang");

        var arabic = newContext("ar").newPage();
        logIn(arabic, DemoAccounts.NETWORK_DELEGATE, DemoAccounts.PASSWORD);
        visit(arabic, base, 200);

        visit(base + "/protokoll");
        page.locator("#minutesText").fill("# Ergebnisse\n\nDas Treffen hat **drei Empfehlungen** vorbereitet.");
        page.locator("main button[name=preview]").click();
        assertAccessible(page);
        expect(page.locator("main")).containsText("Vorschau");
        page.locator("main form[action$='/protokoll'] button:not([name])").click();
        page.waitForURL(url -> url.endsWith("/protokoll"));
        expect(page.locator("main")).containsText("Das Protokoll ist gespeichert");
        assertAccessible(page);
        page.locator("main form[action$='/veroeffentlichen'] button[type=submit]")
                .click();
        page.waitForURL(url -> url.endsWith("/protokoll"));
        assertAccessible(page);
        expect(page.locator("main")).containsText("Das Protokoll ist veröffentlicht");

        visit(delegate, base + "/protokoll", 200);
        expect(delegate.locator("main strong")).hasText("drei Empfehlungen");
        assertThat(delegate.locator("main textarea").count()).isZero();
    }
}
