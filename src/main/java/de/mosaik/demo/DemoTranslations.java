package de.mosaik.demo;

import de.mosaik.events.EventTexts;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Publishes translations of two upcoming demo events, so that a newcomer sees the public pages in
 * Arabic, English and Einfache Sprache: one fully translated with its consent text, one with its
 * question and answer options but the consent left German (shown as the German fallback).
 */
@Component
class DemoTranslations {

    static final String HEADSCARF = "Wie sieht der Alltag ohne/mit Kopftuch aus?";
    static final String ANTIGYPSYISM = "Rassismus gegen Sinti*zze und Rom*nja";

    private static final ContentLanguage EN = new ContentLanguage("en");
    private static final ContentLanguage AR = new ContentLanguage("ar");

    private static final Map<ContentLanguage, String> HEADSCARF_TITLE = Map.of(
            EN,
            "What is everyday life like with or without a headscarf?",
            AR,
            "كيف تبدو الحياة اليومية مع الحجاب أو بدونه؟",
            ContentLanguage.EINFACH,
            "Alltag mit Kopftuch und ohne Kopftuch");

    private static final Map<ContentLanguage, String> HEADSCARF_SUMMARY = Map.of(
            EN,
            "A specialist day on religion, clothing and attributions – with first-hand accounts and room for "
                    + "questions.",
            AR,
            "يوم متخصص حول الدين واللباس والصور النمطية – مع شهادات شخصية ومساحة للأسئلة.",
            ContentLanguage.EINFACH,
            "Ein Fach-Tag über Religion und Kleidung. Frauen erzählen von ihren Erfahrungen. Sie können Fragen "
                    + "stellen.");

    /** The consent text of {@code DemoEventCatalogue.consentText}, with the centre's name and the translated title. */
    private static final Map<ContentLanguage, String> CONSENT = Map.of(
            EN,
            "I agree that the %s processes my details (name, e-mail address, institution, target group and answers "
                    + "to the questions) to handle my registration for the event “%s”, to inform me about the event "
                    + "and to keep a list of participants. Evaluated anonymously, the details also serve the "
                    + "statistics of the integration centre. My data will be deleted twelve months after the event. I "
                    + "can withdraw my consent at any time through my personal link or by e-mail.",
            AR,
            "أوافق على أن يعالج %s بياناتي (الاسم وعنوان البريد الإلكتروني والمؤسسة والفئة المستهدفة والإجابات على "
                    + "الأسئلة) من أجل معالجة تسجيلي في فعالية «%s»، وإبلاغي بمعلومات عن الفعالية، وإعداد قائمة "
                    + "بالمشاركين. كما تُستخدم البيانات بعد إخفاء الهوية لإحصاءات مركز الاندماج. تُحذف بياناتي بعد اثني "
                    + "عشر شهرًا من الفعالية. يمكنني سحب موافقتي في أي وقت عبر رابطي الشخصي أو عبر البريد الإلكتروني.",
            ContentLanguage.EINFACH,
            "Ich bin einverstanden: Das Integrations-Zentrum speichert meine Angaben. Der Name ist: %s. Das sind "
                    + "meine Angaben: Name, E-Mail-Adresse, Einrichtung, Ziel-Gruppe und meine Antworten. Damit "
                    + "bearbeitet das Integrations-Zentrum meine Anmeldung zur Veranstaltung „%s“. Es schickt mir "
                    + "Informationen zur Veranstaltung. Es führt eine Liste der Teilnehmenden. Für die Statistik "
                    + "werden die Angaben ohne Namen ausgewertet. 12 Monate nach der Veranstaltung werden meine Daten "
                    + "gelöscht. Ich kann meine Einwilligung jederzeit zurücknehmen: über meinen persönlichen Link "
                    + "oder per E-Mail.");

    private static final Map<ContentLanguage, String> ANTIGYPSYISM_TITLE = Map.of(
            EN, "Racism against Sinti and Roma",
            AR, "العنصرية ضد السنتي والروما");

    private static final Map<ContentLanguage, String> ANTIGYPSYISM_SUMMARY = Map.of(
            EN,
            "The history and present of antigypsyism – and how schools, day-care centres and administrations can "
                    + "meet Sinti and Roma without discrimination.",
            AR,
            "تاريخ معاداة الغجر وحاضرها – وكيف يمكن للمدارس ورياض الأطفال والإدارات التعامل مع السنتي والروما دون تمييز.");

    private static final Map<ContentLanguage, List<String>> WORKSHOP_QUESTION = Map.of(
            EN, List.of("Which workshop in the afternoon?", "School", "Day care", "Administration"),
            AR, List.of("أي ورشة عمل بعد الظهر؟", "المدرسة", "روضة الأطفال", "الإدارة"));

    private static final Map<ContentLanguage, String> VEGETARIAN = Map.of(EN, "Vegetarian food?", AR, "طعام نباتي؟");

    private final Translations translations;

    DemoTranslations(Translations translations) {
        this.translations = translations;
    }

    void write(UUID tenantId, String centreName, DemoEvents.WrittenEvent event) {
        var spec = event.spec();
        if (spec.title.equals(HEADSCARF)) {
            for (var language : HEADSCARF_TITLE.keySet()) {
                var title = HEADSCARF_TITLE.get(language);
                eventText(tenantId, event.id(), EventTexts.TITLE, spec.title, language, title);
                eventText(
                        tenantId,
                        event.id(),
                        EventTexts.SUMMARY,
                        spec.summary,
                        language,
                        HEADSCARF_SUMMARY.get(language));
                eventText(
                        tenantId,
                        event.id(),
                        EventTexts.CONSENT,
                        event.consentText(),
                        language,
                        CONSENT.get(language).formatted(centreName, title));
            }
        } else if (spec.title.equals(ANTIGYPSYISM)) {
            for (var language : ANTIGYPSYISM_TITLE.keySet()) {
                eventText(
                        tenantId, event.id(), EventTexts.TITLE, spec.title, language, ANTIGYPSYISM_TITLE.get(language));
                eventText(
                        tenantId,
                        event.id(),
                        EventTexts.SUMMARY,
                        spec.summary,
                        language,
                        ANTIGYPSYISM_SUMMARY.get(language));
                var workshop = spec.questions.get(0);
                var translated = WORKSHOP_QUESTION.get(language);
                var question = event.questionIds().get(0);
                publish(
                        tenantId,
                        new TextKey(EventTexts.QUESTION, question, EventTexts.LABEL),
                        workshop.label(),
                        language,
                        translated.get(0));
                for (int i = 0; i < workshop.options().size(); i++) {
                    publish(
                            tenantId,
                            new TextKey(EventTexts.QUESTION, question, EventTexts.option(i)),
                            workshop.options().get(i),
                            language,
                            translated.get(i + 1));
                }
                publish(
                        tenantId,
                        new TextKey(EventTexts.QUESTION, event.questionIds().get(1), EventTexts.LABEL),
                        spec.questions.get(1).label(),
                        language,
                        VEGETARIAN.get(language));
            }
        }
    }

    private void eventText(
            UUID tenantId, UUID eventId, String field, String german, ContentLanguage language, String text) {
        publish(tenantId, new TextKey(EventTexts.EVENT, eventId, field), german, language, text);
    }

    private void publish(UUID tenantId, TextKey key, String german, ContentLanguage language, String text) {
        translations.save(
                tenantId,
                key,
                language,
                new TranslationEdit(text, TranslationStatus.PUBLISHED, 0, false),
                german,
                null);
    }
}
