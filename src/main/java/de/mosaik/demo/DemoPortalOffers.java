package de.mosaik.demo;

import de.mosaik.portal.ContactDetails;
import de.mosaik.portal.ContactKind;
import de.mosaik.portal.OfferAudience;
import de.mosaik.portal.OfferDetails;
import de.mosaik.portal.OpeningHours;
import de.mosaik.portal.Participation;
import de.mosaik.portal.PlaceDetails;
import de.mosaik.portal.PortalContentSetup;
import de.mosaik.portal.PortalTexts;
import de.mosaik.portal.TimeRange;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The portal's offers, places and contacts of the demo tenants: Duisburg's two places and its offers from
 * its self-description ("Wir sind DU"), with the school counselling for newcomers translated into English,
 * Arabic, Ukrainian, Turkish and Einfache Sprache; a contact and one offer each for Düren and Recklinghausen.
 */
@Component
class DemoPortalOffers {

    static final String COUNSELLING = "Schulberatung für Neuzugewanderte";
    static final String CENTRE = "Internationales Zentrum";

    private static final ContentLanguage EN = new ContentLanguage("en");
    private static final ContentLanguage AR = new ContentLanguage("ar");
    private static final ContentLanguage UK = new ContentLanguage("uk");
    private static final ContentLanguage TR = new ContentLanguage("tr");

    private final PortalContentSetup portal;
    private final Translations translations;

    DemoPortalOffers(PortalContentSetup portal, Translations translations) {
        this.portal = portal;
        this.translations = translations;
    }

    /** {@code photo} is an image of the tenant's library, shown on the Internationales Zentrum's page. */
    void seed(UUID tenantId, String slug, Instant now, UUID photo) {
        switch (slug) {
            case "stadt-duisburg" -> duisburg(tenantId, LocalDate.ofInstant(now, BerlinTime.ZONE), photo);
            case "kreis-dueren" -> dueren(tenantId);
            case "kreis-recklinghausen" -> recklinghausen(tenantId);
            default -> {
                // Other tenants start without portal content.
            }
        }
    }

