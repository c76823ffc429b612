package de.mosaik.events;

import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small programme in two demo tenants that the catalogue, calendar and API tests share. Every
 * event of Kreis Düren carries {@link #topic}, so a filter on it sees only these events whatever
 * else the demo data holds.
 */
public final class CatalogueScenario {

    public final CatalogueFixtures dueren;
    public final CatalogueFixtures duisburg;
    public final String word;
    public final UUID topic;
    public final UUID schulung;
    public final UUID fachtag;
    public final UUID teachers;
    public final UUID volunteers;
    public final UUID venue;
    /** In 7 days, on site, full, German, with the unique word in its title. */
    public final UUID full;
    /** In 21 days, online, unlimited, German and English. */
    public final UUID online;
    /** Ended yesterday. */
    public final UUID past;

    public final UUID draft;
    public final UUID cancelled;
    /** In 60 and 61 days, on site and online, 17 of 20 seats free, Turkish, with speakers and a question. */
    public final UUID mixed;

    public final UUID otherTenants;
    public final String onlineUrl = "https://meet.example.org/geheim-" + UUID.randomUUID();

    public CatalogueScenario(JdbcClient jdbc, UUID duerenId, UUID duisburgId) {
        dueren = new CatalogueFixtures(jdbc, duerenId);
        duisburg = new CatalogueFixtures(jdbc, duisburgId);
        word = dueren.word();
        topic = dueren.term(TermKind.TOPIC, "Testthema", null);
        schulung = dueren.term(TermKind.FORMAT, "Schulung", "SCHULUNG");
        fachtag = dueren.term(TermKind.FORMAT, "Fachtag", null);
        teachers = dueren.term(TermKind.TARGET_GROUP, "Lehrkräfte", "LEHRKRAEFTE");
        volunteers = dueren.term(TermKind.TARGET_GROUP, "Ehrenamtliche", null);
        venue = dueren.venue("Kreishaus", true);
        full = dueren.event("Rassismuskritische Schulung " + word, schulung)
                .topics(topic)
                .targetGroups(teachers)
                .seats(10, 10, 2)
                .onSite(Duration.ofDays(7), 6, venue)
                .insert();
        online = dueren.event("Online-Werkstatt Sprachbildung", fachtag)
                .topics(topic)
                .targetGroups(volunteers)
                .languages("de", "en")
                .online(Duration.ofDays(21), 2, onlineUrl)
                .insert();
        past = dueren.event("Vergangener Fachtag", fachtag)
                .topics(topic)
                .onSite(Duration.ofDays(-1).minusHours(5), 3, venue)
                .insert();
        draft = dueren.event("Entwurf " + word, schulung)
                .status("DRAFT")
                .topics(topic)
                .onSite(Duration.ofDays(9), 3, venue)
                .insert();
        cancelled = dueren.event("Abgesagte Schulung", schulung)
                .status("CANCELLED")
                .onSite(Duration.ofDays(12), 3, venue)
                .insert();
        mixed = dueren.event("Fachtag Vielfalt </script><script>alert(1)</script>", schulung)
                .topics(topic)
                .targetGroups(teachers, volunteers)
                .languages("tr")
                .seats(20, 3, 0)
                .onSite(Duration.ofDays(60), 7, venue)
                .online(Duration.ofDays(61), 2, onlineUrl)
                .speaker("Dr. Ada Öffentlich", true)
                .speaker("Bert Verborgen", false)
                .withQuestion()
                .insert();
        var otherTopic = duisburg.term(TermKind.TOPIC, "Testthema", null);
        var otherFormat = duisburg.term(TermKind.FORMAT, "Schulung", "SCHULUNG");
        var otherVenue = duisburg.venue("Rathaus", false);
        otherTenants = duisburg.event("Duisburger Schulung " + word, otherFormat)
                .topics(otherTopic)
                .onSite(Duration.ofDays(8), 3, otherVenue)
                .insert();
    }

    /** The stored name of the target group "Ehrenamtliche", as the filter form offers it. */
    public String volunteersName() {
        return dueren.named("Ehrenamtliche");
    }

    public void cleanUp() {
        dueren.cleanUp();
        duisburg.cleanUp();
    }
}
