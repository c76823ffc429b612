package de.mosaik.demo;

import de.mosaik.organisations.OrganisationDetails;
import de.mosaik.organisations.OrganisationKind;
import java.util.List;

/**
 * Bodies of the organisations register for the demo networks: the members of the Kommunaler Qualitätszirkel
 * zur Integrationspolitik (seed 001: 30+ municipalities, federal agencies, universities, foundations and
 * research institutes) and the ten cities of Kreis Recklinghausen (seed 002). Official municipality keys
 * are the real ones; inhabitants are rounded; contact data is left empty.
 */
final class DemoBodies {

    private DemoBodies() {}

    /** The slug of the demo tenant a body runs, or empty. */
    record Body(OrganisationDetails details, String tenantSlug) {}

    static final String STUTTGART = "Landeshauptstadt Stuttgart";

    static List<Body> qualityCircle() {
        return List.of(
                local(STUTTGART, OrganisationKind.MUNICIPALITY, "Stuttgart", "BW", "08111000", 630_000),
                tenant("Kreis Düren", OrganisationKind.COUNTY, "Düren", "05358", 270_000, "kreis-dueren"),
                tenant(
                        "Stadt Duisburg",
                        OrganisationKind.MUNICIPALITY,
                        "Duisburg",
                        "05112000",
                        500_000,
                        "stadt-duisburg"),
                tenant(
                        "Kreis Recklinghausen",
                        OrganisationKind.COUNTY,
                        "Recklinghausen",
                        "05562",
                        615_000,
                        "kreis-recklinghausen"),
                local(
                        "Landeshauptstadt München",
                        OrganisationKind.MUNICIPALITY,
                        "München",
                        "BY",
                        "09162000",
                        1_510_000),
                local("Stadt Nürnberg", OrganisationKind.MUNICIPALITY, "Nürnberg", "BY", "09564000", 530_000),
                local("Stadt Augsburg", OrganisationKind.MUNICIPALITY, "Augsburg", "BY", "09761000", 300_000),
                local(
                        "Stadt Frankfurt am Main",
                        OrganisationKind.MUNICIPALITY,
                        "Frankfurt am Main",
                        "HE",
                        "06412000",
                        770_000),
                local(
                        "Landeshauptstadt Wiesbaden",
                        OrganisationKind.MUNICIPALITY,
                        "Wiesbaden",
                        "HE",
                        "06414000",
                        285_000),
                local(
                        "Stadt Offenbach am Main",
                        OrganisationKind.MUNICIPALITY,
                        "Offenbach am Main",
                        "HE",
                        "06413000",
                        130_000),
                local("Kreis Offenbach", OrganisationKind.COUNTY, "Dietzenbach", "HE", "06438", 360_000),
                local(
                        "Landeshauptstadt Hannover",
                        OrganisationKind.MUNICIPALITY,
                        "Hannover",
                        "NI",
                        "03241001",
                        545_000),
                local("Freie Hansestadt Bremen", OrganisationKind.MUNICIPALITY, "Bremen", "HB", "04011000", 570_000),
                local(
                        "Freie und Hansestadt Hamburg",
                        OrganisationKind.MUNICIPALITY,
                        "Hamburg",
                        "HH",
                        "02000000",
                        1_900_000),
                local("Landeshauptstadt Dresden", OrganisationKind.MUNICIPALITY, "Dresden", "SN", "14612000", 565_000),
                local("Stadt Leipzig", OrganisationKind.MUNICIPALITY, "Leipzig", "SN", "14713000", 620_000),
                local("Landeshauptstadt Erfurt", OrganisationKind.MUNICIPALITY, "Erfurt", "TH", "16051000", 215_000),
                local(
                        "Landeshauptstadt Magdeburg",
                        OrganisationKind.MUNICIPALITY,
                        "Magdeburg",
                        "ST",
                        "15003000",
                        240_000),
                local("Landeshauptstadt Potsdam", OrganisationKind.MUNICIPALITY, "Potsdam", "BB", "12054000", 185_000),
                local("Landeshauptstadt Kiel", OrganisationKind.MUNICIPALITY, "Kiel", "SH", "01002000", 248_000),
                local("Landeshauptstadt Mainz", OrganisationKind.MUNICIPALITY, "Mainz", "RP", "07315000", 220_000),
                local(
                        "Landeshauptstadt Saarbrücken",
                        OrganisationKind.MUNICIPALITY,
                        "Saarbrücken",
                        "SL",
                        "10041100",
                        180_000),
                local("Stadt Köln", OrganisationKind.MUNICIPALITY, "Köln", "NW", "05315000", 1_080_000),
                local(
                        "Landeshauptstadt Düsseldorf",
                        OrganisationKind.MUNICIPALITY,
                        "Düsseldorf",
                        "NW",
                        "05111000",
                        630_000),
                local("Stadt Dortmund", OrganisationKind.MUNICIPALITY, "Dortmund", "NW", "05913000", 595_000),
                local("Stadt Essen", OrganisationKind.MUNICIPALITY, "Essen", "NW", "05113000", 585_000),
                local("Stadt Bielefeld", OrganisationKind.MUNICIPALITY, "Bielefeld", "NW", "05711000", 335_000),
                local("Stadt Münster", OrganisationKind.MUNICIPALITY, "Münster", "NW", "05515000", 320_000),
                local("Stadt Mannheim", OrganisationKind.MUNICIPALITY, "Mannheim", "BW", "08222000", 315_000),
                local(
                        "Stadt Freiburg im Breisgau",
                        OrganisationKind.MUNICIPALITY,
                        "Freiburg im Breisgau",
                        "BW",
                        "08311000",
                        235_000),
                local("Stadt Heidelberg", OrganisationKind.MUNICIPALITY, "Heidelberg", "BW", "08221000", 160_000),
                local("Landkreis Konstanz", OrganisationKind.COUNTY, "Konstanz", "BW", "08335", 290_000),
                other("Bundesamt für Migration und Flüchtlinge", OrganisationKind.FEDERAL_AGENCY, "Nürnberg", "BY"),
                other(
                        "Beauftragte der Bundesregierung für Migration, Flüchtlinge und Integration",
                        OrganisationKind.FEDERAL_AGENCY,
                        "Berlin",
                        "BE"),
                other(
                        "Universität Konstanz, Forschungszentrum Gesellschaftlicher Zusammenhalt",
                        OrganisationKind.UNIVERSITY,
                        "Konstanz",
                        "BW"),
                other("Deutsches Institut für Urbanistik", OrganisationKind.RESEARCH_INSTITUTE, "Berlin", "BE"),
                other("Bertelsmann Stiftung", OrganisationKind.FOUNDATION, "Gütersloh", "NW"),
                other("Deutscher Städtetag", OrganisationKind.ASSOCIATION, "Berlin", "BE"));
    }

