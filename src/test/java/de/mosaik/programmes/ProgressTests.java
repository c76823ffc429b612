package de.mosaik.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.programmes.domain.BuildingBlockDetails;
import de.mosaik.programmes.domain.PersonProgress;
import de.mosaik.programmes.domain.ProgrammeCertificateService;
import de.mosaik.programmes.domain.ProgrammeDetails;
import de.mosaik.programmes.domain.ProgrammeService;
import de.mosaik.programmes.domain.ProgressService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A person's progress is followed across events by e-mail address, counting only full, confirmed attendance. */
class ProgressTests extends IntegrationTest {

    @Autowired
    IdentitySetup identity;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    ProgressService progress;

    @Autowired
    ProgrammeCompletions completions;

    @Autowired
    ProgrammeCertificateService programmeCertificates;

    TestTenant tenant;
    ProgrammeFixtures fixtures;
    UUID programme;
    UUID grundlagen;
    UUID konflikt;
    UUID festvortrag;
    UUID workshop;
    UUID fortbildung;
    UUID vortrag;
    UUID longAgo;

    @BeforeEach
    void programmeWithThreeBuildingBlocks() {
        tenant = new Fixtures(jdbc, identity).newTenant();
        fixtures = new ProgrammeFixtures(jdbc);
        var now = Instant.now();
        var today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        workshop = fixtures.event(tenant.id(), "Workshop Grundlagen", now.minus(Duration.ofDays(60)), 1);
        fortbildung = fixtures.event(tenant.id(), "Fortbildung Konflikte", now.minus(Duration.ofDays(50)), 2);
        vortrag = fixtures.event(tenant.id(), "Festvortrag", now.minus(Duration.ofDays(20)), 1);
        longAgo = fixtures.event(tenant.id(), "Workshop Grundlagen 2024", now.minus(Duration.ofDays(500)), 1);
        programme = programmes.create(
                tenant.id(),
                new ProgrammeDetails("Fortbildung Kommunale Integrationsarbeit", "", today.minusDays(365), today, 1));
        grundlagen = programmes
                .addBuildingBlock(tenant.id(), programme, new BuildingBlockDetails("Grundlagen", "", true, null))
                .orElseThrow();
        konflikt = programmes
                .addBuildingBlock(
                        tenant.id(), programme, new BuildingBlockDetails("Kommunikation in Konflikten", "", true, null))
                .orElseThrow();
        festvortrag = programmes
                .addBuildingBlock(
                        tenant.id(),
                        programme,
                        new BuildingBlockDetails("Festvortrag", "", false, new BigDecimal("1.5")))
                .orElseThrow();
        assertThat(programmes.assignEvent(tenant.id(), programme, grundlagen, workshop))
                .isTrue();
        assertThat(programmes.assignEvent(tenant.id(), programme, grundlagen, longAgo))
                .isTrue();
        assertThat(programmes.assignEvent(tenant.id(), programme, konflikt, fortbildung))
                .isTrue();
        assertThat(programmes.assignEvent(tenant.id(), programme, festvortrag, vortrag))
                .isTrue();
    }

    @Test
    void registrationsWithTheSameAddressInAnyCaseCountAsOnePerson() {
        fixtures.attended(fixtures.register(tenant.id(), workshop, "Amira", "Amira.Yilmaz@Example.org", "CONFIRMED"));
        fixtures.attended(
                fixtures.register(tenant.id(), fortbildung, "Amira", "amira.yilmaz@example.org", "CONFIRMED"));
        fixtures.attended(
                fixtures.register(tenant.id(), vortrag, "Amira Nur", "AMIRA.YILMAZ@example.org", "CONFIRMED"));

        var matrix = progress.matrix(tenant.id(), programme).orElseThrow();

        assertThat(matrix.rows()).hasSize(1);
        var amira = matrix.rows().get(0);
        assertThat(amira.name()).as("the name of the latest registration").isEqualTo("Amira Nur Muster");
        assertThat(amira.complete()).isTrue();
        assertThat(amira.fulfilledCount()).isEqualTo(3);

        var completed = completions.completedParticipants(tenant.id(), programme);
        assertThat(completed).hasSize(1);
        var lines = completed.get(0).buildingBlocks();
        assertThat(lines)
                .extracting(BuildingBlockLine::buildingBlockTitle)
                .containsExactly("Grundlagen", "Kommunikation in Konflikten", "Festvortrag");
        assertThat(lines.get(0).hours()).isEqualByComparingTo("6");
        assertThat(lines.get(1).eventDates())
                .as("both sessions of the Fortbildung")
                .hasSize(2);
        assertThat(lines.get(1).hours()).isEqualByComparingTo("9");
        assertThat(lines.get(2).hours()).as("the building block's own hours").isEqualByComparingTo("1.5");
        assertThat(completed.get(0).email()).isEqualTo("AMIRA.YILMAZ@example.org");
    }

