package de.mosaik.portal.web;

import de.mosaik.events.TenantEvents;
import de.mosaik.portal.domain.Contact;
import de.mosaik.portal.domain.PortalPlace;
import de.mosaik.shared.web.FormErrors;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the offer form shows besides the typed values: the choices and where else to go. */
public record OfferEditPage(
        OfferForm form,
        FormErrors errors,
        @Nullable String problem,
        List<PortalPlace> places,
        List<Contact> contacts,
        List<TenantEvents.EventDates> events,
        List<String> languages,
        @Nullable String translationsPath,
        @Nullable String publicPath) {}
