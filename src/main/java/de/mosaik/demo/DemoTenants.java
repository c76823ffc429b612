package de.mosaik.demo;

import de.mosaik.identity.NewTenant;
import de.mosaik.identity.TenantDetails;
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
                new TenantDetails(
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
                                social workers, educators, inclusion assistants and district staff.""",
                                "ar", """
                                من أجل تعزيز التنوع والحد من التمييز ودعم انفتاح المرافق والمؤسسات والهيئات في مقاطعة دورن على \
                                مجتمع الهجرة، يقدّم مركز الاندماج البلدي بانتظام دورات تدريبية وأيامًا متخصصة للمعلمين والمعلمات، \
                                والأخصائيين والأخصائيات الاجتماعيين في المدارس، والكوادر التربوية، ومساعدي ومساعدات الدمج، \
                                والعاملين والعاملات في إدارة المقاطعة.""",
                                "uk", """
                                Щоб сприяти різноманіттю, долати дискримінацію та підтримувати відкритість закладів, установ і органів \
                                влади округу Дюрен до суспільства, сформованого міграцією, муніципальний центр інтеграції регулярно \
                                проводить навчання та фахові конференції – для вчителів і вчительок, шкільних соціальних працівників і \
                                працівниць, педагогічних фахівців, асистентів і асистенток з інклюзії та працівників і працівниць \
                                окружної адміністрації.""",
                                "tr", """
                                Çeşitliliği teşvik etmek, ayrımcılığı azaltmak ve Düren ilçesindeki kurum, kuruluş ve resmî \
                                dairelerin göç toplumuna açılmasını desteklemek amacıyla Belediye Entegrasyon Merkezi; öğretmenler, \
                                okul sosyal hizmet uzmanları, pedagoji uzmanları, kapsayıcı eğitim asistanları ve ilçe idaresi \
                                çalışanları için düzenli olarak eğitimler ve uzmanlık günleri düzenlemektedir."""),
                        "Bismarckstraße 16",
                        "52351",
                        "Düren",
                        "02421 22-0000",
                        "integration@kreis-dueren.demo",
                        "https://www.kreis-dueren.de",
                        "blau",
                        imprint("Kreis Düren", "Bismarckstraße 16, 52351 Düren"),
                        privacy("Kreis Düren"),
                        accessibility("Kreis Düren")));
    }

    private static NewTenant duisburg() {
        return new NewTenant(
                "stadt-duisburg",
                "Stadt Duisburg",
                new TenantDetails(
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
                                health, and counsels newly arrived children and families on entering school.""",
                                "ar", """
                                نحن DU … من أجل التنوع ومجتمع مدني منفتح. يرافق مركز الاندماج البلدي، بفريق متعدد التخصصات \
                                والثقافات، مجالات عمل الاندماج: مجلس الاندماج، ومنظمات المهاجرين، والهجرة الجديدة، والوساطة اللغوية \
                                في مجالي التعليم والصحة، وتقديم الاستشارة للأطفال والعائلات القادمين حديثًا بشأن الالتحاق بالنظام \
                                المدرسي.""",
                                "uk", """
                                Ми – DU … за різноманіття та відкрите міське суспільство. Муніципальний центр інтеграції з \
                                багатопрофесійною та міжкультурною командою супроводжує напрями інтеграційної роботи: раду з питань \
                                інтеграції, організації мігрантів, нову імміграцію, мовне посередництво у сфері освіти та охорони \
                                здоровʼя, а також консультування новоприбулих дітей і сімей щодо вступу до шкільної системи.""",
                                "tr", """
                                Biz DU'yuz … çeşitlilik ve açık bir kent toplumu için. Belediye Entegrasyon Merkezi, farklı \
                                mesleklerden ve kültürlerden oluşan ekibiyle entegrasyon çalışmalarının tüm alanlarına eşlik eder: \
                                Entegrasyon Meclisi, göçmen örgütleri, yeni göç, eğitim ve sağlık alanında dil aracılığı ve yeni gelen \
                                çocuklar ile ailelere okul sistemine geçişte danışmanlık."""),
                        "Friedrich-Wilhelm-Straße 96",
                        "47051",
                        "Duisburg",
                        "0203 283-0000",
                        "ki@stadt-duisburg.demo",
                        "https://www.duisburg.de",
                        "petrol",
                        imprint("Stadt Duisburg", "Friedrich-Wilhelm-Straße 96, 47051 Duisburg"),
                        privacy("Stadt Duisburg"),
                        accessibility("Stadt Duisburg")));
    }

    private static NewTenant recklinghausen() {
        return new NewTenant(
                "kreis-recklinghausen",
                "Kreis Recklinghausen",
                new TenantDetails(
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
                                officers together and offer trainings in intercultural competence.""",
                                "ar", """
                                ربط عمل الاندماج وتعزيزه في جميع مدن المقاطعة العشر – هذا هو هدف مركز الاندماج البلدي. يعيش في \
                                مقاطعة ريكلينغهاوزن نحو 100 ألف شخص من ذوي تاريخ الهجرة. نجمع المسؤولين والمسؤولات عن الاندماج في \
                                المدن، ونقدّم دورات تدريبية في الكفاءة بين الثقافات.""",
                                "uk", """
                                Обʼєднувати в мережу та підтримувати інтеграційну роботу в усіх десяти містах округу – така мета \
                                муніципального центру інтеграції. В окрузі Реклінгхаузен живе близько 100 000 людей з міграційною \
                                історією. Ми обʼєднуємо уповноважених з питань інтеграції міст і пропонуємо курси підвищення \
                                кваліфікації з міжкультурної компетентності.""",
                                "tr", """
                                İlçedeki on şehrin tamamında entegrasyon çalışmalarını birbirine bağlamak ve desteklemek – Belediye \
                                Entegrasyon Merkezinin amacı budur. Recklinghausen ilçesinde göç geçmişine sahip yaklaşık 100.000 kişi \
                                yaşamaktadır. Şehirlerin entegrasyon sorumlularını bir araya getiriyor ve kültürlerarası yetkinlik \
                                konusunda hizmet içi eğitimler sunuyoruz."""),
                        "Kurt-Schumacher-Allee 1",
                        "45657",
                        "Recklinghausen",
                        "02361 53-0000",
                        "ki@kreis-recklinghausen.demo",
                        "https://www.kreis-re.de",
                        "gruen",
                        imprint("Kreis Recklinghausen", "Kurt-Schumacher-Allee 1, 45657 Recklinghausen"),
                        privacy("Kreis Recklinghausen"),
                        accessibility("Kreis Recklinghausen")));
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
