package de.mosaik.demo;

import de.mosaik.demo.DemoEventCatalogue.DemoInstitution;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The people who register for a tenant's events. Each tenant has one pool, so the same person
 * (same e-mail address) turns up at several events, as in real life; some people come far more
 * often than others. Addresses use only the reserved {@code .demo} and example.org domains.
 */
final class DemoPeople {

    record DemoPerson(
            String givenName,
            String familyName,
            String email,
            String institution,
            String targetGroup,
            String locale,
            double activity) {}

    private record Origin(int weight, String locale, List<String> givenNames, List<String> familyNames) {}

    private static final List<Origin> ORIGINS = List.of(
            new Origin(
                    45,
                    "de",
                    List.of(
                            "Anna",
                            "Julia",
                            "Katharina",
                            "Lena",
                            "Sabine",
                            "Stefanie",
                            "Michael",
                            "Thomas",
                            "Andreas",
                            "Markus",
                            "Daniel",
                            "Christina",
                            "Laura",
                            "Jan",
                            "Tobias",
                            "Petra",
                            "Claudia",
                            "Martin",
                            "Frank",
                            "Nicole",
                            "Birgit",
                            "Sebastian",
                            "Miriam",
                            "Felix"),
                    List.of(
                            "Schmitz",
                            "Müller",
                            "Schneider",
                            "Fischer",
                            "Weber",
                            "Meyer",
                            "Wagner",
                            "Becker",
                            "Hoffmann",
                            "Schulz",
                            "Koch",
                            "Richter",
                            "Klein",
                            "Wolf",
                            "Neumann",
                            "Braun",
                            "Zimmermann",
                            "Krüger",
                            "Hartmann",
                            "Lange",
                            "Jansen",
                            "Peters",
                            "Vogel",
                            "Kühn")),
            new Origin(
                    20,
                    "tr",
                    List.of(
                            "Ayşe", "Elif", "Zeynep", "Fatma", "Emine", "Mehmet", "Mustafa", "Ahmet", "Burak", "Emre",
                            "Cem", "Derya", "Gül", "Hakan", "Serkan", "Merve", "Canan"),
                    List.of(
                            "Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan",
                            "Koç", "Kurt", "Özdemir", "Polat", "Erdoğan", "Güneş")),
            new Origin(
                    12,
                    "ar",
                    List.of(
                            "Fatima", "Layla", "Mariam", "Noor", "Rania", "Yasmin", "Ahmad", "Omar", "Khaled", "Karim",
                            "Youssef", "Samir", "Hassan", "Amal"),
                    List.of(
                            "Al-Hassan",
                            "Haddad",
                            "Khalil",
                            "Mansour",
                            "Nasser",
                            "Saleh",
                            "Ibrahim",
                            "Darwish",
                            "El-Amin",
                            "Aziz",
                            "Hamdan",
                            "Suleiman")),
            new Origin(
                    10,
                    "de",
                    List.of(
                            "Agnieszka",
                            "Katarzyna",
                            "Magdalena",
                            "Joanna",
                            "Małgorzata",
                            "Piotr",
                            "Tomasz",
                            "Krzysztof",
                            "Paweł",
                            "Marek",
                            "Ewa"),
                    List.of(
                            "Nowak",
                            "Wójcik",
                            "Kowalczyk",
                            "Mazur",
                            "Krawczyk",
                            "Zając",
                            "Wróbel",
                            "Dudek",
                            "Pawlak",
                            "Sikora")),
            new Origin(
                    13,
                    "uk",
                    List.of(
                            "Olena",
                            "Iryna",
                            "Nataliia",
                            "Oksana",
                            "Tetiana",
                            "Yuliia",
                            "Andrii",
                            "Oleksandr",
                            "Dmytro",
                            "Serhii",
                            "Vasyl",
                            "Kateryna"),
                    List.of(
                            "Kovalenko",
                            "Bondarenko",
                            "Shevchenko",
                            "Tkachenko",
                            "Kravchenko",
                            "Melnyk",
                            "Boiko",
                            "Lysenko",
                            "Marchenko",
                            "Savchenko",
                            "Rudenko")));

    private DemoPeople() {}

    /** A reproducible pool: the same random generator gives the same people. */
    static List<DemoPerson> pool(List<DemoInstitution> institutions, Random random, int size) {
        var people = new ArrayList<DemoPerson>();
        var emails = new HashSet<String>();
        while (people.size() < size) {
            var origin = pickOrigin(random);
            var given = pick(origin.givenNames(), random);
            var family = pick(origin.familyNames(), random);
            var institution = pick(institutions, random);
            var targetGroup = pick(institution.targetGroups(), random);
            var email = uniqueEmail(given, family, institution, emails);
            // Professionals write in German; private people sometimes prefer their own language.
            var locale = institution.domain() == null && random.nextInt(3) == 0 ? origin.locale() : "de";
            var activity = 0.4 + random.nextDouble() * (random.nextInt(5) == 0 ? 4 : 1);
            people.add(new DemoPerson(given, family, email, institution.name(), targetGroup, locale, activity));
        }
        return people;
    }

    /**
     * Who registers for an event: people of its target groups first, the keen ones more likely, then
     * others who are interested anyway.
     */
    static List<DemoPerson> audience(List<DemoPerson> pool, List<String> targetGroups, Random random, int count) {
        Map<DemoPerson, Double> order = new HashMap<>();
        for (var person : pool) {
            var matches = targetGroups.contains(person.targetGroup()) ? 0.0 : 1.0;
            order.put(person, matches + random.nextDouble() / person.activity() / 5);
        }
        return pool.stream()
                .sorted(Comparator.comparing(order::get))
                .limit(count)
                .toList();
    }

    private static Origin pickOrigin(Random random) {
        int total = ORIGINS.stream().mapToInt(Origin::weight).sum();
        int roll = random.nextInt(total);
        for (var origin : ORIGINS) {
            roll -= origin.weight();
            if (roll < 0) {
                return origin;
            }
        }
        return ORIGINS.get(0);
    }

    private static String uniqueEmail(String given, String family, DemoInstitution institution, HashSet<String> taken) {
        var domain = institution.domain() == null ? "example.org" : institution.domain();
        var local = ascii(given) + "." + ascii(family);
        var email = local + "@" + domain;
        for (int n = 2; !taken.add(email); n++) {
            email = local + n + "@" + domain;
        }
        return email;
    }

    /** E-mail addresses in plain ASCII, as people usually choose them. */
    static String ascii(String name) {
        var replaced = name.toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss")
                .replace("ı", "i")
                .replace("ł", "l");
        return Normalizer.normalize(replaced, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9-]", "");
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
