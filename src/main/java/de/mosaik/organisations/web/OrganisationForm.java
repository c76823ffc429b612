package de.mosaik.organisations.web;

import de.mosaik.organisations.Organisation;
import de.mosaik.organisations.OrganisationDetails;
import de.mosaik.organisations.OrganisationKind;
import de.mosaik.organisations.OrganisationProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * A body's details as typed into the register's form; everything text, so that whatever was typed comes
 * back when the form is shown again. {@code confirmed} is set by "trotzdem anlegen".
 */
public record OrganisationForm(
        @Nullable String name,
        @Nullable String kind,
        @Nullable String street,
        @Nullable String postalCode,
        @Nullable String city,
        @Nullable String state,
        @Nullable String municipalityKey,
        @Nullable String population,
        @Nullable String website,
        @Nullable String email,
        @Nullable String phone,
        @Nullable Integer version,
        @Nullable Boolean confirmed) {

    static OrganisationForm empty() {
        return new OrganisationForm("", "", "", "", "", "", "", "", "", "", "", 0, false);
    }

    static OrganisationForm of(Organisation body) {
        var d = body.details();
        return new OrganisationForm(
                d.name(),
                d.kind().name(),
                d.street(),
                d.postalCode(),
                d.city(),
                d.state(),
                d.municipalityKey() == null ? "" : d.municipalityKey(),
                d.population() == null ? "" : String.valueOf(d.population()),
                d.website(),
                d.email(),
                d.phone(),
                body.version(),
                false);
    }

    OrganisationForm withVersion(int current) {
        return new OrganisationForm(
                name,
                kind,
                street,
                postalCode,
                city,
                state,
                municipalityKey,
                population,
                website,
                email,
                phone,
                current,
                false);
    }

    public int expectedVersion() {
        return version == null ? 0 : version;
    }

    boolean duplicatesChecked() {
        return Boolean.TRUE.equals(confirmed);
    }

    /** The chosen kind, if it is one of the kinds (a forged or missing value is none). */
    Optional<OrganisationKind> chosenKind() {
        return Arrays.stream(OrganisationKind.values())
                .filter(k -> k.name().equals(text(kind)))
                .findFirst();
    }

    /** Checks what the register cannot: a kind chosen, a number typed as inhabitants. */
    void checkTyped(BindingResult result) {
        if (chosenKind().isEmpty()) {
            result.rejectValue("kind", "organisations.field.kind.required");
        }
        if (!text(population).isEmpty() && !text(population).matches("[0-9]{1,9}")) {
            result.rejectValue("population", "organisations.field.population.invalid");
        }
    }

    /** The details for the register; a kind or number {@link #checkTyped} refused is left as other or none. */
    OrganisationDetails details() {
        var key = text(municipalityKey);
        return new OrganisationDetails(
                text(name),
                chosenKind().orElse(OrganisationKind.OTHER),
                text(street),
                text(postalCode),
                text(city),
                text(state),
                key.isEmpty() ? null : key,
                text(population).matches("[0-9]{1,9}") ? Integer.valueOf(text(population)) : null,
                text(website),
                text(email),
                text(phone));
    }

    static void reject(List<OrganisationProblem> problems, BindingResult result) {
        for (var problem : problems) {
            if (!result.hasFieldErrors(problem.field())) {
                result.rejectValue(problem.field(), problem.messageKey());
            }
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
