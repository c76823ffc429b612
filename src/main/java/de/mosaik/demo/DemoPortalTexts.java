package de.mosaik.demo;

import de.mosaik.portal.PortalContent.NewsText;
import de.mosaik.shared.translation.ContentLanguage;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The German texts of the demo portal and their translations. Duisburg's fields of work follow seed 004,
 * Düren's trainings page and news seed 001. Translations list title, summary and, where given, the body.
 */
final class DemoPortalTexts {

    static final ContentLanguage EN = new ContentLanguage("en");
    static final ContentLanguage AR = new ContentLanguage("ar");
    static final ContentLanguage UK = new ContentLanguage("uk");
    static final ContentLanguage TR = new ContentLanguage("tr");
    static final ContentLanguage EINFACH = ContentLanguage.EINFACH;

    static final String NEWCOMERS = "neuzuwanderung";
    static final String COUNSELLING = "schulberatung";

    record DemoPage(
            String slug,
            @Nullable String parent,
            String title,
            String summary,
            String body,
            Map<ContentLanguage, List<String>> translations) {}

    private DemoPortalTexts() {}

    private static final String NEWCOMERS_BODY = """
            Willkommen in Duisburg! Das Kommunale Integrationszentrum hilft Ihnen in der ersten Zeit.

            ## Wir helfen bei

            - Fragen zu Schule und Kita für Ihre Kinder
            - Deutschkursen und Beratungsstellen in Ihrer Nähe
            - Terminen mit Sprachmittlerinnen und Sprachmittlern

            ## So erreichen Sie uns

            Kommen Sie ins Internationale Zentrum am Innenhafen, Flachsmarkt 15, oder rufen Sie uns an. Die Beratung \
            ist kostenlos.""";

    /** The counselling page's German text when it was translated into Arabic. */
    static final String COUNSELLING_BODY_BEFORE = """
            Ihr Kind ist neu in Deutschland und soll in Duisburg zur Schule gehen? Wir beraten Sie und Ihr Kind \
            kostenlos.

            ## So läuft die Beratung

            1. Sie vereinbaren einen Termin mit uns.
            2. Wir sprechen über die bisherige Schulzeit Ihres Kindes.
            3. Wir suchen gemeinsam eine passende Schule.

            Bringen Sie bitte Zeugnisse mit, wenn Sie welche haben.""";

    static final String COUNSELLING_BODY_AR_BEFORE = """
            طفلك جديد في ألمانيا وسيذهب إلى المدرسة في دويسبورغ؟ نقدم لك ولطفلك الاستشارة مجانًا.

            ## كيف تتم الاستشارة

            1. تحدد موعدًا معنا.
            2. نتحدث عن المسيرة المدرسية لطفلك حتى الآن.
            3. نبحث معًا عن مدرسة مناسبة.

            يرجى إحضار الشهادات المدرسية إن وجدت.""";

    /** The counselling page's German text now: consultation days and language mediation were added. */
    private static final String COUNSELLING_BODY = """
            Ihr Kind ist neu in Deutschland und soll in Duisburg zur Schule gehen? Wir beraten Sie und Ihr Kind \
            kostenlos.

            ## So läuft die Beratung

            1. Sie vereinbaren einen Termin mit uns.
            2. Wir sprechen über die bisherige Schulzeit Ihres Kindes.
            3. Wir suchen gemeinsam eine passende Schule.

            Bringen Sie bitte Zeugnisse mit, wenn Sie welche haben. Auf Wunsch ist eine Sprachmittlerin oder ein \
            Sprachmittler dabei.

            Die Beratung findet dienstags und donnerstags im Internationalen Zentrum, Flachsmarkt 15, statt.""";