    private void duisburg(UUID tenantId, LocalDate today, UUID photo) {
        var schoolDesk = portal.createContact(
                tenantId,
                new ContactDetails(
                        ContactKind.DESK,
                        "Schulberatung im Kommunalen Integrationszentrum",
                        "Beratung neu zugewanderter Kinder, Jugendlicher und ihrer Familien zum Einstieg in die Schule",
                        "0203 283-1210",
                        "schulberatung@stadt-duisburg.demo",
                        "Montag bis Donnerstag 9 bis 12 Uhr\nund nach Vereinbarung",
                        List.of("de", "en", "ar", "tr", "bg", "ro")));
        var mediation = portal.createContact(
                tenantId,
                new ContactDetails(
                        ContactKind.PERSON,
                        "Elif Demir",
                        "Einsatz von Sprachmittler*innen im Bildungs- und Gesundheitsbereich",
                        "0203 283-1230",
                        "sprachmittlung@stadt-duisburg.demo",
                        "Dienstag und Donnerstag 10 bis 15 Uhr",
                        List.of("de", "tr", "en")));
        var education = portal.createContact(
                tenantId,
                new ContactDetails(
                        ContactKind.PERSON,
                        "Mirela Popescu",
                        "Bildungsprogramme Griffbereit, Rucksack KiTa und Rucksack Schule",
                        "0203 283-1240",
                        "rucksack@stadt-duisburg.demo",
                        "Mittwoch 9 bis 13 Uhr",
                        List.of("de", "ro", "bg")));
        var kiebitzDesk = portal.createContact(
                tenantId,
                new ContactDetails(
                        ContactKind.DESK,
                        "Team Kiebitz",
                        "Interkulturelle und inklusive künstlerische Projekte in Marxloh",
                        "0203 283-1260",
                        "kiebitz@stadt-duisburg.demo",
                        "",
                        List.of("de", "tr", "ar")));

        var centre = portal.createPlace(
                tenantId,
                new PlaceDetails(
                        CENTRE,
                        "Flachsmarkt 15",
                        "47051",
                        "Duisburg",
                        "Das Internationale Zentrum (IZ) am Innenhafen ist ein traditioneller Ort der interkulturellen "
                                + "Begegnung. Hier berät das Kommunale Integrationszentrum.",
                        new OpeningHours(
                                Map.of(
                                        DayOfWeek.MONDAY,
                                                List.of(TimeRange.of("09:00", "12:00"), TimeRange.of("13:00", "16:00")),
                                        DayOfWeek.TUESDAY,
                                                List.of(TimeRange.of("09:00", "12:00"), TimeRange.of("13:00", "16:00")),
                                        DayOfWeek.WEDNESDAY, List.of(TimeRange.of("09:00", "12:00")),
                                        DayOfWeek.THURSDAY,
                                                List.of(TimeRange.of("09:00", "12:00"), TimeRange.of("13:00", "18:00")),
                                        DayOfWeek.FRIDAY, List.of(TimeRange.of("09:00", "12:00"))),
                                Map.of(
                                        LocalDate.of(today.getYear(), 12, 24), List.of(),
                                        LocalDate.of(today.getYear(), 12, 31),
                                                List.of(TimeRange.of("09:00", "11:00")))),
                        true,
                        "Beratungen am besten mit Termin.",
                        true,
                        true,
                        false,
                        true,
                        false,
                        "Eingang mit Rampe an der Seite zum Innenhafen.",
                        "Vom Hauptbahnhof mit der Straßenbahn 901 bis zur Haltestelle Rathaus, dann etwa fünf Minuten zu "
                                + "Fuß zum Innenhafen.",
                        List.of(schoolDesk)));
        portal.showPhoto(tenantId, centre, photo);
        var kiebitz = portal.createPlace(
                tenantId,
                new PlaceDetails(
                        "Jugend- und Kulturzentrum Kiebitz",
                        "Marienstraße 16a",
                        "47169",
                        "Duisburg",
                        "Das Internationale Jugend- und Kulturzentrum Kiebitz e.V. in Duisburg-Marxloh fördert den "
                                + "Austausch durch interkulturelle und inklusive künstlerische Projekte.",
                        new OpeningHours(
                                Map.of(
                                        DayOfWeek.TUESDAY, List.of(TimeRange.of("14:00", "19:00")),
                                        DayOfWeek.WEDNESDAY, List.of(TimeRange.of("14:00", "19:00")),
                                        DayOfWeek.THURSDAY, List.of(TimeRange.of("14:00", "19:00")),
                                        DayOfWeek.FRIDAY, List.of(TimeRange.of("14:00", "19:00")),
                                        DayOfWeek.SATURDAY, List.of(TimeRange.of("11:00", "16:00"))),
                                Map.of(LocalDate.of(today.getYear(), 12, 24), List.of())),
                        false,
                        "In den Schulferien gelten andere Zeiten; sie stehen im Programm.",
                        true,
                        false,
                        false,
                        false,
                        false,
                        "",
                        "Straßenbahn 903 bis zur Haltestelle Marxloh Pollmann, dann etwa fünf Minuten zu Fuß.",
                        List.of(kiebitzDesk)));

        // Pages are seeded before offers (DemoData), so each offer can name its field of work.
        var counsellingField = field(tenantId, DemoPortalTexts.COUNSELLING);
        var educationField = field(tenantId, "bildungsprogramme");
        // The newcomer and counselling pages name whom to ask, as offers and places do.
        showOnPage(tenantId, DemoPortalTexts.COUNSELLING, List.of(schoolDesk));
        showOnPage(tenantId, DemoPortalTexts.NEWCOMERS, List.of(schoolDesk, mediation));
        var counselling = portal.createOffer(
                tenantId,
                offer(
                        COUNSELLING,
                        "Wir beraten neu zugewanderte Kinder, Jugendliche und ihre Familien zum Einstieg in das deutsche "
                                + "Schulsystem.",
                        COUNSELLING_BODY,
                        Set.of(
                                OfferAudience.NEWCOMERS,
                                OfferAudience.PARENTS,
                                OfferAudience.CHILDREN,
                                OfferAudience.YOUTH),
                        "Familien, die neu in Duisburg sind, mit Kindern im Schulalter",
                        6,
                        18,
                        List.of("de", "en", "ar", "tr", "bg", "ro"),
                        Participation.APPOINTMENT,
                        "Rufen Sie an oder schreiben Sie eine E-Mail. Wir geben Ihnen einen Termin, auf Wunsch mit "
                                + "Sprachmittlung.",
                        centre,
                        List.of(schoolDesk),
                        counsellingField),
                true);
        portal.createOffer(
                tenantId,
                offer(
                        "Sprachmittler*innen im Bildungs- und Gesundheitsbereich",
                        "Schulen, Kitas, Beratungsstellen und Praxen können für Gespräche mit Eltern und Patient*innen "
                                + "Sprachmittler*innen anfragen.",
                        """
                        Mehrsprachige Sprachmittler*innen begleiten Gespräche, etwa Elterngespräche in der Schule \
                        oder Termine im Gesundheitswesen. Sie übersetzen und erklären, wenn es kulturelle \
                        Missverständnisse gibt.""",
                        Set.of(OfferAudience.SCHOOLS, OfferAudience.PROFESSIONALS),
                        "",
                        null,
                        null,
                        List.of("de", "ar", "tr", "bg", "ro", "ru", "fa", "ku"),
                        Participation.CONTACT,
                        "Fragen Sie mindestens eine Woche vor dem Gespräch an.",
                        centre,
                        List.of(mediation),
                        field(tenantId, "sprachmittlung")),
                true);
        portal.createOffer(
                tenantId,
                offer(
                        "Rucksack KiTa",
                        "Elternprogramm zur Stärkung der Mehrsprachigkeit von Kindern in der Kita.",
                        """
                        Eltern treffen sich regelmäßig in der Kita ihres Kindes. Eine Elternbegleiterin zeigt, wie \
                        Eltern die Sprache ihres Kindes zu Hause fördern können – in der Familiensprache und auf \
                        Deutsch.""",
                        Set.of(OfferAudience.PARENTS),
                        "Eltern von Kindern in der Kita",
                        3,
                        6,
                        List.of("de", "tr", "ar", "bg", "ro"),
                        Participation.CONTACT,
                        "Fragen Sie in Ihrer Kita, ob sie mitmacht, oder rufen Sie uns an.",
                        null,
                        List.of(education),
                        educationField),
                true);
        portal.createOffer(
                tenantId,
                offer(
                        "Griffbereit",
                        "Spiel- und Sprachgruppe für Eltern mit Kindern von ein bis drei Jahren.",
                        """
                        Eltern und Kinder spielen, singen und lesen gemeinsam. So lernen die Kinder ihre \
                        Familiensprache und Deutsch schon vor der Kita.""",
                        Set.of(OfferAudience.PARENTS, OfferAudience.CHILDREN),
                        "Eltern mit Kindern von ein bis drei Jahren",
                        1,
                        3,
                        List.of("de", "tr", "ar", "bg"),
                        Participation.CONTACT,
                        "",
                        kiebitz,
                        List.of(education),
                        educationField),
                true);
        portal.createOffer(
                tenantId,
                offer(
                        "Willkommensangebot",
                        "Lernen und Ankommen für zugewanderte Kinder von 10 bis 14 Jahren, die auf einen Schulplatz warten.",
                        """
                        Solange sie noch keinen Schulplatz haben, lernen die Kinder Deutsch, lernen Duisburg kennen \
                        und bereiten sich auf die Schule vor.""",
                        Set.of(OfferAudience.NEWCOMERS, OfferAudience.CHILDREN),
                        "Zugewanderte Kinder, die auf einen Schulplatz warten",
                        10,
                        14,
                        List.of("de"),
                        Participation.CONTACT,
                        "Die Schulberatung meldet die Kinder an.",
                        centre,
                        List.of(schoolDesk),
                        counsellingField),
                true);
        translateCounselling(tenantId, counselling);
        translateCentre(tenantId, centre);
        translateSchoolDesk(tenantId, schoolDesk);
    }

