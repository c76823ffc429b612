package de.mosaik.events.domain;

import de.mosaik.events.TermKind;
import java.util.List;

/**
 * The vocabulary every tenant starts with, taken from the programmes of the integration centres.
 * The same list seeds the tenants that existed before (migration V10); keep both in step.
 */
final class DefaultTerms {

    record DefaultTerm(TermKind kind, String code, String name) {}

    static final List<DefaultTerm> ALL = List.of(
            new DefaultTerm(TermKind.FORMAT, "SCHULUNG", "Schulung"),
            new DefaultTerm(TermKind.FORMAT, "FORTBILDUNG", "Fortbildung"),
            new DefaultTerm(TermKind.FORMAT, "FACHTAG", "Fachtag"),
            new DefaultTerm(TermKind.FORMAT, "WORKSHOP", "Workshop"),
            new DefaultTerm(TermKind.FORMAT, "VORTRAG", "Vortrag"),
            new DefaultTerm(TermKind.TOPIC, "OEFFNUNG", "Migrationsgesellschaftliche Öffnung"),
            new DefaultTerm(TermKind.TOPIC, "DIVERSITAET", "Diversität"),
            new DefaultTerm(TermKind.TOPIC, "ANTIDISKRIMINIERUNG", "Antidiskriminierung"),
            new DefaultTerm(TermKind.TOPIC, "RASSISMUSKRITIK", "Rassismuskritik"),
            new DefaultTerm(TermKind.TOPIC, "SPRACHSENSIBILITAET", "Sprachsensible Schulentwicklung"),
            new DefaultTerm(TermKind.TOPIC, "NEUZUWANDERUNG", "Neuzuwanderung"),
            new DefaultTerm(TermKind.TOPIC, "DEMOGRAFIE", "Demografischer Wandel"),
            new DefaultTerm(TermKind.TOPIC, "GESUNDHEIT", "Gesundheit"),
            new DefaultTerm(TermKind.TOPIC, "INTERKULTURELL", "Interkulturelle Kompetenz"),
            new DefaultTerm(TermKind.TARGET_GROUP, "KREISVERWALTUNG", "Mitarbeiter*innen der Kreisverwaltung"),
            new DefaultTerm(
                    TermKind.TARGET_GROUP,
                    "INKLUSIONSASSISTENZ",
                    "Inklusionsassistent*innen / Integrationshelfer*innen"),
            new DefaultTerm(TermKind.TARGET_GROUP, "PAED_FACHKRAEFTE", "Pädagogische Fachkräfte"),
            new DefaultTerm(TermKind.TARGET_GROUP, "LEHRKRAEFTE", "Lehrkräfte"),
            new DefaultTerm(TermKind.TARGET_GROUP, "SCHULSOZIALARBEIT", "Schulsozialarbeiter*innen"),
            new DefaultTerm(TermKind.TARGET_GROUP, "KITA", "Kita-Fachkräfte"),
            new DefaultTerm(TermKind.TARGET_GROUP, "INTEGRATIONSBEAUFTRAGTE", "Integrationsbeauftragte"),
            new DefaultTerm(TermKind.TARGET_GROUP, "VERWALTUNG", "Verwaltungsmitarbeitende"),
            new DefaultTerm(TermKind.TARGET_GROUP, "EHRENAMT", "Ehrenamtliche"),
            new DefaultTerm(TermKind.TARGET_GROUP, "OEFFENTLICHKEIT", "Interessierte Öffentlichkeit"));

    private DefaultTerms() {}
}
