package de.mosaik.events;

import java.util.List;
import java.util.Map;

/**
 * The codes of the built-in terms every tenant starts with. Their labels come from the catalogue
 * bundle ({@code catalogue.term.<KIND>.<CODE>}) in every public language; the catalogue across all
 * tenants filters by these codes because tenants share nothing else.
 */
public final class CatalogueVocabulary {

    public static final Map<TermKind, List<String>> BUILT_IN = Map.of(
            TermKind.FORMAT, List.of("SCHULUNG", "FORTBILDUNG", "FACHTAG", "WORKSHOP", "VORTRAG"),
            TermKind.TARGET_GROUP,
                    List.of(
                            "KREISVERWALTUNG",
                            "INKLUSIONSASSISTENZ",
                            "PAED_FACHKRAEFTE",
                            "LEHRKRAEFTE",
                            "SCHULSOZIALARBEIT",
                            "KITA",
                            "INTEGRATIONSBEAUFTRAGTE",
                            "VERWALTUNG",
                            "EHRENAMT",
                            "OEFFENTLICHKEIT"),
            TermKind.TOPIC,
                    List.of(
                            "OEFFNUNG",
                            "DIVERSITAET",
                            "ANTIDISKRIMINIERUNG",
                            "RASSISMUSKRITIK",
                            "SPRACHSENSIBILITAET",
                            "NEUZUWANDERUNG",
                            "DEMOGRAFIE",
                            "GESUNDHEIT",
                            "INTERKULTURELL"));

    /** Languages offered in the catalogue filter, as stored in {@code events.event.languages}. */
    public static final List<String> LANGUAGES = List.of("de", "en", "ar", "uk", "tr", "ru", "fa", "fr", "es", "pl");

    private CatalogueVocabulary() {}

    public static String messageKey(TermKind kind, String code) {
        return "catalogue.term." + kind.name() + "." + code;
    }

    /** The name of a language in the reader's language, from the JDK's locale data. */
    public static String languageName(String code, java.util.Locale reader) {
        var name = java.util.Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() ? code : name;
    }
}