    private void showOnPage(UUID tenantId, String pageSlug, List<UUID> contacts) {
        portal.pageId(tenantId, pageSlug).ifPresent(page -> portal.showContactsOnPage(tenantId, page, contacts));
    }

    private @Nullable UUID field(UUID tenantId, String pageSlug) {
        return portal.pageId(tenantId, pageSlug).orElse(null);
    }

    private void dueren(UUID tenantId) {
        var contact = portal.createContact(
                tenantId,
                new ContactDetails(
                        ContactKind.DESK,
                        "Fortbildungsteam des Kommunalen Integrationszentrums",
                        "Schulungen und Fachtage für Lehrkräfte, Fachkräfte und die Kreisverwaltung",
                        "02421 22-1510",
                        "fortbildung@kreis-dueren.demo",
                        "Montag bis Freitag 9 bis 12 Uhr",
                        List.of("de", "en")));
        var office = portal.createPlace(
                tenantId,
                new PlaceDetails(
                        "Kommunales Integrationszentrum im Kreishaus",
                        "Bismarckstraße 16",
                        "52351",
                        "Düren",
                        "Das Büro des Kommunalen Integrationszentrums im Kreishaus Düren.",
                        new OpeningHours(
                                Map.of(
                                        DayOfWeek.MONDAY, List.of(TimeRange.of("08:30", "12:30")),
                                        DayOfWeek.TUESDAY, List.of(TimeRange.of("08:30", "12:30")),
                                        DayOfWeek.WEDNESDAY, List.of(TimeRange.of("08:30", "12:30")),
                                        DayOfWeek.THURSDAY,
                                                List.of(TimeRange.of("08:30", "12:30"), TimeRange.of("14:00", "17:00")),
                                        DayOfWeek.FRIDAY, List.of(TimeRange.of("08:30", "12:30"))),
                                Map.of()),
                        true,
                        "",
                        true,
                        true,
                        false,
                        false,
                        true,
                        "",
                        "Vom Bahnhof Düren etwa zehn Minuten zu Fuß.",
                        List.of(contact)));
        portal.createOffer(
                tenantId,
                offer(
                        "Fortbildungen zu Vielfalt und Diskriminierung",
                        "Schulungen und Fachtage für Schulen, Kitas und Verwaltung im Kreis Düren.",
                        "Die Termine stehen im Veranstaltungskalender. Für Teams bieten wir auch Inhouse-Schulungen an.",
                        Set.of(OfferAudience.PROFESSIONALS, OfferAudience.SCHOOLS),
                        "",
                        null,
                        null,
                        List.of("de"),
                        Participation.CONTACT,
                        "",
                        office,
                        List.of(contact)),
                true);
    }

