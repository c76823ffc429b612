package de.mosaik.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What each demo tenant offers: its places, speakers, the institutions its participants come from, and its events. */
record DemoEventCatalogue(
        List<DemoVenue> venues,
        List<DemoSpeaker> speakers,
        List<DemoInstitution> institutions,
        List<DemoEvent> events) {

    /** The key under which events name the tenant's own trainer (the demo account {@code referentin@…}). */
    static final String TRAINER = "trainer";

    record DemoVenue(
            String key,
            String name,
            String street,
            String postalCode,
            String city,
            String room,
            String directions,
            boolean inductionLoop,
            String accessibilityNotes) {}

    /** An external expert; the tenant's own trainer is added from the demo account. */
    record DemoSpeaker(String key, String name, String organisation, String bio, boolean publishConsent) {}

    /**
     * Where participants work and which target group they belong to; {@code domain} null means people
     * who register privately (with an example.org address).
     */
    record DemoInstitution(String name, @Nullable String domain, List<String> targetGroups) {}

    static DemoEventCatalogue forTenant(String slug) {
        return switch (slug) {
            case "kreis-dueren" -> DemoProgrammeDueren.catalogue();
            case "stadt-duisburg" -> DemoProgrammeDuisburg.catalogue();
            case "kreis-recklinghausen" -> DemoProgrammeRecklinghausen.catalogue();
            default -> new DemoEventCatalogue(List.of(), List.of(), List.of(), List.of());
        };
    }

    /** A consent text that names the purpose and how long the data is kept. */
    static String consentText(String centreName, String title) {
        return """
                Ich willige ein, dass „%s“ meine Angaben (Name, E-Mail-Adresse, Einrichtung, Zielgruppe und \
                Antworten auf die Fragen) verarbeitet, um meine Anmeldung zur Veranstaltung „%s“ zu bearbeiten, \
                mich über die Veranstaltung zu informieren und eine Teilnahmeliste zu führen. Anonym ausgewertet \
                dienen die Angaben auch der Statistik des Integrationszentrums. Meine Daten werden zwölf Monate \
                nach der Veranstaltung gelöscht. Ich kann meine Einwilligung jederzeit über meinen persönlichen \
                Link oder per E-Mail widerrufen.""".formatted(centreName, title);
    }
}
