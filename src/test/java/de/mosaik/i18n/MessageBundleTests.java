package de.mosaik.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.events.CatalogueEntry;
import de.mosaik.events.CatalogueVocabulary;
import de.mosaik.events.EventStatus;
import de.mosaik.events.QuestionKind;
import de.mosaik.events.TermKind;
import de.mosaik.events.domain.EventAction;
import de.mosaik.events.domain.EventQuery;
import de.mosaik.identity.Role;
import de.mosaik.identity.TenantThemes;
import de.mosaik.mail.domain.OutboxMail;
import de.mosaik.registration.RegistrationStatus;
import de.mosaik.registration.domain.Notice;
import de.mosaik.registration.domain.ParticipantHistoryService;
import de.mosaik.registration.domain.Source;
import de.mosaik.reporting.ReportingKeys;
import de.mosaik.shared.i18n.UiLanguage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles are complete, in sync and well-formed, and every key the code asks for
 * exists.
 */
class MessageBundleTests {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final List<Path> CODE = List.of(Path.of("src/main/java"), Path.of("src/main/jte"));

    /**
     * The languages each module must be complete in, besides German (the base bundle). Public
     * modules are offered in every public language; back-office modules in German and English. A
     * new module folder must be added here.
     */
    private static final Map<String, Set<String>> REQUIRED_LOCALES = Map.ofEntries(
            Map.entry("shared", Set.of("en", "ar", "uk", "tr")),
            Map.entry("portal", Set.of("en", "ar", "uk", "tr")),
            Map.entry("identity", Set.of("en")),
            Map.entry("mail", Set.of("en")),
            // back office for events
            Map.entry("events", Set.of("en")),
            // public catalogue and the built-in vocabulary terms shown on it
            Map.entry("catalogue", Set.of("en", "ar", "uk", "tr")),
            // public registration form and personal registration page
            Map.entry("registration", Set.of("en", "ar", "uk", "tr")),
            // back office for participant lists
            Map.entry("participants", Set.of("en")),
            // mails to registrants, in every public language
            Map.entry("notifications", Set.of("en", "ar", "uk", "tr")),
            // trainer's attendance list, check-in card, sign-in sheet
            Map.entry("attendance", Set.of("en")),
            // participants' check-in pages and their QR code
            Map.entry("checkin", Set.of("en", "ar", "uk", "tr")),
            // staff's certificate pages, the certificate documents and their mails (German and English)
            Map.entry("certificates", Set.of("en")),
            // public verification of a certificate number
            Map.entry("verification", Set.of("en", "ar", "uk", "tr")),
            // staff's feedback questions and results
            Map.entry("feedback", Set.of("en")),
            // tenant administrators' consent to share figures and the platform's statistics
            Map.entry("figures", Set.of("en")),
            // the anonymous feedback form and its invitation
            Map.entry("feedbackform", Set.of("en", "ar", "uk", "tr")),
            // staff's programmes, modules and progress matrix
            Map.entry("programmes", Set.of("en")),
            // a participant's own programme progress
            Map.entry("progress", Set.of("en", "ar", "uk", "tr")),
            // staff's person pages: merges, erasure and the access export (German and English)
            Map.entry("persons", Set.of("en")),
            // a person's own record, reached by magic link
            Map.entry("selfservice", Set.of("en", "ar", "uk", "tr")),
            // data protection in the back office: access log
            Map.entry("privacy", Set.of("en")),
            // the tenant administrator's retention periods and archive offers
            Map.entry("retention", Set.of("en")),
            // the retention periods on the public privacy page
            Map.entry("retentionnotice", Set.of("en", "ar", "uk", "tr")),
            // staff's period reports, their exports and saved definitions
            Map.entry("reporting", Set.of("en")),
            // the translation work: overview, editor, languages, XLIFF and readability (back office)
            Map.entry("translation", Set.of("en")),
            // the public pages of a network's recommendations (the members' area is in networks)
            Map.entry("recommendations", Set.of("en", "ar", "uk", "tr")),
            // the practice library's shared vocabulary, shown on its public pages
            Map.entry("practice", Set.of("en", "ar", "uk", "tr")),
            // the practice library's back office: writing, review, confirmation, and its mails
            Map.entry("practiceoffice", Set.of("en")),
            // the public page behind the unsubscribe link of a network discussion mail
            Map.entry("unsubscribe", Set.of("en", "ar", "uk", "tr")),
            // networks' members' area and the organisations register (back office)
            Map.entry("networks", Set.of("en")),
            Map.entry("organisations", Set.of("en")),
            // a public network's profile ("who is in it")
            Map.entry("networkprofile", Set.of("en", "ar", "uk", "tr")));

