package de.mosaik.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.shared.i18n.UiLanguage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Counted messages go through a choice pattern ({@code {0,choice,0#…|1#…|1<…}}), so that nobody
 * reads "Es fehlen 1 Wahlbausteine". A German text that puts a number before a noun is counted and
 * must choose its form, or say why not below; every counted message renders for 0, 1, 2 and 5 in
 * every language, and in German and English 1 and 5 take different forms.
 */
class CountedMessageTests {

    private static final Path I18N = Path.of("src/main/resources/i18n");

    /** A placeholder followed by a capitalised word: in German, a number before a noun. */
    private static final Pattern NUMBER_BEFORE_NOUN =
            Pattern.compile("\\{(\\d)(,number(,[^}]*)?)?}[ \\u00A0]+([A-ZÄÖÜ][\\p{L}]*)");

    /** Any placeholder, also one nested in a choice: the highest tells how many arguments to pass. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)[,}]");

    /** Nouns whose singular and plural are the same, or units written as abbreviations. */
    private static final Set<String> SAME_IN_SINGULAR = Set.of("Zeichen", "Uhr", "Std", "Pflicht");

    /**
     * Texts with a number before a noun that need no choice, and why. Keep it short: a new counted
     * text belongs in a choice pattern.
     */
    private static final Map<String, String> NOT_COUNTED = Map.ofEntries(
            // Fixed defaults and bounds of the retention periods, never 1: "Üblich: 24 Monate",
            // "von 1 bis 120 Monaten". The form passes them as written numbers.
            Map.entry("retention.registrationMonths.hint", "default, more than one"),
            Map.entry("retention.certificateRegisterYears.hint", "default, more than one"),
            Map.entry("retention.feedbackTextMonths.hint", "default, more than one"),
            Map.entry("retention.sentMailDays.hint", "default, more than one"),
            Map.entry("retention.accessLogMonths.hint", "default, more than one"),
            Map.entry("retention.archiveDecisionDays.hint", "default, more than one"),
            Map.entry("retention.error.registrationMonths", "upper bound, more than one"),
            Map.entry("retention.error.certificateRegisterYears", "upper bound, more than one"),
            Map.entry("retention.error.feedbackTextMonths", "upper bound, more than one"),
            Map.entry("retention.error.sentMailDays", "upper bound, more than one"),
            Map.entry("retention.error.accessLogMonths", "upper bound, more than one"),
            Map.entry("retention.error.archiveDecisionDays", "upper bound, more than one"),
            // Mails to staff with fixed validity periods of several days or minutes.
            Map.entry("identity.mail.invitation.body", "fixed validity, more than one day"),
            Map.entry("identity.mail.reset.body", "fixed validity, more than one minute"));

    private final ResourceBundleMessageSource messages = ParticipantMailLanguageTests.messageSource();

    @Test
    void aNumberBeforeANounIsAlwaysAChoice() throws IOException {
        var problems = new ArrayList<String>();
        germanTexts().forEach((key, text) -> {
            var matcher = NUMBER_BEFORE_NOUN.matcher(text);
            while (matcher.find()) {
                var argument = matcher.group(1);
                if (SAME_IN_SINGULAR.contains(matcher.group(4)) || NOT_COUNTED.containsKey(key)) {
                    continue;
                }
                if (!text.contains("{" + argument + ",choice,")) {
                    problems.add(key + ": {" + argument + "} counts „" + matcher.group(4)
                            + "“; write {" + argument + ",choice,0#…|1#…|1<…} or a label („…: {"
                            + argument + "}“)");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCountedMessageRendersForZeroOneTwoAndFiveInEveryLanguage() throws IOException {
        var counted = countedKeys();
        assertThat(counted).as("counted messages found").hasSizeGreaterThan(30);
        var problems = new ArrayList<String>();
        for (var key : counted) {
            for (var language : UiLanguage.values()) {
                for (int n : new int[] {0, 1, 2, 5}) {
                    try {
                        var text = render(key, n, language.locale());
                        if (text.contains("{") || text.contains("}")) {
                            problems.add(language.code() + " " + key + " (" + n + ") keeps a brace: " + text);
                        }
                    } catch (RuntimeException e) {
                        problems.add(language.code() + " " + key + " (" + n + ") fails: " + e);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** "1 Wahlbaustein" but "5 Wahlbausteine": the text for 1 is not the text for 5 with 1 put in. */
    @Test
    void germanAndEnglishTakeTheSingularForOneAndThePluralForFive() throws IOException {
        var problems = new ArrayList<String>();
        for (var key : countedKeys()) {
            for (var language : List.of(UiLanguage.DE, UiLanguage.EN)) {
                var one = render(key, 1, language.locale());
                var five = render(key, 5, language.locale());
                if (one.equals(five.replace('5', '1'))) {
                    problems.add(language.code() + " " + key + " reads the same for 1 and 5: " + one);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theRulesCatchTheOldMistakes() {
        assertThat(NUMBER_BEFORE_NOUN.matcher("Es fehlen {0} Wahlbausteine").find())
                .isTrue();
        assertThat(NUMBER_BEFORE_NOUN
                        .matcher("Ihre {0,number,integer} Anmeldungen")
                        .find())
                .isTrue();
        assertThat(NUMBER_BEFORE_NOUN.matcher("Wahlbausteine: {0}").find()).isFalse();
        assertThat(render("progress.state.optionalMissing", 1, Locale.GERMAN))
                .isEqualTo("Es fehlt noch 1 Wahlbaustein.");
        assertThat(render("progress.state.optionalMissing", 5, Locale.GERMAN))
                .isEqualTo("Es fehlen noch 5 Wahlbausteine.");
    }

    /** Every key whose German text chooses by a number. */
    private static List<String> countedKeys() throws IOException {
        return germanTexts().entrySet().stream()
                .filter(e -> e.getValue().contains(",choice,"))
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Renders with {@code n} for every number and choice argument, a date for date arguments and
     * {@code n} as text elsewhere (names, titles, links).
     */
    private String render(String key, int n, Locale locale) {
        var pattern = messages.getMessage(key, null, locale);
        Format[] formats = new MessageFormat(pattern, locale).getFormatsByArgumentIndex();
        var german = new MessageFormat(messages.getMessage(key, null, Locale.GERMAN), Locale.GERMAN);
        Format[] germanFormats = german.getFormatsByArgumentIndex();
        var count = Math.max(Math.max(formats.length, germanFormats.length), highestPlaceholder(pattern) + 1);
        var arguments = new Object[count];
        for (int i = 0; i < count; i++) {
            var format = i < formats.length && formats[i] != null
                    ? formats[i]
                    : (i < germanFormats.length ? germanFormats[i] : null);
            arguments[i] = format instanceof DateFormat ? new Date(0) : format == null ? String.valueOf(n) : n;
            if (format == null && usesChoiceSomewhere(key, i)) {
                arguments[i] = n;
            }
        }
        return messages.getMessage(key, arguments, locale);
    }

    private static int highestPlaceholder(String pattern) {
        var matcher = PLACEHOLDER.matcher(pattern);
        int highest = -1;
        while (matcher.find()) {
            highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
        }
        return highest;
    }

    /** An argument counted in another language's text must be a number in all of them. */
    private boolean usesChoiceSomewhere(String key, int argument) {
        for (var language : UiLanguage.values()) {
            var formats = new MessageFormat(messages.getMessage(key, null, language.locale()), language.locale())
                    .getFormatsByArgumentIndex();
            if (argument < formats.length && formats[argument] instanceof ChoiceFormat) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> germanTexts() throws IOException {
        var texts = new TreeMap<String, String>();
        try (Stream<Path> modules = Files.list(I18N)) {
            for (var module : modules.filter(Files::isDirectory).sorted().toList()) {
                var properties = new Properties();
                try (Reader reader =
                        Files.newBufferedReader(module.resolve("messages.properties"), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((k, v) -> texts.put((String) k, (String) v));
            }
        }
        return texts;
    }
}
