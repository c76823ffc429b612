package de.mosaik.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.registration.domain.Applicant;
import de.mosaik.registration.domain.RegistrationRefused;
import de.mosaik.registration.domain.RegistrationService;
import de.mosaik.registration.domain.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seats are decided in PostgreSQL: many simultaneous registrations never take more seats than
 * there are, the waitlist gets the rest in order, and neither an e-mail address nor a form
 * submission counts twice.
 */
class SeatAllocationTests extends IntegrationTest {

    @Autowired
    RegistrationService registrar;

    @Autowired
    IdentitySetup identity;

    EventFixtures events;
    UUID tenant;

    @BeforeEach
    void tenant() {
        events = new EventFixtures(jdbc);
        tenant = new Fixtures(jdbc, identity).newTenant().id();
    }

    @Test
    void twoHundredSimultaneousRegistrationsForFiftySeats() throws Exception {
        var event = events.publishedEvent(
                tenant, "Fachtag Rassismus gegen Sinti*zze und Rom*nja", EventFixtures.Rules.seats(50));

        var outcomes = concurrently(
                200,
                i -> registrar.register(
                        tenant, event, applicant("person" + i + "@example.org"), Source.WEB, "key-" + i));

        assertThat(outcomes)
                .hasSize(200)
                .allSatisfy(o -> assertThat(o.repeated()).isFalse());
        assertThat(count(event, "CONFIRMED")).isEqualTo(50);
        assertThat(count(event, "WAITLISTED")).isEqualTo(150);
        assertThat(events.seatsTaken(event)).isEqualTo(50);
        assertThat(events.waitlistCount(event)).isEqualTo(150);
        var positions = jdbc.sql("""
                        select count(*) over (order by waitlist_seq) from registration.registration
                        where event_id = ? and status = 'WAITLISTED' order by waitlist_seq
                        """).param(event).query(Integer.class).list();
        assertThat(new HashSet<>(positions)).hasSize(150);
        var waitlistedPositions = outcomes.stream()
                .filter(o -> o.registration().waitlistPosition() != null)
                .map(o -> o.registration().waitlistPosition())
                .toList();
        assertThat(new HashSet<>(waitlistedPositions))
                .as("each waitlisted person told a distinct place")
                .hasSize(150);
        assertThat(jdbc.sql("select count(distinct email_normalized) from registration.registration where event_id = ?")
                        .param(event)
                        .query(Integer.class)
                        .single())
                .isEqualTo(200);
    }

    @Test
    void theSameFormSubmittedTenTimesAtOnceRegistersOnce() throws Exception {
        var event = events.publishedEvent(tenant, "Schulung Öffnung", EventFixtures.Rules.seats(5));

        var outcomes = concurrently(
                10,
                i -> registrar.register(tenant, event, applicant("doppelklick@example.org"), Source.WEB, "same-key"));

        assertThat(outcomes.stream().map(o -> o.registration().id()).distinct()).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !o.repeated())).hasSize(1);
        assertThat(events.seatsTaken(event)).isEqualTo(1);
    }

    @Test
    void oneEmailAddressHoldsOneRegistrationPerEvent() throws Exception {
        var event = events.publishedEvent(tenant, "Workshop Sprachsensibilität", EventFixtures.Rules.seats(5));

        var results = concurrently(10, i -> {
            try {
                return registrar.register(tenant, event, applicant("Lehrerin@Example.org"), Source.WEB, "k" + i);
            } catch (RegistrationRefused refused) {
                return refused.reason();
            }
        });

        assertThat(results.stream().filter(r -> r instanceof RegistrationService.Outcome))
                .hasSize(1);
        assertThat(results.stream().filter(r -> r == RegistrationRefused.Reason.DUPLICATE))
                .hasSize(9);
        assertThat(events.seatsTaken(event)).isEqualTo(1);
        assertThatThrownBy(() ->
                        registrar.register(tenant, event, applicant("lehrerin@example.org "), Source.WEB, "another"))
                .isInstanceOf(RegistrationRefused.class);
    }

    @Test
    void unlimitedEventsNeverWaitlist() throws Exception {
        var event = events.publishedEvent(
                tenant, "Festvortrag Einwanderung und Zusammenhalt", EventFixtures.Rules.seats(null));

        concurrently(
                30,
                i -> registrar.register(tenant, event, applicant("gast" + i + "@example.org"), Source.WEB, "g" + i));

        assertThat(count(event, "CONFIRMED")).isEqualTo(30);
        assertThat(events.waitlistCount(event)).isZero();
    }

    @Test
    void closedOrUnknownEventsRefuse() {
        var event = events.publishedEvent(tenant, "Geschlossen", EventFixtures.Rules.seats(5));
        jdbc.sql("update events.event set status = 'REGISTRATION_CLOSED' where id = ?")
                .param(event)
                .update();

        assertThatThrownBy(() -> registrar.register(tenant, event, applicant("a@example.org"), Source.WEB, "x"))
                .extracting(e -> ((RegistrationRefused) e).reason())
                .isEqualTo(RegistrationRefused.Reason.CLOSED);
        assertThatThrownBy(() ->
                        registrar.register(tenant, UUID.randomUUID(), applicant("a@example.org"), Source.WEB, "y"))
                .extracting(e -> ((RegistrationRefused) e).reason())
                .isEqualTo(RegistrationRefused.Reason.NOT_FOUND);
        var otherTenant = new Fixtures(jdbc, identity).newTenant().id();
        assertThatThrownBy(() -> registrar.register(otherTenant, event, applicant("a@example.org"), Source.WEB, "z"))
                .extracting(e -> ((RegistrationRefused) e).reason())
                .isEqualTo(RegistrationRefused.Reason.NOT_FOUND);
        assertThat(registrar
                        .register(tenant, event, applicant("staff@example.org"), Source.STAFF, "s")
                        .registration()
                        .status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void requiredAnswersAreChecked() {
        var event = events.publishedEvent(
                tenant, "Mit Fragen", EventFixtures.Rules.seats(5).asking("Ihre Schule"));

        assertThatThrownBy(() -> registrar.register(tenant, event, applicant("q@example.org"), Source.API, "q"))
                .extracting(e -> ((RegistrationRefused) e).reason())
                .isEqualTo(RegistrationRefused.Reason.INVALID_ANSWERS);
        assertThat(events.seatsTaken(event)).isZero();
    }

    static Applicant applicant(String email) {
        return new Applicant("Aylin", "Yılmaz", email, "Gesamtschule Düren", null, Map.of(), "", "de");
    }

    private int count(UUID event, String status) {
        return jdbc.sql("select count(*) from registration.registration where event_id = ? and status = ?")
                .params(event, status)
                .query(Integer.class)
                .single();
    }

    interface Attempt<T> {
        T run(int i) throws Exception;
    }

    /** Runs {@code n} attempts released at the same instant from {@code n} threads. */
    static <T> List<T> concurrently(int n, Attempt<T> attempt) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(Math.min(n, 64));
        try {
            var futures = new ArrayList<Future<T>>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> task = () -> {
                    start.await();
                    return attempt.run(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
