package de.mosaik.organisations.domain;

import de.mosaik.organisations.FederalState;
import de.mosaik.organisations.OrganisationDetails;
import de.mosaik.organisations.OrganisationProblem;
import de.mosaik.shared.EmailAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The rules a body's details follow before they reach the table, each problem named by its field. */
final class DetailsCheck {

    static final int NAME_MAX = 200;
    static final int STREET_MAX = 200;
    static final int CITY_MAX = 100;
    static final int WEBSITE_MAX = 300;
    static final int PHONE_MAX = 50;

    private static final Pattern KEY = Pattern.compile("[0-9]{5}([0-9]{3})?");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
    private static final Pattern PHONE = Pattern.compile("[0-9+()/ .-]*");

    /** The first two digits of an official key name the Land, in this order (01 Schleswig-Holstein …). */
    private static final List<FederalState> KEY_PREFIX = List.of(
            FederalState.SH,
            FederalState.HH,
            FederalState.NI,
            FederalState.HB,
            FederalState.NW,
            FederalState.HE,
            FederalState.RP,
            FederalState.BW,
            FederalState.BY,
            FederalState.SL,
            FederalState.BE,
            FederalState.BB,
            FederalState.MV,
            FederalState.SN,
            FederalState.ST,
            FederalState.TH);

    private DetailsCheck() {}

    static List<OrganisationProblem> problems(OrganisationDetails d) {
        var problems = new ArrayList<OrganisationProblem>();
        var name = text(d.name());
        if (name.isEmpty()) {
            problems.add(problem("name", "required"));
        } else if (name.length() > NAME_MAX) {
            problems.add(problem("name", "tooLong"));
        }
        if (text(d.street()).length() > STREET_MAX) {
            problems.add(problem("street", "tooLong"));
        }
        if (!text(d.postalCode()).isEmpty()
                && !POSTAL_CODE.matcher(text(d.postalCode())).matches()) {
            problems.add(problem("postalCode", "invalid"));
        }
        if (text(d.city()).length() > CITY_MAX) {
            problems.add(problem("city", "tooLong"));
        }
        var state = text(d.state());
        if (!state.isEmpty() && FederalState.ofCode(state).isEmpty()) {
            problems.add(problem("state", "invalid"));
        }
        var key = text(d.municipalityKey());
        if (!key.isEmpty()) {
            if (!KEY.matcher(key).matches()) {
                problems.add(problem("municipalityKey", "invalid"));
            } else if (!state.isEmpty() && FederalState.ofCode(state).isPresent() && !keyInLand(key, state)) {
                problems.add(problem("municipalityKey", "otherState"));
            }
        }
        if (d.population() != null && d.population() < 0) {
            problems.add(problem("population", "invalid"));
        }
        var website = text(d.website());
        if (website.length() > WEBSITE_MAX) {
            problems.add(problem("website", "tooLong"));
        } else if (!website.isEmpty() && !WebsiteHost.plausible(website)) {
            problems.add(problem("website", "invalid"));
        }
        var email = text(d.email());
        if (!email.isEmpty() && !EmailAddress.isValid(email)) {
            problems.add(problem("email", "invalid"));
        }
        var phone = text(d.phone());
        if (phone.length() > PHONE_MAX || !PHONE.matcher(phone).matches()) {
            problems.add(problem("phone", "invalid"));
        }
        return problems;
    }

    /** The details as stored: blanks around removed, the Land's code in capitals, an empty key as none. */
    static OrganisationDetails tidy(OrganisationDetails d) {
        var key = text(d.municipalityKey());
        return new OrganisationDetails(
                text(d.name()),
                d.kind(),
                text(d.street()),
                text(d.postalCode()),
                text(d.city()),
                FederalState.ofCode(text(d.state())).map(Enum::name).orElse(""),
                key.isEmpty() ? null : key,
                d.population(),
                text(d.website()),
                text(d.email()),
                text(d.phone()));
    }

    private static boolean keyInLand(String key, String state) {
        var prefix = Integer.parseInt(key.substring(0, 2));
        return prefix >= 1
                && prefix <= KEY_PREFIX.size()
                && KEY_PREFIX.get(prefix - 1).name().equalsIgnoreCase(state);
    }

    private static OrganisationProblem problem(String field, String what) {
        return new OrganisationProblem(field, "organisations.field." + field + "." + what);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
