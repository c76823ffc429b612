package de.mosaik.portal.domain;

import de.mosaik.portal.ContactKind;
import de.mosaik.portal.PortalTexts;
import de.mosaik.shared.translation.ShownText;

/** A contact as a public page shows it. A person's name is shown as written. */
public record PublicContact(Contact contact, ShownTexts texts) {

    public ShownText name() {
        return contact.details().kind() == ContactKind.DESK
                ? texts.get(PortalTexts.NAME)
                : new ShownText(
                        contact.name(), texts.get(PortalTexts.RESPONSIBILITY).language(), false);
    }

    public ShownText responsibility() {
        return texts.get(PortalTexts.RESPONSIBILITY);
    }

    public ShownText consultationHours() {
        return texts.get(PortalTexts.CONSULTATION_HOURS);
    }
}