    private void recklinghausen(UUID tenantId) {
        var contact = portal.createContact(
                tenantId,
                new ContactDetails(
                        ContactKind.PERSON,
                        "Jana Kowalski",
                        "Vernetzung der Integrationsbeauftragten in den Städten des Kreises",
                        "02361 53-1420",
                        "vernetzung@kreis-recklinghausen.demo",
                        "Dienstag und Donnerstag 9 bis 15 Uhr",
                        List.of("de", "pl", "en")));
        portal.createOffer(
                tenantId,
                offer(
                        "Netzwerk der Integrationsbeauftragten",
                        "Austausch und Beratung für die Integrationsbeauftragten der Städte im Kreis Recklinghausen.",
                        "Das Netzwerk trifft sich viermal im Jahr. Neue Integrationsbeauftragte sind willkommen.",
                        Set.of(OfferAudience.PROFESSIONALS),
                        "",
                        null,
                        null,
                        List.of("de"),
                        Participation.CONTACT,
                        "",
                        null,
                        List.of(contact)),
                true);
    }

    private static OfferDetails offer(
            String title,
            String summary,
            String body,
            Set<OfferAudience> audiences,
            String audienceNote,
            Integer ageFrom,
            Integer ageTo,
            List<String> languages,
            Participation participation,
            String participationNote,
            UUID placeId,
            List<UUID> contacts) {
        return offer(
                title,
                summary,
                body,
                audiences,
                audienceNote,
                ageFrom,
                ageTo,
                languages,
                participation,
                participationNote,
                placeId,
                contacts,
                null);
    }

