package de.mosaik.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.HtmlForm;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.registration.EventFixtures;
import de.mosaik.registration.domain.Applicant;
import de.mosaik.registration.domain.Registrar;
import de.mosaik.registration.domain.Source;
import de.mosaik.shared.web.SubmissionToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A form sent twice with the same submission token — a double click, a reload of the POST — has
 * one effect, and the second answer is the first one's redirect.
 */
class DoubleSubmitTests extends IntegrationTest {

    private static final Pattern POST_FORM = Pattern.compile(
            "<form\\b[^>]*method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    @Autowired
    IdentitySetup identity;

    @Autowired
    Registrar registrar;

    Fixtures fixtures;
    EventFixtures events;
    TestTenant tenant;
    WebSession staff;

    @BeforeEach
    void signInAsStaff() {
        fixtures = new Fixtures(jdbc, identity);
        events = new EventFixtures(jdbc);
        tenant = fixtures.newTenant();
        staff = new WebSession(port);
        staff.login(fixtures.newAccount(tenant, Role.TENANT_ADMIN), Fixtures.PASSWORD);
    }

    @Test
    void aDoubleClickOnSendMessageSendsTwelveMailsNotTwentyFour() throws Exception {
        var event = events.publishedEvent(tenant.id(), "Netzwerktreffen", EventFixtures.Rules.seats(20));
        for (int i = 0; i < 12; i++) {
            registrar.register(
                    tenant.id(),
                    event,
                    new Applicant(
                            "Person" + i,
                            "Muster",
                            Fixtures.unique("empfang") + "@example.org",
                            "",
                            null,
                            Map.of(),
                            "",
                            "de"),
                    Source.WEB,
                    UUID.randomUUID().toString());
        }
        var list = tenant.path("/veranstaltungen/" + event + "/anmeldungen");
        var subject = "Raumänderung " + UUID.randomUUID();
        var form = HtmlForm.of(staff.get(list + "/nachricht").body(), list + "/nachricht")
                .with("subject", subject)
                .with("text", "Wir treffen uns in Raum 204.");
        assertThat(form.fields().stream().filter(f -> f.getKey().equals("ids"))).hasSize(12);

        // Both clicks leave before either is answered, as with a double click.
        List<WebSession.Page> answers;
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = CompletableFuture.supplyAsync(() -> form.submit(staff), pool);
            var second = CompletableFuture.supplyAsync(() -> form.submit(staff), pool);
            answers = List.of(first.get(), second.get());
        } finally {
            pool.shutdown();
        }

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isEqualTo(302));
        assertThat(answers.get(1).target()).isEqualTo(answers.get(0).target());
        assertThat(mailsWithSubject(subject)).isEqualTo(12);
    }

    @Test
    void aDoubleClickOnCreateEventCreatesOneDraft() {
        var title = "Fachtag " + UUID.randomUUID();
        var form = HtmlForm.of(
                        staff.get(tenant.path("/veranstaltungen/neu")).body(), tenant.path("/veranstaltungen/neu"))
                .with("title", title);

        var first = form.submit(staff);
        var second = form.submit(staff);

        assertThat(first.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(302);
        assertThat(second.target()).isEqualTo(first.target());
        assertThat(eventsTitled(title)).isEqualTo(1);

        // A form opened anew is a new submission: creating a second event on purpose still works.
        var again = HtmlForm.of(
                        staff.get(tenant.path("/veranstaltungen/neu")).body(), tenant.path("/veranstaltungen/neu"))
                .with("title", title);
        assertThat(again.value(SubmissionToken.FIELD)).isNotEqualTo(form.value(SubmissionToken.FIELD));
        assertThat(again.submit(staff).status()).isEqualTo(302);
        assertThat(eventsTitled(title)).isEqualTo(2);
    }

    @Test
    void aFormShownAgainWithItsErrorsCanBeCorrectedAndSent() {
        var form = HtmlForm.of(
                staff.get(tenant.path("/veranstaltungen/neu")).body(), tenant.path("/veranstaltungen/neu"));

        var refused = form.with("title", "").submit(staff);
        assertThat(refused.status()).isEqualTo(200);

        // The same token again, now with a title: the refusal was no outcome to replay.
        var title = "Workshop " + UUID.randomUUID();
        assertThat(form.with("title", title).submit(staff).status()).isEqualTo(302);
        assertThat(eventsTitled(title)).isEqualTo(1);
    }

    @Test
    void twoFormsOnOnePageGetTwoTokens() {
        var event = events.publishedEvent(tenant.id(), "Workshop", EventFixtures.Rules.seats(1).withApproval());
        for (var name : List.of("Aylin", "Boris")) {
            registrar.register(
                    tenant.id(),
                    event,
                    new Applicant(name, "Muster", Fixtures.unique(name) + "@example.org", "", null, Map.of(), "", "de"),
                    Source.WEB,
                    UUID.randomUUID().toString());
        }
        var page = staff.get(tenant.path("/veranstaltungen/" + event + "/anmeldungen")).body();
        var tokens = Pattern.compile("name=\"" + SubmissionToken.FIELD + "\" value=\"([^\"]+)\"")
                .matcher(page)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(tokens).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates();
    }

    /**
     * Every POST form of every template carries the shared CSRF tag, and with it the submission
     * token: a new form without it fails here, before anyone can double-click it.
     */
    @Test
    void everyPostFormInTheTemplatesCarriesTheSubmissionToken() throws IOException {
        var missing = new ArrayList<String>();
        int forms = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                var matcher = POST_FORM.matcher(Files.readString(file));
                while (matcher.find()) {
                    forms++;
                    if (!matcher.group(1).contains("@template.tag.csrf(ctx = ctx)")) {
                        missing.add(file + ": " + matcher.group().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertThat(forms).isGreaterThan(50);
        assertThat(missing).isEmpty();
        var rendered = staff.get(tenant.path("/veranstaltungen/neu")).body();
        assertThat(rendered).containsPattern("name=\"" + SubmissionToken.FIELD + "\" value=\"[0-9a-f-]{36}\"");
    }

    private int mailsWithSubject(String subject) {
        return jdbc.sql("select count(*) from mail.outgoing_mail where tenant_id = ? and subject = ?")
                .params(tenant.id(), subject)
                .query(Integer.class)
                .single();
    }

    private int eventsTitled(String title) {
        return jdbc.sql("select count(*) from events.event where tenant_id = ? and title = ?")
                .params(tenant.id(), title)
                .query(Integer.class)
                .single();
    }
}