    static final List<DemoPage> DUISBURG = List.of(
            new DemoPage(
                    "integrationsrat",
                    null,
                    "Integrationsrat",
                    "Das gewählte Gremium der Duisburgerinnen und Duisburger mit Einwanderungsgeschichte – wir führen "
                            + "seine Geschäfte.",
                    "Der Integrationsrat berät den Rat der Stadt in allen Fragen der Integration. Das Kommunale "
                            + "Integrationszentrum führt seine Geschäfte: Es bereitet die Sitzungen vor, schreibt die "
                            + "Niederschriften und ist Ansprechpartner für seine Mitglieder.",
                    Map.of(
                            EN,
                                    List.of(
                                            "Integration council",
                                            "The elected body of Duisburg residents with a migration "
                                                    + "history – we run its office."),
                            AR,
                                    List.of(
                                            "مجلس الاندماج",
                                            "الهيئة المنتخبة لسكان دويسبورغ من ذوي خلفية الهجرة – ندير شؤونها."),
                            UK,
                                    List.of(
                                            "Рада з інтеграції",
                                            "Виборний орган мешканців Дуйсбурга з міграційною історією – "
                                                    + "ми ведемо його справи."),
                            TR,
                                    List.of(
                                            "Uyum Meclisi",
                                            "Göç geçmişi olan Duisburglu sakinlerin seçilmiş kurulu – işlerini "
                                                    + "biz yürütüyoruz."),
                            EINFACH,
                                    List.of(
                                            "Integrations-Rat",
                                            "Menschen aus anderen Ländern wählen den "
                                                    + "Integrations-Rat. Wir helfen dem Rat bei seiner Arbeit."))),
            new DemoPage(
                    "vernetzung",
                    null,
                    "Vernetzung und Migrantenorganisationen",
                    "Wir verbinden die Integrationsarbeit in der Stadt und sind Kontaktstelle für "
                            + "Migrantenorganisationen.",
                    "Vereine, Beratungsstellen, Schulen und Verwaltung arbeiten an vielen Stellen für ein gutes "
                            + "Zusammenleben. Wir bringen sie zusammen, begleiten geförderte Projekte wie KOMM-AN NRW "
                            + "und beraten Migrantenorganisationen bei Gründung, Förderung und Ehrenamt.",
                    Map.of(
                            EN,
                                    List.of(
                                            "Networking and migrant organisations",
                                            "We connect integration work across "
                                                    + "the city and are the contact point for migrant organisations."),
                            AR,
                                    List.of(
                                            "التشبيك ومنظمات المهاجرين",
                                            "نربط بين جهود الاندماج في المدينة ونحن جهة "
                                                    + "الاتصال لمنظمات المهاجرين."),
                            UK,
                                    List.of(
                                            "Мережа та організації мігрантів",
                                            "Ми об’єднуємо інтеграційну роботу в місті "
                                                    + "й є контактним пунктом для організацій мігрантів."),
                            TR,
                                    List.of(
                                            "Ağ oluşturma ve göçmen örgütleri",
                                            "Kentteki uyum çalışmalarını birbirine "
                                                    + "bağlıyor, göçmen örgütleri için iletişim noktası oluyoruz."),
                            EINFACH,
                                    List.of(
                                            "Zusammen-Arbeit und Vereine",
                                            "Wir bringen Menschen und Vereine "
                                                    + "zusammen. Vereine von Menschen aus anderen Ländern können zu uns kommen."))),
            new DemoPage(
                    NEWCOMERS,
                    null,
                    "Neu in Duisburg",
                    "Sie sind neu in Duisburg? Wir helfen beim Ankommen und zeigen, wo Sie Beratung finden.",
                    NEWCOMERS_BODY,
                    Map.of(
                            EN,
                                    List.of(
                                            "New in Duisburg",
                                            "New to Duisburg? We help you settle in and show you where to find advice.",
                                            """
                                    Welcome to Duisburg! The municipal integration centre helps you in your first weeks.

                                    ## We help with

                                    - questions about school and day care for your children
                                    - German courses and advice centres near you
                                    - appointments with language mediators

                                    ## How to reach us

                                    Come to the International Centre at the Inner Harbour, Flachsmarkt 15, or call us. \
                                    Advice is free of charge."""),
                            AR,
                                    List.of(
                                            "جديد في دويسبورغ",
                                            "هل أنت جديد في دويسبورغ؟ نساعدك على الاستقرار ونرشدك إلى أماكن الاستشارة.",
                                            """
                                    أهلًا بك في دويسبورغ! يساعدك مركز الاندماج البلدي في الفترة الأولى.

                                    ## نساعدك في

                                    - أسئلة حول المدرسة والحضانة لأطفالك
                                    - دورات اللغة الألمانية ومراكز الاستشارة القريبة منك
                                    - مواعيد مع الوسطاء اللغويين

                                    ## كيف تصل إلينا

                                    تعال إلى المركز الدولي في الميناء الداخلي، Flachsmarkt 15، أو اتصل بنا. الاستشارة مجانية."""),
                            UK,
                                    List.of(
                                            "Нові в Дуйсбурзі",
                                            "Ви нові в Дуйсбурзі? Ми допоможемо облаштуватися й покажемо, де отримати консультацію.",
                                            """
                                    Ласкаво просимо до Дуйсбурга! Муніципальний інтеграційний центр допоможе вам у перші тижні.

                                    ## Ми допомагаємо з

                                    - питаннями щодо школи й дитсадка для ваших дітей
                                    - курсами німецької та консультаційними службами поблизу
                                    - зустрічами з мовними посередниками

                                    ## Як нас знайти

                                    Приходьте до Міжнародного центру у Внутрішній гавані, Flachsmarkt 15, або зателефонуйте \
                                    нам. Консультація безкоштовна."""),
                            TR,
                                    List.of(
                                            "Duisburg’da yeni misiniz",
                                            "Duisburg’a yeni mi geldiniz? Alışmanıza yardım ediyor, danışmanlığı nerede "
                                                    + "bulacağınızı gösteriyoruz.",
                                            """
                                    Duisburg’a hoş geldiniz! Belediye Uyum Merkezi ilk zamanlarınızda size yardımcı olur.

                                    ## Şu konularda yardım ediyoruz

                                    - çocuklarınız için okul ve kreş soruları
                                    - yakınınızdaki Almanca kursları ve danışma merkezleri
                                    - dil aracılarıyla randevular

                                    ## Bize nasıl ulaşırsınız

                                    İç Liman’daki Uluslararası Merkez’e, Flachsmarkt 15, gelin ya da bizi arayın. Danışmanlık \
                                    ücretsizdir."""),
                            EINFACH, List.of("Neu in Duisburg", "Sie sind neu in Duisburg? Wir helfen Ihnen.", """
                                    Willkommen in Duisburg! Wir helfen Ihnen am Anfang.

                                    ## Dabei helfen wir

                                    - Schule und Kita für Ihre Kinder
                                    - Deutsch-Kurse in Ihrer Nähe
                                    - Hilfe beim Übersetzen: Eine Sprach-Mittlerin oder ein Sprach-Mittler kommt mit.

                                    ## Hier finden Sie uns

                                    Internationales Zentrum, Flachsmarkt 15. Sie können auch anrufen. Die Beratung kostet \
                                    nichts."""))),
            new DemoPage(
                    "sprachmittlung",
                    null,
                    "Sprachmittler*innen",
                    "Sprachmittlerinnen und Sprachmittler für Gespräche in Schulen, Kitas und im Gesundheitswesen.",
                    "Wenn Eltern und Lehrkräfte, Ärztinnen und Patienten keine gemeinsame Sprache haben, vermitteln "
                            + "geschulte Sprachmittlerinnen und Sprachmittler. Schulen, Kitas und Einrichtungen des "
                            + "Gesundheitswesens fragen sie bei uns an.",
                    Map.of(
                            EN,
                                    List.of(
                                            "Language mediators",
                                            "Language mediators for conversations in schools, day-care "
                                                    + "centres and health care."),
                            AR, List.of("الوسطاء اللغويون", "وسطاء لغويون للمحادثات في المدارس والحضانات وقطاع الصحة."),
                            UK,
                                    List.of(
                                            "Мовні посередники",
                                            "Мовні посередники для розмов у школах, дитсадках і "
                                                    + "закладах охорони здоров’я."),
                            TR,
                                    List.of(
                                            "Dil aracıları",
                                            "Okullarda, kreşlerde ve sağlık alanında görüşmeler için dil "
                                                    + "aracıları."),
                            EINFACH,
                                    List.of(
                                            "Hilfe beim Übersetzen",
                                            "Sie verstehen die Lehrerin oder den Arzt nicht "
                                                    + "gut? Eine Sprach-Mittlerin oder ein Sprach-Mittler hilft."))),
            new DemoPage(
                    COUNSELLING,
                    null,
                    "Schulberatung für neu zugewanderte Familien",
                    "Wir beraten Kinder, Jugendliche und ihre Familien zum Einstieg in das deutsche Schulsystem.",
                    COUNSELLING_BODY,
                    Map.of(
                            EN,
                                    List.of(
                                            "School advice for newly arrived families",
                                            "We advise children, young people and their families on starting in the German "
                                                    + "school system.",
                                            """
                                    Your child is new in Germany and is to go to school in Duisburg? We advise you and \
                                    your child free of charge.

                                    ## How the advice works

                                    1. You make an appointment with us.
                                    2. We talk about your child’s schooling so far.
                                    3. Together we look for a suitable school.

                                    Please bring school reports if you have any. On request a language mediator takes part.

                                    Advice is given on Tuesdays and Thursdays at the International Centre, Flachsmarkt 15."""),
                            // Title and summary only: the Arabic body was made from the German before its last change.
                            AR,
                                    List.of(
                                            "الاستشارة المدرسية للعائلات القادمة حديثًا",
                                            "نقدم الاستشارة للأطفال والشباب وعائلاتهم حول بدء الدراسة في النظام المدرسي الألماني."),
                            UK,
                                    List.of(
                                            "Шкільні консультації для новоприбулих сімей",
                                            "Ми консультуємо дітей, молодь та їхні родини щодо вступу до німецької шкільної системи.",
                                            """
                                    Ваша дитина нова в Німеччині й має піти до школи в Дуйсбурзі? Ми безкоштовно \
                                    консультуємо вас і вашу дитину.

                                    ## Як проходить консультація

                                    1. Ви домовляєтеся з нами про зустріч.
                                    2. Ми говоримо про попереднє навчання вашої дитини.
                                    3. Разом шукаємо відповідну школу.

                                    Будь ласка, візьміть шкільні табелі, якщо вони є. За бажанням буде присутній мовний \
                                    посередник.

                                    Консультації відбуваються у вівторок і четвер у Міжнародному центрі, Flachsmarkt 15."""),
                            TR,
                                    List.of(
                                            "Yeni gelen aileler için okul danışmanlığı",
                                            "Çocuklara, gençlere ve ailelerine Alman okul sistemine başlangıç konusunda danışmanlık "
                                                    + "veriyoruz.",
                                            """
                                    Çocuğunuz Almanya’ya yeni geldi ve Duisburg’da okula gidecek mi? Size ve çocuğunuza \
                                    ücretsiz danışmanlık veriyoruz.

                                    ## Danışmanlık nasıl işler

                                    1. Bizimle bir randevu alırsınız.
                                    2. Çocuğunuzun şimdiye kadarki okul hayatını konuşuruz.
                                    3. Birlikte uygun bir okul ararız.

                                    Varsa lütfen karnelerini getirin. İsterseniz bir dil aracısı da katılır.

                                    Danışmanlık salı ve perşembe günleri Uluslararası Merkez’de, Flachsmarkt 15, yapılır."""),
                            EINFACH,
                                    List.of(
                                            "Beratung zur Schule",
                                            "Ihr Kind ist neu in Deutschland? Wir helfen bei der Suche nach einer Schule.",
                                            """
                                    Ihr Kind ist neu in Deutschland. Es soll in Duisburg zur Schule gehen. Wir beraten \
                                    Sie. Das kostet nichts.

                                    ## So geht die Beratung

                                    1. Sie machen einen Termin mit uns.
                                    2. Wir sprechen über die Schule von Ihrem Kind bis jetzt.
                                    3. Wir suchen zusammen eine gute Schule.

                                    Bitte bringen Sie Zeugnisse mit. Sie brauchen Hilfe beim Übersetzen? Dann sagen Sie \
                                    es uns.

                                    Die Beratung ist dienstags und donnerstags. Ort: Internationales Zentrum, \
                                    Flachsmarkt 15."""))),
            new DemoPage(
                    "willkommensangebot",
                    COUNSELLING,
                    "Willkommensangebot",
                    "Für Kinder von 10 bis 14 Jahren, die auf einen Schulplatz warten.",
                    "Bis ein Schulplatz frei ist, lernen die Kinder in kleinen Gruppen Deutsch, lernen die Stadt "
                            + "kennen und bereiten sich auf die Schule vor. Die Anmeldung läuft über die Schulberatung.",
                    Map.of()),
            new DemoPage(
                    "interkulturelle-oeffnung",
                    null,
                    "Interkulturelle Öffnung der Verwaltung",
                    "Fortbildung und Beratung für eine Verwaltung, die alle erreicht – auch im Konfliktfall.",
                    "Wir schulen Beschäftigte der Stadtverwaltung, beraten Ämter bei mehrsprachigen Angeboten und "
                            + "unterstützen bei interkulturellen Konflikten.",
                    Map.of(
                            EN,
                                    List.of(
                                            "Intercultural opening of the administration",
                                            "Training and advice for an "
                                                    + "administration that reaches everyone – in conflicts too."),
                            AR,
                                    List.of(
                                            "الانفتاح الثقافي للإدارة",
                                            "تدريب واستشارة لإدارة تصل إلى الجميع – حتى في حالات النزاع."),
                            UK,
                                    List.of(
                                            "Міжкультурне відкриття адміністрації",
                                            "Навчання й консультації для адміністрації, "
                                                    + "яка досягає всіх – і в конфліктах теж."),
                            TR,
                                    List.of(
                                            "Yönetimin kültürlerarası açılımı",
                                            "Herkese ulaşan bir yönetim için eğitim ve "
                                                    + "danışmanlık – anlaşmazlıklarda da."),
                            EINFACH,
                                    List.of(
                                            "Eine Verwaltung für alle",
                                            "Wir schulen die Mitarbeiter der Stadt. So "
                                                    + "verstehen sie Menschen aus anderen Ländern besser."))),
            new DemoPage(
                    "bildungsprogramme",
                    null,
                    "Bildungsprogramme",
                    "Griffbereit, Rucksack KiTa, Rucksack Schule und „Kein Abschluss ohne Anschluss“.",
                    "Mit Eltern ein- bis zehnjähriger Kinder bauen wir Bildungspartnerschaften auf und stärken die "
                            + "Mehrsprachigkeit. Für Jugendliche begleiten wir den Übergang von der Schule in den Beruf.",
                    Map.of(
                            EN,
                                    List.of(
                                            "Education programmes",
                                            "Griffbereit, Rucksack KiTa, Rucksack Schule and “No "
                                                    + "school leaving without a next step” (KAoA)."),
                            AR,
                                    List.of(
                                            "برامج تعليمية",
                                            "Griffbereit وRucksack KiTa وRucksack Schule وبرنامج «لا تخرّج "
                                                    + "دون خطوة تالية»."),
                            UK,
                                    List.of(
                                            "Освітні програми",
                                            "Griffbereit, Rucksack KiTa, Rucksack Schule та «Жодного "
                                                    + "випуску без продовження» (KAoA)."),
                            TR,
                                    List.of(
                                            "Eğitim programları",
                                            "Griffbereit, Rucksack KiTa, Rucksack Schule ve “Bağlantısız "
                                                    + "mezuniyet olmaz” (KAoA)."),
                            EINFACH, List.of("Lern-Programme", "Programme für Kinder, Eltern und Jugendliche."))),
            new DemoPage(
                    "rucksack-kita",
                    "bildungsprogramme",
                    "Rucksack KiTa",
                    "Eltern und Kita stärken gemeinsam die Sprachen der Kinder.",
                    "In Elterngruppen erfahren Mütter und Väter, wie sie die Familiensprache und Deutsch im Alltag "
                            + "fördern. Die Kita greift dieselben Themen auf.",
                    Map.of()),
            new DemoPage(
                    "griffbereit",
                    "bildungsprogramme",
                    "Griffbereit",
                    "Spielgruppen für Eltern mit Kindern unter drei Jahren.",
                    "Eltern spielen, singen und sprechen mit ihren Kleinkindern in der Familiensprache und lernen "
                            + "Angebote im Stadtteil kennen.",
                    Map.of()),
            new DemoPage(
                    "kaoa",
                    "bildungsprogramme",
                    "Kein Abschluss ohne Anschluss (KAoA)",
                    "Begleitung beim Übergang von der Schule in den Beruf.",
                    "Wir begleiten Schülerinnen und Schüler der Sekundarstufe I und II und der Berufskollegs bei der "
                            + "Berufsorientierung.",
                    Map.of()));

