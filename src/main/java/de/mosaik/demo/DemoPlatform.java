package de.mosaik.demo;

import de.mosaik.identity.PlatformProfile;

/** The operator of the demo installation and the legal texts of its start page. */
final class DemoPlatform {

    private DemoPlatform() {}

    /** For the first save, whose optimistic lock expects the untouched row (version 0). */
    static PlatformProfile profile() {
        return new PlatformProfile(
                "Kommunales Rechenzentrum Musterland (Demo)", "betrieb@mosaik.demo", """
                ## Betreiberin

                Kommunales Rechenzentrum Musterland (Demo)
                Musterstraße 1, 12345 Musterstadt

                Dies ist eine **Demo-Installation** von Mosaik; Namen und Kontaktdaten sind erfunden. Für die
                Seiten der einzelnen Integrationszentren gilt deren eigenes Impressum.
                """, """
                ## Verantwortliche Stelle

                Kommunales Rechenzentrum Musterland (Demo).

                ## Welche Daten wir verarbeiten

                Beim Aufruf dieser Seite verarbeiten wir nur die technisch nötigen Daten (IP-Adresse, Zeitpunkt,
                aufgerufene Seite) für den sicheren Betrieb. Ein Cookie speichert nur die gewählte Sprache.
                Es gibt keine Tracking- oder Werbe-Cookies.
                """, """
                Diese Startseite soll die Anforderungen der BITV 2.0 (WCAG 2.1 Stufe AA) erfüllen. Sie wird bei
                jeder Änderung automatisch mit axe-core geprüft.

                ## Einfache Sprache

                Ausgewählte Inhalte gibt es in Einfacher Sprache. Sie sind nicht von Prüfgruppen geprüft und
                daher keine Leichte Sprache.
                """, 0);
    }
}
