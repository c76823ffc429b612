package de.mosaik.demo;

import de.mosaik.identity.NewTenant;
import java.util.List;
import java.util.Map;

/** Three municipal bodies taken from the source texts, with contact data marked as fictitious. */
final class DemoTenants {

    private DemoTenants() {}

    static List<NewTenant> all() {
        return List.of(dueren(), duisburg(), recklinghausen());
    }

    private static NewTenant dueren() {
        return new NewTenant(
                "kreis-dueren",
                "Kreis Düren",
                "Kommunales Integrationszentrum Kreis Düren",
                Map.of(
                        "de", """
                                Um Vielfalt zu fördern, Diskriminierung abzubauen und die migrationsgesellschaftliche \
                                Öffnung von Einrichtungen, Institutionen und Behörden im Kreis Düren zu unterstützen, \
                                bietet das Kommunale Integrationszentrum regelmäßig Schulungen und Fachtage an – für \
                                Lehrkräfte, Schulsozialarbeiter*innen, pädagogische Fachkräfte, \
                                Inklusionsassistent*innen und die Mitarbeiter*innen der Kreisverwaltung.""",
                        "einfach", """
                                Das Kommunale Integrationszentrum hilft Menschen aus vielen Ländern im Kreis Düren. \
                                Wir bieten Schulungen an. Zum Beispiel für Lehrer und Lehrerinnen. \
                                Wir sind gegen Diskriminierung.""",
                        "en", """
                                To promote diversity, reduce discrimination and help institutions and authorities in \
                                the district of Düren open up to a society shaped by migration, the Municipal \
                                Integration Centre regularly offers trainings and conferences for teachers, school \
                                social workers, educators, inclusion assistants and district staff."""),
                "Bismarckstraße 16",
                "52351",
                "Düren",
                "02421 22-0000",
                "integration@kreis-dueren.demo",
                "https://www.kreis-dueren.de",
                "blau",
                imprint("Kreis Düren", "Bismarckstraße 16, 52351 Düren"),
                privacy("Kreis Düren"),
                accessibility("Kreis Düren"));
    }

    private static NewTenant duisburg() {
        return new NewTenant(
                "stadt-duisburg",
                "Stadt Duisburg",
                "Kommunales Integrationszentrum Duisburg",
                Map.of(
                        "de", """
                                Wir sind DU … für Vielfalt und eine offene Stadtgesellschaft. Mit einem \
                                multiprofessionell und interkulturell besetzten Team begleitet das Kommunale \
                                Integrationszentrum die Felder der Integrationsarbeit: Integrationsrat, \
                                Migrantenorganisationen, Neuzuwanderung, Sprachmittlung im Bildungs- und \
                                Gesundheitsbereich und die Beratung neu zugewanderter Kinder und Familien zum \
                                Einstieg in das Schulsystem.""",
                        "einfach", """
                                Duisburg ist eine Stadt mit vielen Menschen aus vielen Ländern. \
                                Das Kommunale Integrationszentrum berät neue Familien. Zum Beispiel: \
                                Wie findet mein Kind einen Platz in der Schule?""",
                        "en", """
                                We are DU … for diversity and an open urban society. With a multi-professional and \
                                intercultural team, the Municipal Integration Centre supports the integration \
                                council, migrant organisations, newcomers, language mediation in education and \
                                health, and counsels newly arrived children and families on entering school."""),
                "Friedrich-Wilhelm-Straße 96",
                "47051",
                "Duisburg",
                "0203 283-0000",
                "ki@stadt-duisburg.demo",
                "https://www.duisburg.de",
                "petrol",
                imprint("Stadt Duisburg", "Friedrich-Wilhelm-Straße 96, 47051 Duisburg"),
                privacy("Stadt Duisburg"),
                accessibility("Stadt Duisburg"));
    }

    private static NewTenant recklinghausen() {
        return new NewTenant(
                "kreis-recklinghausen",
                "Kreis Recklinghausen",
                "Kommunales Integrationszentrum Kreis Recklinghausen",
                Map.of(
                        "de", """
                                Die Integrationsarbeit in allen zehn Städten des Kreises vernetzen und fördern – das \
                                ist das Ziel des Kommunalen Integrationszentrums. Im Kreis Recklinghausen leben rund \
                                100.000 Menschen mit Migrationsgeschichte. Wir bringen die Integrationsbeauftragten \
                                der Städte zusammen und bieten Fortbildungen zu interkultureller Kompetenz an.""",
                        "einfach", """
                                Im Kreis Recklinghausen gibt es zehn Städte. Das Kommunale Integrationszentrum \
                                bringt die Menschen aus diesen Städten zusammen. So wird die Arbeit für \
                                Zugewanderte besser.""",
                        "en", """
                                Connecting and promoting integration work in all ten towns of the district is the \
                                aim of the Municipal Integration Centre. Around 100,000 people with a migration \
                                history live in the district of Recklinghausen. We bring the towns' integration \
                                officers together and offer trainings in intercultural competence."""),
                "Kurt-Schumacher-Allee 1",
                "45657",
                "Recklinghausen",
                "02361 53-0000",
                "ki@kreis-recklinghausen.demo",
                "https://www.kreis-re.de",
                "gruen",
                imprint("Kreis Recklinghausen", "Kurt-Schumacher-Allee 1, 45657 Recklinghausen"),
                privacy("Kreis Recklinghausen"),
                accessibility("Kreis Recklinghausen"));
    }

    private static String imprint(String body, String address) {
        return """
                ## Herausgeber

                %s
                %s

                Der %s ist eine Körperschaft des öffentlichen Rechts. Dies ist eine **Demo-Installation** von \
                Mosaik; Kontaktdaten und Namen sind erfunden.

                ## Verantwortlich für den Inhalt

                Leitung des Kommunalen Integrationszentrums (Anschrift wie oben).
                """.formatted(body, address, body);
    }

    private static String privacy(String body) {
        return """
                ## Verantwortliche Stelle

                %s, Kommunales Integrationszentrum. Dies ist eine **Demo-Installation**.

                ## Welche Daten wir verarbeiten

                Beim Aufruf dieser Seiten verarbeiten wir nur die technisch nötigen Daten (IP-Adresse, Zeitpunkt, \
                aufgerufene Seite) für den sicheren Betrieb. Es werden keine Tracking- oder Werbe-Cookies gesetzt; \
                ein Cookie speichert nur die gewählte Sprache.

                ## Ihre Rechte

                Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie \
                das Recht auf Beschwerde bei der Landesbeauftragten für Datenschutz und Informationsfreiheit NRW.
                """.formatted(body);
    }

    private static String accessibility(String body) {
        return """
                Der %s ist bemüht, seine Internetseiten im Einklang mit der Barrierefreie-Informationstechnik-\
                Verordnung NRW (BITV NRW) barrierefrei zugänglich zu machen.

                ## Stand der Vereinbarkeit

                Diese Seiten sind weitgehend mit den Anforderungen der WCAG 2.1 Stufe AA vereinbar. Sie werden \
                bei jeder Änderung automatisch mit axe-core geprüft.

                ## Einfache Sprache

                Ausgewählte Inhalte gibt es in Einfacher Sprache. Sie sind nicht von Prüfgruppen geprüft und \
                daher keine Leichte Sprache.

                ## Durchsetzungsverfahren

                Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die \
                Ombudsstelle für barrierefreie Informationstechnik des Landes NRW wenden.
                """.formatted(body);
    }
}
