/**
 * The platform-wide register of bodies (municipalities with their official key, agencies, universities,
 * foundations, schools, Kitas, clinics, migrant organisations, funders), which other modules name by id
 * through {@link de.mosaik.organisations.Organisations}.
 *
 * <p>Duplicates: {@code register} refuses to add a body the register probably has already — the same
 * Amtlicher Gemeindeschlüssel, the same website host (scheme, {@code www.} and path aside), the same name
 * (case, umlauts written out and punctuation aside) or a very similar name in the same town — and returns
 * those bodies instead; {@code registerConfirmed} adds it after a person checked them. Details are checked
 * by field ({@code check}, {@link de.mosaik.organisations.OrganisationProblem}); wrong ones are refused by
 * {@link de.mosaik.organisations.InvalidOrganisationException}, never by the database.
 *
 * <p>The platform administration keeps the register under {@code /plattform/organisationen}.
 *
 * <p>The picker for other modules' forms: {@code GET /organisationen/auswahl?q=…&feld=…} answers signed-in
 * people with an HTML fragment (no layout): the best ten matches of {@code q} (at least two characters) as a
 * group of radio buttons named {@code feld} (letters and digits; {@code organisationId} when missing), each
 * with the body's id as value. A form embeds it with htmx, e.g.
 *
 * <pre>{@code
 * <input type="search" name="q" data-hx-get="/organisationen/auswahl?feld=organisationId"
 *        data-hx-trigger="input changed delay:300ms, search" data-hx-target="#organisationId-treffer">
 * <div id="organisationId-treffer"></div>
 * }</pre>
 *
 * and reads the chosen id from the field named {@code feld} on submit. Without script, the form can send
 * {@code q} and render the same fragment into its own page.
 */
@ApplicationModule(allowedDependencies = {"identity", "shared"})
@NullMarked
package de.mosaik.organisations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