    static final NewsText DUISBURG_NEWS = new NewsText(
            "neue-sprechzeiten-schulberatung",
            "Neue Sprechzeiten der Schulberatung",
            "Die Schulberatung für neu zugewanderte Familien berät jetzt dienstags und donnerstags.",
            "Ab sofort finden die Beratungen dienstags und donnerstags im Internationalen Zentrum statt. Bitte "
                    + "vereinbaren Sie vorher einen Termin.");

    static final Map<ContentLanguage, List<String>> DUISBURG_NEWS_TRANSLATIONS = Map.of(
            EN,
                    List.of(
                            "New consultation hours for school advice",
                            "School advice for newly arrived families is now " + "given on Tuesdays and Thursdays."),
            AR,
                    List.of(
                            "مواعيد جديدة للاستشارة المدرسية",
                            "تقدم الاستشارة المدرسية للعائلات القادمة حديثًا الآن " + "يومي الثلاثاء والخميس."),
            UK,
                    List.of(
                            "Нові години шкільних консультацій",
                            "Шкільні консультації для новоприбулих сімей тепер " + "відбуваються у вівторок і четвер."),
            TR,
                    List.of(
                            "Okul danışmanlığında yeni görüşme saatleri",
                            "Yeni gelen aileler için okul danışmanlığı artık " + "salı ve perşembe günleri."),
            EINFACH,
                    List.of(
                            "Neue Zeiten für die Schul-Beratung",
                            "Die Schul-Beratung ist jetzt dienstags und " + "donnerstags."));