    /** The ten cities of Kreis Recklinghausen, whose integration work the county's KI networks (seed 002). */
    static List<Body> recklinghausenCities() {
        return List.of(
                city("Castrop-Rauxel", "05562004", 74_000),
                city("Datteln", "05562008", 35_000),
                city("Dorsten", "05562012", 75_000),
                city("Gladbeck", "05562014", 76_000),
                city("Haltern am See", "05562016", 38_000),
                city("Herten", "05562020", 62_000),
                city("Marl", "05562024", 85_000),
                city("Oer-Erkenschwick", "05562028", 31_000),
                city("Recklinghausen", "05562032", 111_000),
                city("Waltrop", "05562036", 29_000));
    }

    private static Body city(String name, String key, int inhabitants) {
        return local("Stadt " + name, OrganisationKind.MUNICIPALITY, name, "NW", key, inhabitants);
    }

    private static Body local(String name, OrganisationKind kind, String city, String state, String key, int people) {
        return new Body(OrganisationDetails.named(name, kind, city, state).withKey(key, people), "");
    }

    private static Body tenant(String name, OrganisationKind kind, String city, String key, int people, String slug) {
        return new Body(OrganisationDetails.named(name, kind, city, "NW").withKey(key, people), slug);
    }

    private static Body other(String name, OrganisationKind kind, String city, String state) {
        return new Body(OrganisationDetails.named(name, kind, city, state), "");
    }
}