    private static OfferDetails offer(
            String title,
            String summary,
            String body,
            Set<OfferAudience> audiences,
            String audienceNote,
            Integer ageFrom,
            Integer ageTo,
            List<String> languages,
            Participation participation,
            String participationNote,
            UUID placeId,
            List<UUID> contacts,
            @Nullable UUID fieldPageId) {
        return new OfferDetails(
                title,
                summary,
                body,
                audiences,
                audienceNote,
                ageFrom,
                ageTo,
                languages,
                true,
                "",
                participation,
                participationNote,
                "",
                null,
                placeId,
                null,
                null,
                fieldPageId,
                contacts);
    }

    private void translateCounselling(UUID tenantId, UUID offer) {
        var title = Map.of(
                EN,
                "School counselling for newcomers",
                AR,
                "استشارات مدرسية للقادمين الجدد",
                UK,
                "Шкільні консультації для новоприбулих",
                TR,
                "Yeni gelenler için okul danışmanlığı",
                ContentLanguage.EINFACH,
                "Beratung zur Schule für Familien, die neu hier sind");
        var summary = Map.of(
                EN,
                "We advise newly arrived children, young people and their families on starting in the German school system.",
                AR,
                "نقدّم الاستشارة للأطفال والشباب القادمين حديثاً وعائلاتهم حول الالتحاق بالنظام المدرسي الألماني.",
                UK,
                "Ми консультуємо новоприбулих дітей, молодь та їхні сім’ї щодо вступу до німецької шкільної системи.",
                TR,
                "Yeni gelen çocuklara, gençlere ve ailelerine Alman okul sistemine başlangıç konusunda danışmanlık veriyoruz.",
                ContentLanguage.EINFACH,
                "Ihr Kind soll in Duisburg zur Schule gehen. Wir helfen Ihnen dabei.");
        var body = Map.of(EN, """
                        Are you new to Duisburg and your child is going to school? We help you.

                        - We explain the school system in North Rhine-Westphalia.
                        - We check which school and which class fit.
                        - We support you until the first day at school.

                        Please bring your child's school reports if you have any. The counselling is confidential.""", AR, """
                        أنتم جدد في دويسبورغ وطفلكم سيذهب إلى المدرسة؟ نحن نساعدكم.

                        - نشرح لكم النظام المدرسي في ولاية شمال الراين وستفاليا.
                        - نتحقق من المدرسة والصف المناسبين.
                        - نرافقكم حتى أول يوم في المدرسة.

                        يرجى إحضار الشهادات المدرسية لطفلكم إن وُجدت. الاستشارة سرية.""", UK, """
                        Ви нещодавно в Дуйсбурзі, і ваша дитина має піти до школи? Ми допоможемо.

                        - Ми пояснюємо шкільну систему Північного Рейну-Вестфалії.
                        - Ми перевіряємо, яка школа і який клас підходять.
                        - Ми супроводжуємо вас до першого шкільного дня.

                        Будь ласка, візьміть шкільні табелі дитини, якщо вони є. Консультація конфіденційна.""", TR, """
                        Duisburg’a yeni mi geldiniz ve çocuğunuz okula mı gidecek? Size yardım ediyoruz.

                        - Kuzey Ren-Vestfalya’daki okul sistemini açıklıyoruz.
                        - Hangi okulun ve hangi sınıfın uygun olduğunu inceliyoruz.
                        - İlk okul gününe kadar size eşlik ediyoruz.

                        Varsa lütfen çocuğunuzun karnelerini getirin. Danışmanlık gizlidir.""", ContentLanguage.EINFACH, """
                        Sie sind neu in Duisburg. Ihr Kind soll zur Schule gehen. Wir helfen Ihnen.

                        - Wir erklären: So sind die Schulen in Nordrhein-Westfalen.
                        - Wir suchen mit Ihnen eine Schule und eine Klasse.
                        - Wir helfen bis zum ersten Schul-Tag.

                        Haben Sie Zeugnisse von Ihrem Kind? Dann bringen Sie die Zeugnisse bitte mit. \
                        Wir erzählen niemandem, was Sie uns sagen.""");
        var how = Map.of(
                EN,
                "Call us or write an e-mail. We will give you an appointment, with a language mediator if you wish.",
                AR,
                "اتصلوا بنا أو اكتبوا بريداً إلكترونياً. سنعطيكم موعداً، مع مترجم إذا رغبتم.",
                UK,
                "Зателефонуйте або напишіть електронного листа. Ми призначимо вам зустріч, за бажанням із мовним посередником.",
                TR,
                "Bizi arayın ya da e-posta yazın. Size bir randevu veririz; isterseniz dil aracısıyla.",
                ContentLanguage.EINFACH,
                "Rufen Sie uns an. Oder schreiben Sie eine E-Mail. Dann bekommen Sie einen Termin. "
                        + "Wir können auch jemanden mitbringen, der Ihre Sprache spricht.");
        var audience = Map.of(
                EN,
                "Families new to Duisburg with children of school age",
                AR,
                "العائلات الجديدة في دويسبورغ التي لديها أطفال في سن الدراسة",
                UK,
                "Сім’ї, які нещодавно в Дуйсбурзі, з дітьми шкільного віку",
                TR,
                "Duisburg’a yeni gelen, okul çağında çocuğu olan aileler",
                ContentLanguage.EINFACH,
                "Familien mit Schul-Kindern, die neu in Duisburg sind");
        publishAll(tenantId, PortalTexts.OFFER, offer, PortalTexts.TITLE, COUNSELLING, title);
        publishAll(
                tenantId,
                PortalTexts.OFFER,
                offer,
                PortalTexts.SUMMARY,
                "Wir beraten neu zugewanderte Kinder, Jugendliche und ihre Familien zum Einstieg in das deutsche "
                        + "Schulsystem.",
                summary);
        publishAll(tenantId, PortalTexts.OFFER, offer, PortalTexts.BODY, COUNSELLING_BODY, body);
        publishAll(
                tenantId,
                PortalTexts.OFFER,
                offer,
                PortalTexts.PARTICIPATION_NOTE,
                "Rufen Sie an oder schreiben Sie eine E-Mail. Wir geben Ihnen einen Termin, auf Wunsch mit "
                        + "Sprachmittlung.",
                how);
        publishAll(
                tenantId,
                PortalTexts.OFFER,
                offer,
                PortalTexts.AUDIENCE_NOTE,
                "Familien, die neu in Duisburg sind, mit Kindern im Schulalter",
                audience);
    }

