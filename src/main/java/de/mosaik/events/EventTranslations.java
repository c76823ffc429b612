package de.mosaik.events;

import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.translation.ShownText;
import de.mosaik.shared.translation.TranslatableText;
import java.util.Optional;
import java.util.UUID;

/** The staff-written texts of events in the language of a page, for the public pages of other modules. */
public interface EventTranslations {

    /** The event's texts in {@code language}, German where no published current translation exists. */
    Optional<EventTexts> texts(UUID tenantId, UUID eventId, UiLanguage language);

    /**
     * The event's title in {@code language}: its published, current translation, otherwise
     * {@code germanTitle} (which the caller already holds). One short query, none for German, so
     * that mails written inside a registration's transaction stay cheap.
     */
    ShownText title(UUID tenantId, UUID eventId, String germanTitle, UiLanguage language);

    /**
     * The event's consent text with its translations, in one short query each; empty for an
     * unknown event. Registration reads it before it claims a seat, to keep that transaction short.
     */
    Optional<TranslatableText> consent(UUID tenantId, UUID eventId);
}
