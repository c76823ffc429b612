package de.mosaik.events;

import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.translation.ShownText;
import java.util.List;
import java.util.UUID;

/**
 * The texts of a tenant's public open events in one language, for the site search of its portal. Events
 * keeps what "public and open" means and how its texts are translated; the searcher only ranks them.
 */
public interface EventSearch {

    /**
     * The events whose registration is open now (as on the start page), the earliest first, each text
     * its published current translation into {@code language} or the German source.
     */
    List<SearchableEvent> openEvents(UUID tenantId, UiLanguage language);

    /** An event as the search sees it: where its public page is and what it says. */
    record SearchableEvent(String path, ShownText title, ShownText summary, ShownText description) {}
}