    @Test
    void whoCompletedGetsOneProgrammeCertificateByMail() {
        var address = "programm-" + UUID.randomUUID() + "@example.org";
        var oksana = fixtures.register(tenant.id(), workshop, "Oksana", address, "CONFIRMED");
        fixtures.attended(oksana);
        fixtures.attended(fixtures.register(tenant.id(), fortbildung, "Oksana", address, "CONFIRMED"));
        fixtures.attended(fixtures.register(tenant.id(), vortrag, "Oksana", address, "CONFIRMED"));
        var halb = fixtures.register(
                tenant.id(), workshop, "Halb", "halb-" + UUID.randomUUID() + "@example.org", "CONFIRMED");
        fixtures.attended(halb);

        assertThat(programmeCertificates.issueToAllWhoCompleted(tenant.id(), programme, null, "Test"))
                .isEqualTo(1);
        assertThat(programmeCertificates.issueToAllWhoCompleted(tenant.id(), programme, null, "Test"))
                .as("issuing again skips who already holds one")
                .isZero();

        var issued = programmeCertificates.issued(tenant.id(), programme);
        assertThat(issued).containsOnlyKeys(address);
        var mail = Mails.awaitOne(SMTP, address);
        assertThat(Mails.attachments(mail)).singleElement().asString().endsWith(".pdf");
        assertThat(Mails.text(mail)).contains(issued.get(address).number());

        jdbc.sql("update identity.tenant set active = true where id = ?")
                .param(tenant.id())
                .update();
        var page = "/" + tenant.slug() + "/anmeldung/" + ProgrammeFixtures.token(oksana) + "/programm/" + programme;
        var visitor = new WebSession(port);
        assertThat(visitor.get(page).body()).contains("Programmbescheinigung herunterladen");
        var pdf = visitor.get(page + "/bescheinigung.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        var halbPage = "/" + tenant.slug() + "/anmeldung/" + ProgrammeFixtures.token(halb) + "/programm/" + programme;
        assertThat(visitor.get(halbPage + "/bescheinigung.pdf").status())
                .as("only who holds one downloads it")
                .isEqualTo(404);
    }

    @Test
    void unconfirmedAndCancelledRegistrationsDoNotCount() {
        var cancelled = fixtures.register(tenant.id(), workshop, "Bernd", "bernd@example.org", "CANCELLED");
        fixtures.attended(cancelled);
        var pending = fixtures.register(tenant.id(), fortbildung, "Bernd", "bernd@example.org", "PENDING_CONFIRMATION");
        fixtures.attended(pending);
        fixtures.attended(fixtures.register(tenant.id(), vortrag, "Bernd", "bernd@example.org", "CONFIRMED"));

        var bernd = person("bernd@example.org");

        assertThat(bernd.decision().fulfilledBy()).containsOnlyKeys(festvortrag);
        assertThat(bernd.complete()).isFalse();
        assertThat(bernd.missingRequired()).extracting(m -> m.id()).containsExactly(grundlagen, konflikt);
    }

    @Test
    void anEventCertificateCountsWhereTheEventsRuleAskedLessThanEverySession() {
        var partly = fixtures.register(tenant.id(), fortbildung, "Lina", "lina@example.org", "CONFIRMED");
        fixtures.mark(partly, "ATTENDED", 0);
        fixtures.mark(partly, "EXCUSED", 1);
        assertThat(person("lina@example.org").fulfilledCount()).isZero();

        var certificate = certificateFor(partly);
        assertThat(person("lina@example.org").fulfilledCount()).isEqualTo(1);

        jdbc.sql("update certificates.certificate set revoked_at = now(), revoked_reason = 'Test' where id = ?")
                .param(certificate)
                .update();
        assertThat(person("lina@example.org").fulfilledCount())
                .as("a revoked certificate counts no more")
                .isZero();
    }

    @Test
    void thePersonIsNamedAfterAConfirmedRegistrationOnly() {
        fixtures.attended(fixtures.register(tenant.id(), workshop, "Amira", "amira.k@example.org", "CONFIRMED"));
        fixtures.register(tenant.id(), vortrag, "Jemand Anderes", "amira.k@example.org", "PENDING_CONFIRMATION");

        assertThat(person("amira.k@example.org").name())
                .as("someone who typed the address cannot rename its owner")
                .isEqualTo("Amira Muster");
    }

    @Test
    void onlyAttendanceAtEverySessionCounts() {
        var partly = fixtures.register(tenant.id(), fortbildung, "Cem", "cem@example.org", "CONFIRMED");
        fixtures.mark(partly, "ATTENDED", 0);
        fixtures.mark(partly, "EXCUSED", 1);
        var absent = fixtures.register(tenant.id(), workshop, "Cem", "cem@example.org", "CONFIRMED");
        fixtures.mark(absent, "ABSENT", 0);

        var cem = person("cem@example.org");

        assertThat(cem.fulfilledCount()).isZero();
        assertThat(completions.completedParticipants(tenant.id(), programme)).isEmpty();
    }

    @Test
    void attendanceOutsideThePeriodDoesNotCount() {
        fixtures.attended(fixtures.register(tenant.id(), longAgo, "Dana", "dana@example.org", "CONFIRMED"));

        assertThat(person("dana@example.org").decision().fulfilled(grundlagen)).isFalse();

        fixtures.attended(fixtures.register(tenant.id(), workshop, "Dana", "dana@example.org", "CONFIRMED"));

        var dana = person("dana@example.org");
        assertThat(dana.decision().fulfilledBy()).containsEntry(grundlagen, workshop);
    }

    @Test
    void anotherTenantsRegistrationsWithTheSameAddressDoNotCount() {
        var other = new Fixtures(jdbc, identity).newTenant();
        var foreignEvent =
                fixtures.event(other.id(), "Workshop anderswo", Instant.now().minus(Duration.ofDays(30)), 1);
        fixtures.attended(fixtures.register(other.id(), foreignEvent, "Emil", "emil@example.org", "CONFIRMED"));
        // Even an assignment forced into the table would not make another tenant's attendance count here.
        assertThat(programmes.assignEvent(tenant.id(), programme, grundlagen, foreignEvent))
                .isFalse();

        assertThat(progress.matrix(tenant.id(), programme).orElseThrow().rows()).isEmpty();
        assertThat(progress.matrix(other.id(), programme)).isEmpty();
    }

    @Test
    void theEventsOfABuildingBlockLeadToTheirProgrammes() {
        var directory = (ProgrammeDirectory) progress;

        assertThat(directory.containing(tenant.id(), workshop))
                .extracting(ProgrammeDirectory.ProgrammeLink::id)
                .containsExactly(programme);
        assertThat(directory.containing(UUID.randomUUID(), workshop)).isEmpty();
    }

    private PersonProgress person(String email) {
        return progress.of(tenant.id(), programme, email).orElseThrow().person();
    }

    private UUID certificateFor(UUID registration) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into certificates.certificate (id, tenant_id, number, kind, event_id, registration_id,
                            holder_name, holder_email, holder_email_normalized, locale, content, issued_by_name)
                        select ?, r.tenant_id, ?, 'EVENT', r.event_id, r.id, r.given_name, r.email, r.email_normalized,
                            'de', '{}'::jsonb, 'Test'
                        from registration.registration r where r.id = ?
                        """)
                .params(id, "MSK-TEST-" + id.toString().substring(0, 8), registration)
                .update();
        return id;
    }
}
