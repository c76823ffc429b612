package de.mosaik.organisations;

import java.util.List;

/**
 * {@link Organisations#register} and its siblings refuse details that {@link Organisations#check} finds wrong
 * with this exception instead of letting the database refuse them; callers with a form check first.
 */
public class InvalidOrganisationException extends IllegalArgumentException {

    private final List<OrganisationProblem> problems;

    public InvalidOrganisationException(List<OrganisationProblem> problems) {
        super("invalid organisation details: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<OrganisationProblem> problems() {
        return problems;
    }
}
