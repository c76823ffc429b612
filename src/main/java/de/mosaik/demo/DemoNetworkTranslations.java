package de.mosaik.demo;

import de.mosaik.networks.NetworkRole;
import de.mosaik.networks.NetworkTranslatables;
import de.mosaik.networks.Networks;
import de.mosaik.networks.Participation;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.SourceText;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslatableItem;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationScope;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Published translations of the Qualitätszirkel's public texts (kept without a tenant): its profile description
 * in English, Arabic and Einfache Sprache, two adopted recommendations in English and Arabic, and three practice
 * examples (title and summary) in English, Arabic and Ukrainian. The German sources are read from the owners'
 * translatable items, so that the translations are current for exactly the German the demo seeds.
 */
@Component
class DemoNetworkTranslations {

    private static final ContentLanguage EN = new ContentLanguage("en");
    private static final ContentLanguage AR = new ContentLanguage("ar");
    private static final ContentLanguage UK = new ContentLanguage("uk");

    private final Networks networks;
    private final List<NetworkTranslatables> kinds;
    private final Translations translations;

    DemoNetworkTranslations(Networks networks, List<NetworkTranslatables> kinds, Translations translations) {
        this.networks = networks;
        this.kinds = kinds;
        this.translations = translations;
    }

    void seed() {
        var circle = networks.bySlug(DemoNetworks.QUALITY_CIRCLE).orElseThrow();
        // the coordination sees every item of the network; no account is needed to list them
        var coordination = new Participation(
                UUID.randomUUID(), circle.id(), UUID.randomUUID(), NetworkRole.COORDINATOR, null, null, true);
        for (var kind : kinds) {
            for (var item : kind.items(circle, coordination)) {
                switch (kind.ownerKind()) {
                    case "network" -> translate(kind, item, DESCRIPTION);
                    case "recommendation", "practice-example" -> {
                        var texts = BY_TITLE.get(german(item, "title"));
                        if (texts != null) {
                            translate(kind, item, texts);
                        }
                    }
                    default -> {}
                }
            }
        }
    }

    private void translate(
            NetworkTranslatables kind, TranslatableItem item, Map<ContentLanguage, Map<String, String>> texts) {
        texts.forEach((language, fields) -> fields.forEach((field, text) -> {
            var source = item.fields().stream()
                    .filter(f -> f.field().equals(field))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No field " + field + " in " + item.title()));
            translations.save(
                    TranslationScope.withoutTenant(),
                    new TextKey(kind.ownerKind(), item.ownerId(), field),
                    language,
                    new TranslationEdit(text, TranslationStatus.PUBLISHED, 0, false),
                    source.german(),
                    null);
        }));
    }

    private static String german(TranslatableItem item, String field) {
        return item.fields().stream()
                .filter(f -> f.field().equals(field))
                .map(SourceText::german)
                .findFirst()
                .orElse("");
    }

    private static final Map<ContentLanguage, Map<String, String>> DESCRIPTION = Map.of(
            EN,
            Map.of("description", """
                    This nationwide working group brings together more than 30 municipalities, supra-regional bodies \
                    and representatives of federal agencies, universities, foundations and research institutes. It \
                    has been coordinated by the state capital Stuttgart since 2009 and meets twice a year, for two \
                    days each time, hosted by one of its members.

                    Its aim is to develop successful examples of integration work further and to make them available \
                    nationwide to every interested municipality. Together, the Qualitätszirkel drafts recommendations \
                    for municipal integration work."""),
            AR,
            Map.of("description", """
                    يضمّ فريق العمل هذا على مستوى ألمانيا كلها أكثر من 30 بلدية وهيئات فوق إقليمية وممثلات وممثلين \
                    عن هيئات اتحادية وجامعات ومؤسسات ومعاهد بحثية. تتولى مدينة شتوتغارت، عاصمة الولاية، تنسيقه منذ \
                    عام 2009، ويجتمع مرتين في السنة لمدة يومين في كل مرة لدى أحد أعضائه.

                    يهدف إلى تطوير الأمثلة الناجحة في العمل على الاندماج وإتاحتها على مستوى ألمانيا لكل البلديات \
                    المهتمة. ويضع أعضاء حلقة الجودة معًا توصيات للعمل البلدي في مجال الاندماج."""),
            ContentLanguage.EINFACH,
            Map.of("description", """
                    Im Qualitätszirkel arbeiten mehr als 30 Städte und Kreise aus ganz Deutschland zusammen. Dazu \
                    kommen Fachleute von Bundesbehörden, Universitäten, Stiftungen und Forschungsinstituten. Die Stadt \
                    Stuttgart leitet den Qualitätszirkel seit 2009. Die Mitglieder treffen sich zweimal im Jahr. Ein \
                    Treffen dauert zwei Tage. Jedes Mal lädt ein anderes Mitglied ein.

                    Das Ziel: Gute Beispiele aus der Arbeit für Integration sollen noch besser werden. Und alle Städte \
                    und Kreise in Deutschland sollen sie nutzen können. Dafür schreibt der Qualitätszirkel gemeinsam \
                    Empfehlungen."""));

