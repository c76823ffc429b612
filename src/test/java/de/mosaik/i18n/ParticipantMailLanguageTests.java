package de.mosaik.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.registration.domain.Notice;
import de.mosaik.shared.i18n.UiLanguage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every mail a participant can get exists in every public language and is written in it: the
 * language's own bundle holds the text (no silent fall-back to German or English), and the rendered
 * text is in that language's script or carries its typical words.
 */
class ParticipantMailLanguageTests {

    private static final Path I18N = Path.of("src/main/resources/i18n");

    /** Subject and body keys of the mails to participants, besides the registration notices. */
    private static final List<String> OTHER_MAILS = List.of(
            "feedbackform.mail.subject",
            "feedbackform.mail.body",
            "feedbackform.mail.footer",
            "selfservice.mail.subject",
            "selfservice.mail.body",
            "verification.mail.subject",
            "verification.mail.body",
            "notifications.checkIn");

    /** Parts of every registration mail, shared by all notices. */
    private static final List<String> PARTS = List.of(
            "notifications.personalLink",
            "notifications.footer",
            "notifications.footer.phone",
            "notifications.footer.automatic",
            "notifications.online");

    /** A trait of each language that an untranslated text would lack. */
    private static final Map<UiLanguage, Pattern> LANGUAGE = Map.of(
            UiLanguage.DE,
                    Pattern.compile("[äöüßÄÖÜ]|\\b(Sie|Ihre?|und|Guten|Mit|Diese|online|Telefon|Ansprechperson)\\b"),
            UiLanguage.EINFACH,
                    Pattern.compile("[äöüßÄÖÜ]|\\b(Sie|Ihre?|und|Guten|Mit|Diese|online|Telefon|Ansprechperson)\\b"),
            UiLanguage.EN,
                    Pattern.compile(
                            "\\b(you|your|the|of|Hello|Kind|This|online|Phone|Contact)\\b", Pattern.CASE_INSENSITIVE),
            UiLanguage.AR, Pattern.compile("\\p{IsArabic}{3,}"),
            UiLanguage.UK, Pattern.compile("\\p{IsCyrillic}{3,}"),
            UiLanguage.TR, Pattern.compile("[çğıöşüİÇĞÖŞÜ]|\\b(Merhaba|Telefon|bir|ve)\\b"));

    private final ResourceBundleMessageSource messages = messageSource();

    @Test
    void everyParticipantMailIsInTheBundleOfEveryPublicLanguage() throws IOException {
        var problems = new ArrayList<String>();
        for (var language : UiLanguage.values()) {
            for (var key : allKeys()) {
                if (language == UiLanguage.DE) {
                    continue;
                }
                var own = ownBundle(key, language);
                // Einfache Sprache keeps the German text where plain German needs no other words:
                // the footer parts; subjects and bodies are written in it.
                boolean mustBeOwn = language != UiLanguage.EINFACH
                        || key.endsWith(".subject")
                        || key.endsWith(".body")
                        || key.equals("notifications.checkIn");
                if (mustBeOwn && !own.containsKey(key)) {
                    problems.add(key + " is missing in the " + language.code() + " bundle");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyParticipantMailRendersInItsLanguageAndNotInAnother() {
        var problems = new ArrayList<String>();
        for (var language : UiLanguage.values()) {
            for (var key : allKeys()) {
                var text = messages.getMessage(key, arguments(), language.locale());
                // Subjects are too short for a typical word; they are compared with English below.
                if (!key.endsWith(".subject")
                        && !LANGUAGE.get(language).matcher(text).find()) {
                    problems.add(
                            language.code() + " " + key + " does not read as " + language.nativeName() + ": " + text);
                }
                if (text.contains("{")) {
                    problems.add(language.code() + " " + key + " keeps a placeholder: " + text);
                }
                if (language != UiLanguage.EN
                        && (key.endsWith(".subject") || key.endsWith(".body"))
                        && text.equals(messages.getMessage(key, arguments(), UiLanguage.EN.locale()))) {
                    problems.add(language.code() + " " + key + " is the English text");
                }
                if (language == UiLanguage.EINFACH
                        && (key.endsWith(".subject") || key.endsWith(".body"))
                        && text.equals(messages.getMessage(key, arguments(), UiLanguage.DE.locale()))) {
                    problems.add("einfach " + key + " is the German text, not Einfache Sprache");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<String> allKeys() {
        var keys = new ArrayList<String>();
        for (var notice : Notice.values()) {
            keys.add(notice.key() + ".subject");
            keys.add(notice.key() + ".body");
        }
        keys.addAll(PARTS);
        keys.addAll(OTHER_MAILS);
        return keys;
    }

    private static Object[] arguments() {
        // {2} is a count in some mails (minutes the link is valid), text in others (the dates).
        return new Object[] {"Lina", "Fachtag", 60, "https://example.org/x", "info@example.org"};
    }

    private static Properties ownBundle(String key, UiLanguage language) throws IOException {
        var module = key.substring(0, key.indexOf('.'));
        var suffix = language == UiLanguage.EINFACH ? "de__einfach" : language.code();
        var file = I18N.resolve(module).resolve("messages_" + suffix + ".properties");
        var properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    /** All module bundles, resolved as the application resolves them. */
    static ResourceBundleMessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        try (Stream<Path> modules = Files.list(I18N)) {
            source.setBasenames(modules.filter(Files::isDirectory)
                    .map(m -> "i18n/" + m.getFileName() + "/messages")
                    .sorted()
                    .toArray(String[]::new));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(false);
        return source;
    }
}