    /**
     * Codes of what the access log records ({@code PersonalDataAccessLog}); each is named by the key
     * {@code privacy.audit.resource.<code>}. They look like message keys in the code but are none.
     */
    private static final List<String> ACCESS_LOG_RESOURCES = List.of(
            "registration.list",
            "registration.export",
            "attendance.list",
            "attendance.sheet",
            "attendance.checkin",
            "certificates.list",
            "certificates.download",
            "programmes.matrix",
            "programmes.export",
            "privacy.person",
            "privacy.export",
            "privacy.archive",
            "registration.participant",
            "privacy.persons");

    /** Einfache Sprache: optional, holds only the texts that differ from the German base. */
    private static final String EINFACH = "de__einfach";

    private static final List<String> ERROR_KINDS =
            List.of("not-found", "forbidden", "bad-request", "too-many", "unavailable", "database", "server");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u[0-9A-Fa-f]{4}");
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((shared|identity|portal|mail|events|catalogue|registration|participants|notifications)\\.[A-Za-z0-9_.-]+)\"");

    @Test
    void everyModuleFolderIsInTheTable() throws IOException {
        assertThat(moduleFolders())
                .as("module folders under %s; add a new one to REQUIRED_LOCALES", I18N)
                .containsExactlyInAnyOrderElementsOf(REQUIRED_LOCALES.keySet());
    }

    @Test
    void everyRequiredBundleExistsWithTheKeysOfTheBase() throws IOException {
        var problems = new ArrayList<String>();
        for (var module : moduleFolders()) {
            var base = bundleFile(module, null);
            if (!Files.isRegularFile(base)) {
                problems.add(base + " is missing");
                continue;
            }
            var baseKeys = load(base).keySet();
            for (var locale : REQUIRED_LOCALES.getOrDefault(module, Set.of())) {
                var file = bundleFile(module, locale);
                if (!Files.isRegularFile(file)) {
                    problems.add(file + " is missing");
                    continue;
                }
                var keys = load(file).keySet();
                difference(baseKeys, keys).forEach(k -> problems.add(file + ": missing key " + k));
                difference(keys, baseKeys).forEach(k -> problems.add(file + ": key not in the base bundle " + k));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noBundleOutsideTheTable() throws IOException {
        var problems = new ArrayList<String>();
        for (var module : moduleFolders()) {
            var allowed = new TreeSet<String>();
            allowed.add("messages.properties");
            allowed.add("messages_" + EINFACH + ".properties");
            REQUIRED_LOCALES.getOrDefault(module, Set.of()).forEach(l -> allowed.add("messages_" + l + ".properties"));
            for (var file : files(module)) {
                if (!allowed.contains(file.getFileName().toString())) {
                    problems.add(file + " is not checked; add its locale to REQUIRED_LOCALES");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void einfacheSpracheHoldsOnlyChangedTextsOfTheBase() throws IOException {
        var problems = new ArrayList<String>();
        for (var module : moduleFolders()) {
            var file = bundleFile(module, EINFACH);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            var base = load(bundleFile(module, null));
            load(file).forEach((key, text) -> {
                if (!base.containsKey(key)) {
                    problems.add(file + ": key not in the base bundle " + key);
                } else if (base.get(key).equals(text)) {
                    problems.add(file + ": same text as the base, remove it " + key);
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void filesAreCleanUtf8() throws IOException {
        var problems = new ArrayList<String>();
        for (var module : moduleFolders()) {
            for (var file : files(module)) {
                var bytes = Files.readAllBytes(file);
                if (bytes.length >= 3
                        && (bytes[0] & 0xFF) == 0xEF
                        && (bytes[1] & 0xFF) == 0xBB
                        && (bytes[2] & 0xFF) == 0xBF) {
                    problems.add(file + ": starts with a byte order mark");
                }
                String text;
                try {
                    text = strictUtf8(bytes);
                } catch (CharacterCodingException e) {
                    problems.add(file + ": not valid UTF-8 (" + e + ")");
                    continue;
                }
                var lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].indexOf('\uFFFD') >= 0) {
                        problems.add(file + ":" + (i + 1) + ": replacement character U+FFFD");
                    }
                    if (lines[i].indexOf('\uFEFF') >= 0) {
                        problems.add(file + ":" + (i + 1) + ": byte order mark U+FEFF");
                    }
                    if (UNICODE_ESCAPE.matcher(lines[i]).find()) {
                        problems.add(file + ":" + (i + 1) + ": \\u escape; write the character itself");
                    }
                }
                try {
                    parse(text, true);
                } catch (IllegalStateException e) {
                    problems.add(file + ": " + e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void translationsUseThePlaceholdersOfTheBase() throws IOException {
        var problems = new ArrayList<String>();
        for (var module : moduleFolders()) {
            var base = load(bundleFile(module, null));
            for (var file : files(module)) {
                load(file).forEach((key, text) -> {
                    var expected = placeholders(base.getOrDefault(key, ""));
                    var actual = placeholders(text);
                    if (base.containsKey(key) && !expected.equals(actual)) {
                        problems.add(file + ": " + key + " uses " + actual + " instead of " + expected);
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Texts with arguments go through {@link MessageFormat}, where a single apostrophe starts a
     * quoted section and swallows the rest; it must be written twice. Texts without arguments are
     * shown as they are, so there a doubled apostrophe would show twice.
     */
    @Test
    void apostrophesFollowTheMessageFormatRules() throws IOException {
        var problems = new ArrayList<String>();
        for (var module : moduleFolders()) {
            var base = load(bundleFile(module, null));
            for (var file : files(module)) {
                load(file).forEach((key, text) -> {
                    boolean withArguments = !placeholders(text).isEmpty()
                            || !placeholders(base.getOrDefault(key, "")).isEmpty();
                    if (withArguments) {
                        try {
                            new MessageFormat(text);
                        } catch (IllegalArgumentException e) {
                            problems.add(file + ": " + key + " is no valid MessageFormat pattern: " + e.getMessage());
                        }
                        if (hasLoneApostrophe(text)) {
                            problems.add(file + ": " + key + " has a single ' in a text with arguments; write ''");
                        }
                    } else if (text.contains("''")) {
                        problems.add(file + ": " + key + " has '' in a text without arguments; write '");
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void keysNamedInTheCodeExist() throws IOException {
        var bundles = baseBundles();
        var problems = new ArrayList<String>();
        for (var root : CODE) {
            try (Stream<Path> files = Files.walk(root)) {
                for (var file : files.filter(Files::isRegularFile).sorted().toList()) {
                    var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        var literals = KEY_LITERAL.matcher(lines.get(i));
                        while (literals.find()) {
                            var key = literals.group(1);
                            // A key ending in a dot is the stem of a key built at run time; see below.
                            if (key.endsWith(".")) {
                                continue;
                            }
                            if (ACCESS_LOG_RESOURCES.contains(key)) {
                                continue;
                            }
                            var module = literals.group(2);
                            if (!bundles.getOrDefault(module, Map.of()).containsKey(key)) {
                                problems.add(file + ":" + (i + 1) + ": " + key + " is not in i18n/" + module
                                        + "/messages.properties");
                            }
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void keysBuiltAtRunTimeExist() throws IOException {
        var expected = new ArrayList<String>();
        for (var key : ReportingKeys.BUILT_AT_RUN_TIME) {
            expected.add(key);
        }
        for (var role : Role.values()) {
            expected.add(role.messageKey());
            expected.add("portal.demo.role." + role.name());
        }
        for (var role : Role.tenantRoles()) {
            expected.add(role.messageKey() + ".plural");
            expected.add(role.messageKey() + ".hint");
        }
        for (var status : OutboxMail.Status.values()) {
            expected.add(status.messageKey());
        }
        for (var kind : ERROR_KINDS) {
            expected.add("shared.error." + kind + ".title");
            expected.add("shared.error." + kind + ".text");
        }
        for (var status : RegistrationStatus.values()) {
            expected.add(status.messageKey());
        }
        for (var notice : Notice.values()) {
            expected.add(notice.key() + ".subject");
            expected.add(notice.key() + ".body");
        }
        for (var source : Source.values()) {
            expected.add("participants.source." + source.name());
        }
        for (var change : ParticipantHistoryService.Change.KNOWN) {
            expected.add("participants.change." + change);
        }
        for (var column : List.of(
                "status",
                "waitlistPosition",
                "givenName",
                "familyName",
                "email",
                "institution",
                "targetGroup",
                "accessibilityNeeds",
                "consentVersion",
                "consentedAt",
                "source",
                "createdAt")) {
            expected.add("participants.export.column." + column);
        }
        for (var theme : TenantThemes.ALL) {
            expected.add("identity.theme." + theme);
        }
        for (var availability : CatalogueEntry.Availability.values()) {
            expected.add(availability.messageKey());
        }
        CatalogueVocabulary.BUILT_IN.forEach(
                (kind, codes) -> codes.forEach(code -> expected.add(CatalogueVocabulary.messageKey(kind, code))));
        for (var problem : List.of("not-found", "invalid-parameter")) {
            expected.add("catalogue.api.problem." + problem + ".title");
            expected.add("catalogue.api.problem." + problem + ".detail");
        }
        for (var status : EventStatus.values()) {
            expected.add(status.messageKey());
        }
        for (var action : EventAction.values()) {
            expected.add(action.messageKey());
            expected.add(action.changeKey());
        }
        for (var kind : TermKind.values()) {
            expected.add("events.term.kind." + kind.name());
        }
        for (var kind : QuestionKind.values()) {
            expected.add("events.question.kind." + kind.name());
        }
        for (var period : EventQuery.Period.values()) {
            expected.add("events.list.period." + period.name());
        }
        for (var order : EventQuery.Order.values()) {
            expected.add("events.list.order." + order.name());
        }
        for (var mark : List.of("ATTENDED", "EXCUSED", "ABSENT", "NONE", "UPCOMING")) {
            expected.add("selfservice.attendance." + mark);
        }
        for (var status : de.mosaik.attendance.AttendanceStatus.values()) {
            expected.add(status.messageKey());
        }
        for (var source : de.mosaik.attendance.MarkSource.values()) {
            expected.add(source.messageKey());
        }
        for (var status : de.mosaik.attendance.AttendanceStatus.values()) {
            expected.add("checkin.status." + status.name());
        }

        for (var kind : de.mosaik.shared.privacy.PersonalDataAccessLog.AccessKind.values()) {
            expected.add("privacy.audit.kind." + kind.name());
        }
        for (var resource : ACCESS_LOG_RESOURCES) {
            expected.add("privacy.audit.resource." + resource);
        }
        for (var decision : de.mosaik.privacy.domain.ArchiveDecision.values()) {
            expected.add(decision.messageKey());
            expected.add(decision.messageKey() + ".button");
        }
        for (var mark : List.of("ATTENDED", "EXCUSED", "ABSENT")) {
            expected.add("retention.archive.mark." + mark);
        }
        for (var field : List.of(
                "registrationMonths",
                "certificateRegisterYears",
                "feedbackTextMonths",
                "sentMailDays",
                "accessLogMonths",
                "archiveDecisionDays")) {
            expected.add("retention.error." + field);
        }

        for (var audience : de.mosaik.portal.OfferAudience.values()) {
            expected.add(audience.messageKey());
        }
        for (var way : de.mosaik.portal.Participation.values()) {
            expected.add(way.messageKey());
            expected.add("portal.participation.admin." + way.name());
        }
        for (var status : de.mosaik.portal.domain.OfferStatus.values()) {
            expected.add("portal.offer.status." + status.name());
        }
        for (var kind : de.mosaik.portal.ContactKind.values()) {
            expected.add("portal.contact.kind." + kind.name());
        }

        var bundles = baseBundles();
        assertThat(expected)
                .filteredOn(key -> !bundles.getOrDefault(key.substring(0, key.indexOf('.')), Map.of())
                        .containsKey(key))
                .as("keys missing in the base bundles")
                .isEmpty();
    }

    /** Resolved as the application does: Einfache Sprache falls back to German, not to English. */
    @Test
    void einfacheSpracheFallsBackToGerman() throws IOException {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/shared/messages", "i18n/portal/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        var einfach = UiLanguage.EINFACH.locale();

        assertThat(source.getMessage("shared.error.server.title", null, einfach))
                .isEqualTo(load(bundleFile("shared", EINFACH)).get("shared.error.server.title"));
        assertThat(source.getMessage("shared.save", null, einfach)).isEqualTo("Speichern");
        assertThat(source.getMessage("portal.logo.alt", new Object[] {"Kreis Düren"}, UiLanguage.AR.locale()))
                .isEqualTo("شعار: Kreis Düren");
    }

    @Test
    void detectsLoneApostrophes() {
        assertThat(hasLoneApostrophe("Mosaik''e {0}")).isFalse();
        assertThat(hasLoneApostrophe("Mosaik'e {0}")).isTrue();
        assertThat(hasLoneApostrophe("ends with '")).isTrue();
        assertThat(placeholders("{0} und {1,number} und {0}")).containsExactly(0, 1);
    }

    private static boolean hasLoneApostrophe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<Integer> placeholders(String text) {
        var found = new TreeSet<Integer>();
        var matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static List<String> moduleFolders() throws IOException {
        try (Stream<Path> folders = Files.list(I18N)) {
            return folders.filter(Files::isDirectory)
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> files(String module) throws IOException {
        try (Stream<Path> files = Files.list(I18N.resolve(module))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Path bundleFile(String module, String locale) {
        return I18N.resolve(module)
                .resolve(locale == null ? "messages.properties" : "messages_" + locale + ".properties");
    }

    private static Map<String, Map<String, String>> baseBundles() throws IOException {
        var bundles = new LinkedHashMap<String, Map<String, String>>();
        for (var module : moduleFolders()) {
            bundles.put(module, load(bundleFile(module, null)));
        }
        return bundles;
    }

    /**
     * The entries of a bundle. Encoding errors and duplicate keys are reported by {@link
     * #filesAreCleanUtf8()}; here they do not stop the other checks.
     */
    private static Map<String, String> load(Path file) throws IOException {
        return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), false);
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** Parses like {@link Properties}; strictly, it refuses a key that occurs twice (the later would win silently). */
    private static Map<String, String> parse(String text, boolean strict) {
        var entries = new LinkedHashMap<String, String>();
        var properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (entries.put((String) key, (String) value) != null && strict) {
                    throw new IllegalStateException("duplicate key " + key);
                }
                return super.put(key, value);
            }
        };
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(entries);
    }
}
