package de.mosaik.portal;

import de.mosaik.shared.i18n.UiLanguage;
import java.util.List;
import java.util.UUID;

/** What a tenant's start page shows of its offers and places. */
public interface PortalHighlights {

    /** At most {@code limit} published offers running today, by title. */
    List<PortalTeaser> currentOffers(UUID tenantId, UiLanguage language, int limit);

    /** The tenant's places, by name. */
    List<PortalTeaser> places(UUID tenantId, UiLanguage language);
}
