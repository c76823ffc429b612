package de.mosaik.portal.domain;

import de.mosaik.shared.translation.ContentLanguage;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A page another tenant offers, as the catalogue shows it: its published German text, where it comes from,
 * in which languages it is translated, and whether the viewing tenant has already taken it over.
 */
public record OfferedPage(
        Page page,
        UUID originTenantId,
        String originName,
        List<LanguageState> languages,
        @Nullable UUID takenAs) {

    /** A language the page is published in: current, or outdated because the German changed since. */
    public record LanguageState(ContentLanguage language, boolean current) {}

    public boolean taken() {
        return takenAs != null;
    }
}
