package de.mosaik.organisations;

/**
 * Something wrong with {@link OrganisationDetails}, named by the field it is about (the record component,
 * e.g. {@code municipalityKey}) and the message key that says what is wrong in the user's language.
 */
public record OrganisationProblem(String field, String messageKey) {}