    /** Translations of recommendations and practice examples, found by their German title. */
    private static final Map<String, Map<ContentLanguage, Map<String, String>>> BY_TITLE = Map.of(
            "Erfolgreiche Praxis allen interessierten Kommunen zugänglich machen",
            Map.of(
                    EN,
                    Map.of(
                            "title",
                            "Make successful practice available to every interested municipality",
                            "body",
                            "Members describe their successful examples using a shared template and make them "
                                    + "available in an open collection, with contact persons and the lessons they "
                                    + "have learned."),
                    AR,
                    Map.of(
                            "title",
                            "إتاحة الممارسات الناجحة لكل البلديات المهتمة",
                            "body",
                            "يصف الأعضاء أمثلتهم الناجحة وفق نموذج مشترك، ويتيحونها في مجموعة مفتوحة مع ذكر جهات "
                                    + "الاتصال والخبرات المكتسبة.")),
            "Migrationsgesellschaftliche Öffnung der Verwaltungen voranbringen",
            Map.of(
                    EN,
                    Map.of(
                            "title",
                            "Advance the opening of public administrations to a society shaped by migration",
                            "body",
                            """
                            Municipalities treat opening their administration to a society shaped by migration as a \
                            task of organisational development, not as an add-on.

                            - Training for staff and managers, in schools and day-care centres too
                            - Recruitment that values multilingualism and experience of migration as a competence
                            - Clear, multilingual information wherever the administration serves the public"""),
                    AR,
                    Map.of("title", "دفع انفتاح الإدارات على مجتمع الهجرة إلى الأمام", "body", """
                            تتعامل البلديات مع انفتاح إداراتها على مجتمع الهجرة بوصفه مهمة من مهام التطوير المؤسسي، \
                            لا خدمة إضافية.

                            - دورات تدريبية للموظفين والموظفات وللقيادات، وكذلك في المدارس ورياض الأطفال
                            - توظيف يعدّ تعدد اللغات وتجربة الهجرة كفاءةً
                            - معلومات مفهومة ومتعددة اللغات في جميع الأماكن التي تستقبل الجمهور""")),
            "Schulung „Migrationsgesellschaftliche Öffnung und diversitätsorientierte Sensibilisierung“",
            Map.of(
                    EN,
                    Map.of(
                            "title",
                            "Training on opening up to a society shaped by migration and on diversity awareness",
                            "summary",
                            "The municipal integration centre regularly trains staff of the district "
                                    + "administration, teachers, school social workers and integration assistants. "
                                    + "From 2020 to June 2024, around 390 people took part."),
                    AR,
                    Map.of(
                            "title",
                            "دورة تدريبية حول „الانفتاح على مجتمع الهجرة والتوعية بالتنوع“",
                            "summary",
                            "يدرّب مركز الاندماج البلدي بانتظام العاملين في إدارة المقاطعة والمعلمين والعاملين في "
                                    + "الخدمة الاجتماعية المدرسية ومساعدي الاندماج. ومن عام 2020 حتى يونيو 2024 تلقّى "
                                    + "نحو 390 شخصًا هذا التدريب."),
                    UK,
                    Map.of(
                            "title",
                            "Навчання «Відкритість до міграційного суспільства та чутливість до різноманіття»",
                            "summary",
                            "Комунальний інтеграційний центр регулярно навчає працівників районної адміністрації, "
                                    + "учителів, шкільних соціальних працівників і помічників з інтеграції. З 2020 "
                                    + "року до червня 2024 року навчання пройшли близько 390 осіб.")),
            "Fortbildungsprogramm für kommunale Integrationsbeauftragte",
            Map.of(
                    EN,
                    Map.of(
                            "title",
                            "Training programme for municipal integration officers",
                            "summary",
                            "Designed at the University of Konstanz, the programme prepares integration officers "
                                    + "for their complex work on a sound academic basis; it started in November 2024 "
                                    + "in Stuttgart."),
                    AR,
                    Map.of(
                            "title",
                            "برنامج تدريبي لمفوَّضي الاندماج في البلديات",
                            "summary",
                            "صُمّم البرنامج في جامعة كونستانس، ويُعدّ مفوَّضي الاندماج لعملهم المعقّد على أساس علمي "
                                    + "متين؛ وانطلق في نوفمبر 2024 في شتوتغارت."),
                    UK,
                    Map.of(
                            "title",
                            "Програма підвищення кваліфікації для комунальних уповноважених з питань інтеграції",
                            "summary",
                            "Програму розроблено в Університеті Констанца; вона на науковій основі готує "
                                    + "уповноважених з питань інтеграції до їхньої складної роботи. Старт відбувся в "
                                    + "листопаді 2024 року в Штутгарті.")),
            "Rucksack KiTa: Bildungspartnerschaft mit Eltern",
            Map.of(
                    EN,
                    Map.of(
                            "title",
                            "Rucksack KiTa: educational partnership with parents",
                            "summary",
                            "In parent groups at the day-care centre, parents of children aged one to six "
                                    + "strengthen their children's multilingualism; the programme follows on from "
                                    + "Griffbereit and continues in Rucksack Schule."),
                    AR,
                    Map.of(
                            "title",
                            "„Rucksack KiTa“: شراكة تعليمية مع الوالدين",
                            "summary",
                            "يعزّز آباء وأمهات الأطفال من سن سنة إلى ست سنوات تعدّدَ اللغات لدى أطفالهم في مجموعات "
                                    + "للوالدين داخل روضة الأطفال؛ ويأتي البرنامج بعد برنامج „Griffbereit“ ويستمر في "
                                    + "„Rucksack Schule“."),
                    UK,
                    Map.of(
                            "title",
                            "Rucksack KiTa: освітнє партнерство з батьками",
                            "summary",
                            "У батьківських групах у дитячому садку батьки дітей віком від одного до шести років "
                                    + "розвивають багатомовність своїх дітей; програма продовжує Griffbereit і має "
                                    + "продовження в Rucksack Schule.")));
}
