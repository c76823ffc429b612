package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.mosaik.Fixtures;
import de.mosaik.attendance.AttendanceFixtures;
import de.mosaik.attendance.CheckInPasses;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.registration.domain.RegistrationService;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A trainer takes attendance on a tablet: taps a status per row (saved at once through htmx), searches
 * the list, opens the room's code; a participant checks in with it on their phone, in German and Arabic.
 */
class AttendanceBrowserTest extends BrowserTest {

    @Autowired
    IdentitySetup identity;

    @Autowired
    RegistrationService registrar;

    @Autowired
    CheckInPasses passes;

    @Test
    void aTrainerTakesAttendanceOnATabletAndParticipantsCheckInThemselves() throws Exception {
        var fixtures = new Fixtures(jdbc, identity);
        var attendance = new AttendanceFixtures(jdbc, registrar);
        var tenant = fixtures.newTenant();
        jdbc.sql("update identity.tenant set active = true where id = ?")
                .param(tenant.id())
                .update();
        try {
            var trainer = fixtures.newAccount(tenant, Role.TRAINER);
            var event = attendance.event(
                    tenant, "Schulung Interkulturelle Kompetenz", Instant.now().minus(Duration.ofMinutes(20)));
            attendance.speaker(tenant, event, fixtures.accountId(trainer));
            var session = attendance.session(event);
            var amal = attendance.participant(tenant, event, "Amal", AttendanceFixtures.email("amal"));
            var berndEmail = AttendanceFixtures.email("bernd");
            var bernd = attendance.participant(tenant, event, "Bernd", berndEmail);
            var cora = attendance.participant(tenant, event, "Cora", AttendanceFixtures.email("cora"));
            var danaEmail = AttendanceFixtures.email("dana");
            var dana = attendance.participant(tenant, event, "Dana", danaEmail);

            context = newContext("de-DE", 810, 1080);
            page = context.newPage();
            logIn(page, trainer, Fixtures.PASSWORD);
            visit(tenant.path("/veranstaltungen/" + event + "/anwesenheit"));
            expect(page.locator("h1")).hasText("Anwesenheit: Schulung Interkulturelle Kompetenz");
            expect(page.locator(".attendance-row")).hasCount(4);

            var amalRow = page.locator("#row-" + amal);
            var present = amalRow.locator(
                    "label", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Anwesend"));
            var box = present.boundingBox();
            assertThat(box.height).as("touch target height").isGreaterThanOrEqualTo(44);
            assertThat(box.width).as("touch target width").isGreaterThanOrEqualTo(44);
            present.click();
            expect(page.locator("#row-" + amal + " .attendance-state")).containsText("Gespeichert.");
            expect(page.locator("#meldung[role=status]")).containsText("Amal Beispiel: Anwesend – gespeichert.");
            expect(page.locator("#zaehler .figure").first()).containsText("1");
            expect(page.locator("#row-" + amal + " input[value=ATTENDED]")).isChecked();
            assertThat(attendance.mark(session, amal)).isEqualTo("ATTENDED/LIST");
            assertAccessible(page);

            page.locator("#q").fill("bernd");
            expect(page.locator(".attendance-row")).hasCount(1);
            expect(page).hasURL(java.util.regex.Pattern.compile("q=bernd"));
            var berndRow = page.locator("#row-" + bernd);
            berndRow.locator("label", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Entschuldigt"))
                    .click();
            expect(page.locator("#row-" + bernd + " .attendance-state")).containsText("Gespeichert.");
            expect(page.locator("#meldung")).containsText("Bernd Beispiel: Entschuldigt – gespeichert.");
            // The note is folded while empty; the trainer opens it first.
            expect(page.locator("#note-" + bernd)).isHidden();
            page.locator("#row-" + bernd + " summary").click();
            page.locator("#note-" + bernd).fill("Zug ausgefallen");
            page.locator("#note-" + bernd).press("Tab");
            expect(page.locator("#row-" + bernd + " .attendance-state")).containsText("Gespeichert.");
            assertThat(attendance.mark(session, bernd)).isEqualTo("EXCUSED/LIST");
            assertAccessible(page);
            screenshot(page, "attendance-tablet");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Code zum Selbst-Einchecken im Raum"))
                    .click();
            assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Code öffnen"))
                    .click();
            expect(page.locator(".room-code__qr")).isVisible();
            assertAccessible(page);
            var code = jdbc.sql("select code from attendance.room_code where session_id = ?")
                    .param(session)
                    .query(String.class)
                    .single();
            expect(page.locator(".room-code__url")).containsText("/" + tenant.slug() + "/einchecken/" + code);

            // The trainer scans Cora's personal code: the card shows, one tap marks her present.
            var pass = passes.passFor(tenant.id(), cora).orElseThrow();
            visit(pass.url().replaceFirst("^https?://[^/]+", ""));
            expect(page.locator("#markierung")).containsText("Noch nicht erfasst");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Als anwesend erfassen"))
                    .click();
            expect(page.locator("[role=status]")).containsText("Die Person ist als anwesend erfasst.");
            expect(page.locator("#markierung")).containsText("Anwesend");
            assertAccessible(page);
            visit(tenant.path("/veranstaltungen/" + event + "/anwesenheit/protokoll"));
            expect(page.locator("tbody tr")).hasCount(4);

            var phone = newContext("de-DE", 390, 844).newPage();
            visit(phone, "/" + tenant.slug() + "/einchecken/" + code, 200);
            phone.locator("#email").fill(danaEmail);
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einchecken"))
                    .click();
            expect(phone.locator("#ergebnis")).containsText("Vielen Dank!");
            assertAccessible(phone);
            assertThat(attendance.mark(session, dana)).isEqualTo("ATTENDED/SELF");

            // The trainer excused Bernd: his own check-in does not override that.
            visit(phone, "/" + tenant.slug() + "/einchecken/" + code, 200);
            phone.locator("#email").fill(berndEmail);
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einchecken"))
                    .click();
            expect(phone.locator("#ergebnis")).containsText("Bitte sprechen Sie mit der Leitung");
            assertAccessible(phone);
            assertThat(attendance.mark(session, bernd)).isEqualTo("EXCUSED/LIST");

            visit(phone, "/" + tenant.slug() + "/einchecken/" + code + "?lang=ar", 200);
            expect(phone.locator("html")).hasAttribute("dir", "rtl");
            phone.locator("#email").fill("x");
            phone.locator("main form button[type=submit]").click();
            expect(phone.locator("#fehler")).isVisible();
            assertAccessible(phone);
            screenshot(phone, "self-check-in-ar");
        } finally {
            jdbc.sql("update identity.tenant set active = false where id = ?")
                    .param(tenant.id())
                    .update();
        }
    }
}
