package de.mosaik.events;

import de.mosaik.shared.i18n.UiLanguage;
import java.util.Optional;
import java.util.UUID;

/** The staff-written texts of events in the language of a page, for the public pages of other modules. */
public interface EventTranslations {

    /** The event's texts in {@code language}, German where no published current translation exists. */
    Optional<EventTexts> texts(UUID tenantId, UUID eventId, UiLanguage language);
}