    private static final String COUNSELLING_BODY = """
            Sie sind neu in Duisburg und Ihr Kind soll zur Schule gehen? Wir helfen Ihnen.

            - Wir erklären das Schulsystem in Nordrhein-Westfalen.
            - Wir prüfen, welche Schule und welche Klasse passen.
            - Wir begleiten Sie bis zum ersten Schultag.

            Bringen Sie bitte die Zeugnisse Ihres Kindes mit, wenn Sie welche haben. Die Beratung ist \
            vertraulich.""";

    private void translateCentre(UUID tenantId, UUID centre) {
        publishAll(
                tenantId,
                PortalTexts.PLACE,
                centre,
                PortalTexts.SUMMARY,
                "Das Internationale Zentrum (IZ) am Innenhafen ist ein traditioneller Ort der interkulturellen "
                        + "Begegnung. Hier berät das Kommunale Integrationszentrum.",
                Map.of(
                        EN,
                        "The International Centre (IZ) at the Inner Harbour is a traditional place of intercultural "
                                + "encounter. The Municipal Integration Centre offers its counselling here.",
                        AR,
                        "المركز الدولي (IZ) عند الميناء الداخلي مكان تقليدي للقاء بين الثقافات. هنا يقدّم مركز "
                                + "الاندماج البلدي استشاراته.",
                        ContentLanguage.EINFACH,
                        "Das Internationale Zentrum ist am Innen-Hafen. Hier treffen sich "
                                + "Menschen aus vielen Ländern. Hier bekommen Sie Beratung."));
        publishAll(
                tenantId,
                PortalTexts.PLACE,
                centre,
                PortalTexts.TRANSPORT_NOTE,
                "Vom Hauptbahnhof mit der Straßenbahn 901 bis zur Haltestelle Rathaus, dann etwa fünf Minuten zu "
                        + "Fuß zum Innenhafen.",
                Map.of(
                        EN,
                        "From the main station take tram 901 to the stop Rathaus, then walk about five minutes to "
                                + "the Inner Harbour.",
                        AR,
                        "من محطة القطار الرئيسية بالترام 901 حتى محطة Rathaus، ثم حوالي خمس دقائق سيراً على "
                                + "الأقدام إلى الميناء الداخلي.",
                        ContentLanguage.EINFACH,
                        "Fahren Sie vom Haupt-Bahnhof mit der Straßenbahn 901. Steigen Sie "
                                + "an der Haltestelle Rathaus aus. Dann gehen Sie 5 Minuten zu Fuß."));
    }

