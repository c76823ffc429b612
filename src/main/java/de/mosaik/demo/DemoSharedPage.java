package de.mosaik.demo;

import de.mosaik.shared.translation.ContentLanguage;
import java.util.List;
import java.util.Map;

/**
 * The page Duisburg offers the other demo tenants (ADR 0019): the school system of North Rhine-Westphalia for
 * newcomers, in German and translated into English, Arabic, Ukrainian, Turkish and Einfache Sprache.
 */
final class DemoSharedPage {

    static final String SLUG = "schulsystem-nrw";
    static final String TITLE = "Das Schulsystem in NRW";
    static final String SUMMARY = "Wie Schule in Nordrhein-Westfalen funktioniert – von der Grundschule bis zum "
            + "Abschluss – und wie Ihr Kind einen Schulplatz bekommt.";
    static final String BODY = """
            In Nordrhein-Westfalen (NRW) gilt die **Schulpflicht**: Alle Kinder und Jugendlichen, die hier wohnen, \
            müssen zur Schule gehen. Das gilt auch für Kinder, die gerade erst nach Deutschland gekommen sind; Kinder \
            geflüchteter Familien sind schulpflichtig, sobald die Familie einer Stadt oder Gemeinde zugewiesen ist. \
            Die Schulpflicht beginnt mit etwa sechs Jahren und dauert mindestens zehn Schuljahre. Öffentliche Schulen \
            kosten kein Schulgeld.

            ## Grundschule

            Alle Kinder gehen zuerst vier Jahre in die Grundschule (Klasse 1 bis 4). Am Ende der vierten Klasse \
            empfiehlt die Grundschule eine weiterführende Schule. Die Eltern entscheiden, an welcher Schulform sie \
            ihr Kind anmelden.

            ## Weiterführende Schulen

            - **Hauptschule** (Klasse 5 bis 10): führt zum Hauptschulabschluss und zum mittleren Schulabschluss.
            - **Realschule** (Klasse 5 bis 10): führt zum mittleren Schulabschluss.
            - **Gymnasium** (Klasse 5 bis 13): führt zum Abitur, mit dem man studieren kann.
            - **Gesamtschule** (Klasse 5 bis 13): alle Abschlüsse an einer Schule, auch das Abitur.
            - **Sekundarschule** (Klasse 5 bis 10): alle lernen gemeinsam; das Abitur ist danach an einer anderen \
            Schule möglich.

            Nach der Schule geht es weiter mit einer Ausbildung und dem Berufskolleg, mit der gymnasialen Oberstufe \
            oder mit einem Studium.

            ## Neu in Deutschland: Seiteneinstieg

            Kinder und Jugendliche, die neu nach Deutschland kommen, heißen in der Schule Seiteneinsteigerinnen und \
            Seiteneinsteiger. Sie gehen in eine Klasse, die zu ihrem Alter passt, und bekommen dort **Erstförderung**: \
            Sie lernen zusätzlich Deutsch, oft in einer eigenen Gruppe, und nehmen nach und nach am ganzen Unterricht \
            teil. Viele Schulen bieten auch Unterricht in der Herkunftssprache an.

            ## So melden Sie Ihr Kind an

            Für neu zugewanderte Kinder hilft das **Kommunale Integrationszentrum** bei der Schulanmeldung. Wir \
            beraten Sie, sprechen über die bisherige Schulzeit Ihres Kindes und suchen eine passende Schule. Bringen \
            Sie bitte mit, was Sie haben: Pass oder Aufenthaltspapiere, die Meldebescheinigung, Zeugnisse und den \
            Impfpass Ihres Kindes. Die Beratung ist kostenlos; auf Wunsch hilft eine Sprachmittlerin oder ein \
            Sprachmittler.""";

