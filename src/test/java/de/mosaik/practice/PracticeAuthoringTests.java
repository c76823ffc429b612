package de.mosaik.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.MockLogin;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.identity.Tenants;
import de.mosaik.networks.Networks;
import de.mosaik.organisations.Organisations;
import de.mosaik.practice.domain.ConfirmationReminder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Writing and reviewing practice examples through the pages: tenants and networks keep to their own examples,
 * only editors decide, a stale form is refused with what was typed, and the yearly question is mailed once.
 */
class PracticeAuthoringTests extends IntegrationTest {

    private static final String DUISBURG = "/verwaltung/stadt-duisburg/praxisbeispiele";
    private static final String CIRCLE = "/netzwerke/qualitaetszirkel/praxisbeispiele";
    private static final String COUNTY = "/netzwerke/netzwerk-kreis-recklinghausen/praxisbeispiele";

    @Autowired
    WebApplicationContext context;

    @Autowired
    PracticeSetup practice;

    @Autowired
    Tenants tenants;

    @Autowired
    Networks networks;

    @Autowired
    Organisations organisations;

    @Autowired
    ConfirmationReminder reminder;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockLogin.mvc(context);
    }

    @Test
    void staffOfAnotherTenantGetNothingOfAnExample() throws Exception {
        var duerens = exampleOf("kreis-dueren");
        var staff = login("team@stadt-duisburg.demo");
        assertThat(answer(get(DUISBURG + "/" + duerens), staff).getStatus()).isEqualTo(404);
        assertThat(answer(post(DUISBURG + "/" + duerens).param("title", "Übernommen"), staff)
                        .getStatus())
                .isEqualTo(404);
        assertThat(answer(post(DUISBURG + "/" + duerens + "/einreichen").param("version", "0"), staff)
                        .getStatus())
                .isEqualTo(404);
        var own = answer(get(DUISBURG), staff).getContentAsString();
        assertThat(own).doesNotContain(duerens.toString()).contains("Rucksack KiTa");
    }

    @Test
    void aMemberOfAnotherNetworkCannotReview() throws Exception {
        var submitted = submittedExample();
        // the coordinator of the Recklinghausen network is no member of the Qualitätszirkel
        var stranger = login("leitung@kreis-recklinghausen.demo");
        assertThat(answer(get(CIRCLE + "/pruefung"), stranger).getStatus()).isEqualTo(403);
        assertThat(answer(get(CIRCLE + "/pruefung/" + submitted), stranger).getStatus())
                .isEqualTo(403);
        // in their own network the Qualitätszirkel's example does not exist
        assertThat(answer(get(COUNTY + "/pruefung/" + submitted), stranger).getStatus())
                .isEqualTo(404);
        assertThat(answer(
                                post(COUNTY + "/pruefung/" + submitted)
                                        .param("decision", "publish")
                                        .param("version", "1"),
                                stranger)
                        .getStatus())
                .isEqualTo(404);
        assertThat(status(submitted)).isEqualTo("SUBMITTED");
    }

    @Test
    void publishingNeedsAnEditor() throws Exception {
        var authorEmail = "autorin-" + UUID.randomUUID() + "@example.org";
        var submitted = practice.createExample(
                tenant("stadt-duisburg"),
                new Author(null, "Autorin", authorEmail, "de"),
                draft("Zur Veröffentlichung"));
        practice.submitExample(submitted);
        var delegate = login(DemoAccounts.NETWORK_DELEGATE);
        assertThat(answer(get(CIRCLE + "/pruefung/" + submitted), delegate).getStatus())
                .isEqualTo(403);
        var refused = answer(
                post(CIRCLE + "/pruefung/" + submitted)
                        .param("decision", "publish")
                        .param("version", "1"),
                delegate);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(status(submitted)).isEqualTo("SUBMITTED");

        var editor = login(DemoAccounts.NETWORK_COORDINATOR);
        var published = answer(
                post(CIRCLE + "/pruefung/" + submitted)
                        .param("decision", "publish")
                        .param("version", "1")
                        .param("comment", "Gut übertragbar."),
                editor);
        assertThat(published.getStatus()).isEqualTo(302);
        assertThat(status(submitted)).isEqualTo("PUBLISHED");
        var mail = Mails.awaitOne(SMTP, authorEmail);
        assertThat(mail.getSubject()).isEqualTo("Veröffentlicht: Zur Veröffentlichung");
        assertThat(Mails.text(mail)).contains("Gut übertragbar.").contains(DUISBURG + "/" + submitted);
        assertThat(jdbc.sql("select published_at is not null from practice.example where id = ?")
                        .param(submitted)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aStaleFormIsRefusedAndKeepsWhatWasTyped() throws Exception {
        var id = practice.createExample(tenant("stadt-duisburg"), author("stale"), draft("Versionsprobe"));
        var staff = login("team@stadt-duisburg.demo");
        var first = answer(form(DUISBURG + "/" + id, "Erste Fassung", 0), staff);
        assertThat(first.getStatus()).isEqualTo(302);
        var second = answer(form(DUISBURG + "/" + id, "Zweite Fassung aus altem Formular", 0), staff);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentAsString())
                .contains("Jemand anderes hat das Praxisbeispiel inzwischen geändert")
                .contains("Zweite Fassung aus altem Formular");
        assertThat(jdbc.sql("select title from practice.example where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Erste Fassung");
        // the history names the change
        assertThat(jdbc.sql("select count(*) from practice.example_version where example_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        var page = answer(get(DUISBURG + "/" + id), staff).getContentAsString();
        assertThat(page).contains("Versionen").contains("Titel");
    }

    @Test
    void badInputNamesTheFieldsAndKeepsTheText() throws Exception {
        var staff = login("team@stadt-duisburg.demo");
        var answer = answer(
                post(DUISBURG + "/neu")
                        .param("title", "Probe mit Fehlern")
                        .param("links", "javascript:alert(1)")
                        .param("periodFrom", "2024-13-40")
                        .param("municipality", "Gibt es nicht")
                        .param("version", "0"),
                staff);
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString())
                .contains("Probe mit Fehlern")
                .contains("Wählen Sie das Netzwerk")
                .contains("Jeder Link muss eine Webadresse sein")
                .contains("Diese Kommune steht nicht im Register");
    }

    @Test
    void theYearlyQuestionIsMailedOnceAndConfirmed() throws Exception {
        var email = "bestaetigung-" + UUID.randomUUID() + "@example.org";
        var id = practice.createExample(
                tenant("stadt-duisburg"), new Author(null, "Probe Person", email, "en"), draft("Noch aktuell?"));
        practice.submitExample(id);
        practice.publishExample(id, author("editor"), List.of(), "");
        practice.backdate(id, Instant.now().minus(400, ChronoUnit.DAYS), null);

        var today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        assertThat(reminder.remind(today)).isGreaterThanOrEqualTo(1);
        var mail = Mails.awaitOne(SMTP, email);
        assertThat(mail.getSubject()).isEqualTo("Still current? Noch aktuell?");
        assertThat(Mails.text(mail)).contains(DUISBURG + "/" + id + "/bestaetigen");
        reminder.remind(today);
        Thread.sleep(1500);
        assertThat(Mails.to(SMTP, email)).hasSize(1);

        var staff = login("team@stadt-duisburg.demo");
        assertThat(answer(get(DUISBURG + "/" + id + "/bestaetigen"), staff).getStatus())
                .isEqualTo(200);
        assertThat(answer(post(DUISBURG + "/" + id + "/bestaetigen"), staff).getStatus())
                .isEqualTo(302);
        assertThat(jdbc.sql("select confirmed_on from practice.example where id = ?")
                        .param(id)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(today);
    }

    private MockHttpServletRequestBuilder form(String path, String title, int version) {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        return post(path)
                .param("network", circle.toString())
                .param("title", title)
                .param("summary", "Kurz")
                .param("fieldOfWork", "SCHOOL")
                .param("targetGroups", "CHILDREN")
                .param("municipality", "Stadt Duisburg")
                .param("links", "https://example.org")
                .param("version", Integer.toString(version));
    }

    private UUID submittedExample() {
        var id = practice.createExample(tenant("stadt-duisburg"), author("submitted"), draft("Zur Prüfung"));
        practice.submitExample(id);
        return id;
    }

    private ExampleDraft draft(String title) {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var duisburg =
                organisations.ofTenant(tenant("stadt-duisburg")).orElseThrow().id();
        return new ExampleDraft(
                circle,
                title,
                "Kurz",
                "SCHOOL",
                List.of("CHILDREN"),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                null,
                null,
                duisburg,
                "",
                "",
                false,
                "");
    }

    private static Author author(String name) {
        return new Author(null, "Probe " + name, "", "de");
    }

    private UUID tenant(String slug) {
        return tenants.bySlug(slug).orElseThrow().id();
    }

    private UUID exampleOf(String slug) {
        return jdbc.sql("select id from practice.example where tenant_id = ? order by created_at limit 1")
                .param(tenant(slug))
                .query(UUID.class)
                .single();
    }

    private String status(UUID id) {
        return jdbc.sql("select status from practice.example where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        return mvc.perform(request.session(session).with(csrf())).andReturn().getResponse();
    }

    private MockHttpSession login(String email) {
        return MockLogin.login(mvc, email, DemoAccounts.PASSWORD);
    }
}