    static final DemoPage DUEREN_TRAININGS = new DemoPage(
            "fortbildungen",
            null,
            "Fortbildungen für Fachkräfte",
            "Schulungen und Fachtage zu Integration, Vielfalt und Antidiskriminierung für Schule, Kita und Verwaltung.",
            """
            Das Kommunale Integrationszentrum des Kreises Düren bietet Fortbildungen für Lehrkräfte, \
            Schulsozialarbeit, Kita-Fachkräfte und Beschäftigte der Verwaltung an.

            ## Themen

            - Sprachsensibler Unterricht und Mehrsprachigkeit
            - Umgang mit Diversität und Antidiskriminierung
            - Neu zugewanderte Kinder und Jugendliche in der Schule

            Die Termine und die Anmeldung finden Sie bei unseren Veranstaltungen. Nach der Teilnahme erhalten Sie \
            eine Teilnahmebescheinigung.""",
            Map.of(
                    EINFACH,
                    List.of(
                            "Fortbildungen",
                            "Wir bieten Kurse an. Die Kurse sind für Menschen in Schulen, Kitas und Ämtern.",
                            """
                    Das Integrations-Zentrum vom Kreis Düren macht Kurse. Die Kurse heißen Fortbildungen. Die Kurse sind \
                    für Lehrerinnen und Lehrer, für Menschen in der Kita und für Menschen in Ämtern.

                    ## Darum geht es in den Kursen

                    - Wie lernen Kinder gut Deutsch? Wie helfen andere Sprachen dabei?
                    - Alle Menschen sind verschieden. Niemand darf schlecht behandelt werden.
                    - Kinder sind neu in Deutschland. Wie finden sie gut in die Schule?

                    Die Termine stehen bei unseren Veranstaltungen. Dort melden Sie sich an. Nach dem Kurs bekommen Sie \
                    eine Bescheinigung.""")));