    /** Title, summary and body per language. */
    static final Map<ContentLanguage, List<String>> TRANSLATIONS = Map.of(
            DemoPortalTexts.EN,
            List.of(
                    "The school system in North Rhine-Westphalia",
                    "How school works in North Rhine-Westphalia – from primary school to leaving certificate – and "
                            + "how your child gets a place at a school.",
                    """
                    In North Rhine-Westphalia (NRW), **school is compulsory**: all children and young people who \
                    live here must go to school. This also applies to children who have only just come to Germany; \
                    children of refugee families must attend school as soon as the family has been assigned to a \
                    town or municipality. Compulsory schooling starts at about six years of age and lasts at least \
                    ten school years. Public schools charge no school fees.

                    ## Primary school

                    All children first go to primary school for four years (years 1 to 4). At the end of year 4, the \
                    primary school recommends a secondary school. The parents decide which type of school they \
                    register their child at.

                    ## Secondary schools

                    - **Hauptschule** (years 5 to 10): leads to the Hauptschule certificate and the intermediate \
                    school certificate.
                    - **Realschule** (years 5 to 10): leads to the intermediate school certificate.
                    - **Gymnasium** (years 5 to 13): leads to the Abitur, which qualifies for university.
                    - **Gesamtschule** (comprehensive school, years 5 to 13): every certificate at one school, \
                    including the Abitur.
                    - **Sekundarschule** (years 5 to 10): everyone learns together; the Abitur is possible \
                    afterwards at another school.

                    After school, young people go on to vocational training at a vocational college, to upper \
                    secondary school or to university.

                    ## New in Germany: lateral entry

                    Children and young people who are new to Germany are called lateral entrants at school. They \
                    join a class that suits their age and receive **initial support** there: they learn extra \
                    German, often in a group of their own, and gradually take part in all lessons. Many schools \
                    also offer lessons in the heritage language.

                    ## How to register your child

                    For newly arrived children, the **municipal integration centre** (Kommunales \
                    Integrationszentrum) helps with school registration. We advise you, talk about your child's \
                    schooling so far and look for a suitable school. Please bring what you have: passport or \
                    residence papers, the registration certificate (Meldebescheinigung), school reports and your \
                    child's vaccination record. Advice is free of charge; a language mediator can help if you \
                    wish."""),
            DemoPortalTexts.AR,
            List.of(
                    "النظام المدرسي في ولاية شمال الراين وستفاليا",
                    "كيف تعمل المدرسة في ولاية شمال الراين وستفاليا – من المدرسة الابتدائية حتى الشهادة – وكيف يحصل "
                            + "طفلك على مقعد في مدرسة.",
                    """
                    في ولاية شمال الراين وستفاليا **التعليم إلزامي**: يجب على جميع الأطفال والشباب الذين يسكنون هنا \
                    الذهاب إلى المدرسة. وهذا يشمل أيضًا الأطفال الذين وصلوا إلى ألمانيا للتو؛ ويصبح أطفال العائلات \
                    اللاجئة ملزمين بالدراسة بمجرد توزيع العائلة على مدينة أو بلدية. يبدأ التعليم الإلزامي في سن \
                    السادسة تقريبًا ويستمر عشر سنوات دراسية على الأقل. المدارس الحكومية لا تأخذ رسومًا دراسية.

                    ## المدرسة الابتدائية

                    يذهب جميع الأطفال أولًا إلى المدرسة الابتدائية لمدة أربع سنوات (الصف 1 إلى 4). في نهاية الصف \
                    الرابع توصي المدرسة الابتدائية بمدرسة ثانوية. ويقرر الوالدان نوع المدرسة التي يسجلان طفلهما فيها.

                    ## المدارس الثانوية

                    - **Hauptschule** (الصف 5 إلى 10): تؤدي إلى شهادة Hauptschule وإلى الشهادة المدرسية المتوسطة.
                    - **Realschule** (الصف 5 إلى 10): تؤدي إلى الشهادة المدرسية المتوسطة.
                    - **Gymnasium** (الصف 5 إلى 13): تؤدي إلى شهادة Abitur التي تسمح بالدراسة الجامعية.
                    - **Gesamtschule** (المدرسة الشاملة، الصف 5 إلى 13): جميع الشهادات في مدرسة واحدة، ومنها Abitur.
                    - **Sekundarschule** (الصف 5 إلى 10): يتعلم الجميع معًا؛ ويمكن الحصول على Abitur بعدها في \
                    مدرسة أخرى.

                    بعد المدرسة يمكن متابعة التدريب المهني في الكلية المهنية، أو المرحلة الثانوية العليا، أو الدراسة \
                    الجامعية.

                    ## جديد في ألمانيا: الالتحاق المتأخر

                    يُسمّى الأطفال والشباب القادمون حديثًا إلى ألمانيا في المدرسة "الملتحقين المتأخرين". يلتحقون \
                    بصف يناسب أعمارهم ويحصلون فيه على **الدعم الأولي**: يتعلمون الألمانية بشكل إضافي، غالبًا في \
                    مجموعة خاصة، ويشاركون تدريجيًا في جميع الدروس. وتقدم مدارس كثيرة أيضًا دروسًا بلغة الأصل.

                    ## كيف تسجّلون طفلكم

                    يساعد **مركز الاندماج البلدي** (Kommunales Integrationszentrum) الأطفال القادمين حديثًا في \
                    التسجيل المدرسي. نقدّم لكم الاستشارة، ونتحدث عن المسيرة المدرسية لطفلكم حتى الآن، ونبحث عن \
                    مدرسة مناسبة. يرجى إحضار ما لديكم: جواز السفر أو أوراق الإقامة، وشهادة تسجيل السكن \
                    (Meldebescheinigung)، والشهادات المدرسية، ودفتر التطعيم لطفلكم. الاستشارة مجانية، ويمكن أن \
                    يساعدكم وسيط لغوي أو وسيطة لغوية عند الطلب."""),
            DemoPortalTexts.UK,
            List.of(
                    "Шкільна система в землі Північний Рейн-Вестфалія",
                    "Як працює школа в Північному Рейні-Вестфалії – від початкової школи до атестата – і як ваша "
                            + "дитина отримує місце в школі.",
                    """
                    У Північному Рейні-Вестфалії (NRW) діє **обов'язкове навчання**: усі діти та підлітки, які тут \
                    живуть, мусять ходити до школи. Це стосується й дітей, які щойно приїхали до Німеччини; діти з \
                    родин біженців зобов'язані навчатися, щойно родину розподілили до міста чи громади. Обов'язкове \
                    навчання починається приблизно з шести років і триває щонайменше десять шкільних років. \
                    Державні школи не беруть плати за навчання.

                    ## Початкова школа

                    Усі діти спершу чотири роки навчаються в початковій школі (Grundschule, 1–4 класи). Наприкінці \
                    четвертого класу початкова школа рекомендує середню школу. Батьки вирішують, до якого типу школи \
                    записати дитину.

                    ## Середні школи

                    - **Hauptschule** (5–10 класи): веде до атестата Hauptschule та до середнього шкільного атестата.
                    - **Realschule** (5–10 класи): веде до середнього шкільного атестата.
                    - **Gymnasium** (5–13 класи): веде до атестата Abitur, що дає право вступати до університету.
                    - **Gesamtschule** (загальноосвітня школа, 5–13 класи): усі атестати в одній школі, зокрема \
                    Abitur.
                    - **Sekundarschule** (5–10 класи): усі навчаються разом; Abitur потім можна здобути в іншій школі.

                    Після школи можна здобувати професію з навчанням у професійному коледжі, продовжити навчання у \
                    старшій школі або вступити до університету.

                    ## Нові в Німеччині: вступ посеред навчання

                    Дітей і підлітків, які щойно приїхали до Німеччини, у школі називають Seiteneinsteiger. Вони \
                    навчаються в класі, що відповідає їхньому віку, і отримують там **початкову підтримку**: \
                    додатково вивчають німецьку, часто в окремій групі, і поступово беруть участь в усіх уроках. \
                    Багато шкіл пропонують також уроки рідної мови.

                    ## Як записати дитину до школи

                    Для новоприбулих дітей **Комунальний центр інтеграції** (Kommunales Integrationszentrum) \
                    допомагає із записом до школи. Ми консультуємо вас, говоримо про попереднє навчання вашої \
                    дитини й шукаємо відповідну школу. Будь ласка, візьміть із собою те, що маєте: паспорт або \
                    документи на перебування, довідку про реєстрацію місця проживання (Meldebescheinigung), шкільні \
                    табелі та щеплювальний паспорт дитини. Консультація безкоштовна; за бажанням допоможе мовний \
                    посередник або посередниця."""),
            DemoPortalTexts.TR,
            List.of(
                    "Kuzey Ren-Vestfalya'da okul sistemi",
                    "Kuzey Ren-Vestfalya'da okul nasıl işler – ilkokuldan diplomaya kadar – ve çocuğunuz nasıl okul "
                            + "yeri bulur.",
                    """
                    Kuzey Ren-Vestfalya'da (NRW) **okul zorunluluğu** vardır: Burada yaşayan tüm çocuklar ve gençler \
                    okula gitmek zorundadır. Bu, Almanya'ya yeni gelmiş çocuklar için de geçerlidir; mülteci \
                    ailelerin çocukları, aile bir şehre veya belediyeye yerleştirildiği anda okula gitmekle \
                    yükümlüdür. Okul zorunluluğu yaklaşık altı yaşında başlar ve en az on öğretim yılı sürer. Devlet \
                    okulları okul ücreti almaz.

                    ## İlkokul

                    Tüm çocuklar önce dört yıl ilkokula (Grundschule, 1. ile 4. sınıf) gider. Dördüncü sınıfın \
                    sonunda ilkokul bir ortaöğretim okulu önerir. Çocuğun hangi okul türüne kaydedileceğine veliler \
                    karar verir.

                    ## Ortaöğretim okulları

                    - **Hauptschule** (5. ile 10. sınıf): Hauptschule diplomasına ve orta düzey okul diplomasına \
                    götürür.
                    - **Realschule** (5. ile 10. sınıf): orta düzey okul diplomasına götürür.
                    - **Gymnasium** (5. ile 13. sınıf): üniversitede okuma hakkı veren Abitur'a götürür.
                    - **Gesamtschule** (birleşik okul, 5. ile 13. sınıf): Abitur dahil tüm diplomalar tek bir okulda.
                    - **Sekundarschule** (5. ile 10. sınıf): herkes birlikte öğrenir; Abitur daha sonra başka bir \
                    okulda mümkündür.

                    Okuldan sonra meslek koleji ile meslek eğitimi, lise üst kademesi veya üniversite gibi yollar \
                    vardır.

                    ## Almanya'da yeni: sonradan okula katılım

                    Almanya'ya yeni gelen çocuk ve gençlere okulda Seiteneinsteiger denir. Yaşlarına uygun bir sınıfa \
                    giderler ve orada **ilk destek** alırlar: Ek olarak, çoğu zaman ayrı bir grupta Almanca öğrenir \
                    ve adım adım tüm derslere katılırlar. Birçok okul ana dilde ders de sunar.

                    ## Çocuğunuzu nasıl kaydettirirsiniz

                    Yeni gelen çocuklar için **Belediye Uyum Merkezi** (Kommunales Integrationszentrum) okul \
                    kaydında yardım eder. Size danışmanlık yapar, çocuğunuzun bugüne kadarki okul hayatını konuşur \
                    ve uygun bir okul ararız. Lütfen elinizde ne varsa getirin: pasaport veya oturum belgeleri, \
                    ikamet kayıt belgesi (Meldebescheinigung), karneler ve çocuğunuzun aşı kartı. Danışmanlık \
                    ücretsizdir; isterseniz bir dil aracısı yardımcı olur."""),
            DemoPortalTexts.EINFACH,
            List.of(
                    "Die Schule in NRW",
                    "So ist die Schule in Nordrhein-Westfalen. Und so bekommt Ihr Kind einen Platz in einer Schule.",
                    """
                    In Nordrhein-Westfalen müssen alle Kinder zur Schule gehen. Das heißt: **Schulpflicht**. Auch \
                    Kinder, die neu in Deutschland sind, müssen zur Schule gehen. Die Schule beginnt mit etwa \
                    6 Jahren. Die Kinder gehen mindestens 10 Jahre zur Schule. Die Schule kostet kein Geld.

                    ## Die Grundschule

                    Zuerst gehen alle Kinder in die Grundschule. Die Grundschule dauert 4 Jahre. Danach sagt die \
                    Grundschule: Diese Schule passt gut für Ihr Kind. Die Eltern entscheiden dann selbst.

                    ## Die Schulen nach der Grundschule

                    - **Hauptschule**: bis Klasse 10.
                    - **Realschule**: bis Klasse 10.
                    - **Gymnasium**: bis Klasse 13. Am Ende steht das Abitur. Mit dem Abitur kann man studieren.
                    - **Gesamtschule**: bis Klasse 13. Hier kann man jeden Abschluss machen.
                    - **Sekundarschule**: bis Klasse 10. Alle Kinder lernen zusammen.

                    ## Neu in Deutschland

                    Ihr Kind ist neu in Deutschland? Dann geht es in eine Klasse für sein Alter. Dort lernt es \
                    zusätzlich Deutsch. Das heißt: **Erstförderung**. Nach und nach macht Ihr Kind beim ganzen \
                    Unterricht mit.

                    ## Die Anmeldung in der Schule

                    Das **Kommunale Integrationszentrum** hilft Ihnen. Wir suchen zusammen eine Schule für Ihr \
                    Kind. Bitte bringen Sie mit:

                    - Pass oder Papiere für den Aufenthalt
                    - die Meldebescheinigung
                    - Zeugnisse
                    - den Impfpass von Ihrem Kind

                    Die Hilfe kostet nichts. Wir können auch jemanden für die Übersetzung holen."""));

    private DemoSharedPage() {}
}
