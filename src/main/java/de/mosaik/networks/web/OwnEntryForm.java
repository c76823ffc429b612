package de.mosaik.networks.web;

import de.mosaik.identity.Accounts;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person's own entry in a network: what they do, their phone, which contact details others may see, and the
 * language their mails are written in (the account's, kept by identity; a form without it leaves it as it is).
 */
public record OwnEntryForm(
        @Nullable String functionTitle,
        @Nullable String phone,
        @Nullable Boolean showEmail,
        @Nullable Boolean showPhone,
        @Nullable Integer version,
        @Nullable String language) {

    public boolean emailShown() {
        return Boolean.TRUE.equals(showEmail);
    }

    public boolean phoneShown() {
        return Boolean.TRUE.equals(showPhone);
    }

    /** A form without its version counts as stale. */
    public int knownVersion() {
        return version == null ? -1 : version;
    }

    /** The chosen mail language, if one of those offered was sent; empty when none was or it is unknown. */
    public Optional<Locale> chosenLanguage() {
        return Accounts.LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(language))
                .findFirst();
    }

    /** Whether a language was sent that is not offered (a hand-made request): the field says so. */
    public boolean languageUnknown() {
        return language != null && !language.isBlank() && chosenLanguage().isEmpty();
    }
}