    static final NewsText DUEREN_NEWS = new NewsText(
            "qualitaetszirkel-zu-gast",
            "Qualitätszirkel zur Integrationspolitik zu Gast im Kreis Düren",
            "Rund 40 Migrationsexpertinnen und -experten aus ganz Deutschland trafen sich zwei Tage im Kreishaus.",
            """
            Der bundesweite Arbeitskreis „Kommunaler Qualitätszirkel zur Integrationspolitik“ ist ein Zusammenschluss \
            aus über 30 Kommunen. Beim Treffen im Kreishaus ging es um aktuelle Herausforderungen, den Umgang mit \
            Diversität und Antidiskriminierung sowie um Auswirkungen internationaler Konflikte auf kommunaler Ebene.

            Gemeinsam wurden Empfehlungen für die kommunale Integrationsarbeit erarbeitet.""");

    static final NewsText RECKLINGHAUSEN_NEWS = new NewsText(
            "fortbildungsreihe-mehrsprachigkeit",
            "Neue Fortbildungsreihe zu Mehrsprachigkeit",
            "Vier Termine für Kita- und Grundschulfachkräfte – die Anmeldung ist geöffnet.",
            "Die Reihe zeigt, wie Einrichtungen die Familiensprachen der Kinder einbeziehen. Die Termine stehen im "
                    + "Veranstaltungskalender.");
}
