package de.mosaik.portal.domain;

import de.mosaik.portal.ContactDetails;
import java.util.UUID;

/** A person or desk of the KI (Ansprechperson), reused on offers and places. */
public record Contact(UUID id, ContactDetails details, int version) {

    public String name() {
        return details.name();
    }
}
