package de.mosaik.portal.web;

import de.mosaik.portal.ImageChoice;
import de.mosaik.portal.domain.Contact;
import de.mosaik.shared.web.FormErrors;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the place form shows besides the typed values. */
public record PlaceEditPage(
        PlaceForm form,
        FormErrors errors,
        @Nullable String problem,
        List<Contact> contacts,
        List<ImageChoice> photos,
        String libraryPath,
        @Nullable String translationsPath,
        @Nullable String publicPath) {}
