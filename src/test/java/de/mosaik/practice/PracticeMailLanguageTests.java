package de.mosaik.practice;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.identity.Accounts;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.identity.Tenants;
import de.mosaik.networks.Networks;
import de.mosaik.organisations.Organisations;
import de.mosaik.practice.domain.ConfirmationReminder;
import de.mosaik.practice.domain.PracticeExampleService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The practice library's mails are in the language the author's account keeps (ADR 0016), whatever language the
 * example was written in: an English-speaking author hears of the review and the yearly question in English, a
 * German-speaking one in German.
 */
class PracticeMailLanguageTests extends IntegrationTest {

    @Autowired
    PracticeSetup practice;

    @Autowired
    PracticeExampleService examples;

    @Autowired
    ConfirmationReminder reminder;

    @Autowired
    IdentitySetup identity;

    @Autowired
    Accounts accounts;

    @Autowired
    Networks networks;

    @Autowired
    Organisations organisations;

    @Autowired
    Tenants tenants;

    @Test
    void theReviewIsMailedInTheAuthorsLanguage() throws Exception {
        var english = author("english", Locale.ENGLISH);
        var german = author("deutsch", Locale.GERMAN);
        review(english, "Sprachcafé");
        review(german, "Lesepaten");

        var toEnglish = Mails.awaitOne(SMTP, english.email());
        assertThat(toEnglish.getSubject()).isEqualTo("Published: Sprachcafé");
        assertThat(Mails.text(toEnglish)).startsWith("Hello,").contains("Well done.");
        var toGerman = Mails.awaitOne(SMTP, german.email());
        assertThat(toGerman.getSubject()).isEqualTo("Veröffentlicht: Lesepaten");
        assertThat(Mails.text(toGerman)).startsWith("Guten Tag,");
    }

    @Test
    void theYearlyQuestionIsAskedInTheAuthorsLanguageWithTheDateWrittenInIt() throws Exception {
        var english = author("confirm", Locale.ENGLISH);
        var id = practice.createExample(tenant(), english, draft("Elterncafé"));
        practice.submitExample(id);
        practice.publishExample(id, new Author(null, "Redaktion", "", "de"), List.of(), "");
        practice.backdate(id, Instant.now().minus(400, ChronoUnit.DAYS), LocalDate.of(2025, 4, 3));

        reminder.remind(LocalDate.now(ZoneId.of("Europe/Berlin")));
        var mail = Mails.awaitOne(SMTP, english.email());
        assertThat(mail.getSubject()).isEqualTo("Still current? Elterncafé");
        assertThat(Mails.text(mail)).contains("on April 3, 2025");
    }

    private void review(Author author, String title) {
        var id = practice.createExample(tenant(), author, draft(title));
        practice.submitExample(id);
        var example = examples.byId(id).orElseThrow();
        examples.review(
                example.networkId(),
                id,
                example.version(),
                new Author(null, "Redaktion", "", "de"),
                true,
                true,
                List.of(),
                "Well done.");
    }

    /** An author with an account that keeps {@code language}; the example itself is written in German. */
    private Author author(String name, Locale language) {
        var email = name + "-" + UUID.randomUUID() + "@practice-language.example";
        var account = identity.createAccountWithoutPassword(tenant(), email, name, Role.STAFF);
        accounts.changeLanguage(account, language);
        return new Author(account, name, email, "de");
    }

    private UUID tenant() {
        return tenants.bySlug("stadt-duisburg").orElseThrow().id();
    }

    private ExampleDraft draft(String title) {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var duisburg = organisations.ofTenant(tenant()).orElseThrow().id();
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
}