    private void translateSchoolDesk(UUID tenantId, UUID desk) {
        publishAll(
                tenantId,
                PortalTexts.CONTACT,
                desk,
                PortalTexts.NAME,
                "Schulberatung im Kommunalen Integrationszentrum",
                Map.of(
                        EN,
                        "School counselling at the Municipal Integration Centre",
                        AR,
                        "الاستشارات المدرسية في مركز الاندماج البلدي",
                        ContentLanguage.EINFACH,
                        "Schul-Beratung im Integrations-Zentrum"));
        publishAll(
                tenantId,
                PortalTexts.CONTACT,
                desk,
                PortalTexts.CONSULTATION_HOURS,
                "Montag bis Donnerstag 9 bis 12 Uhr\nund nach Vereinbarung",
                Map.of(
                        EN,
                        "Monday to Thursday 9 am to 12 noon\nand by appointment",
                        AR,
                        "من الاثنين إلى الخميس من 9 إلى 12 ظهراً\nوحسب الموعد",
                        ContentLanguage.EINFACH,
                        "Montag bis Donnerstag von 9 bis 12 Uhr.\nOder Sie machen einen Termin aus."));
    }

    private void publishAll(
            UUID tenantId, String kind, UUID owner, String field, String german, Map<ContentLanguage, String> texts) {
        var key = new TextKey(kind, owner, field);
        texts.forEach((language, text) -> translations.save(
                tenantId,
                key,
                language,
                new TranslationEdit(text, TranslationStatus.PUBLISHED, 0, false),
                german,
                null));
    }
}
