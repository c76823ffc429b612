package de.mosaik.shared.web.translation;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.work.TranslationProgress;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Request parameters of the translation pages, checked before use: an unknown value is a bad request. */
final class TranslationParameters {

    private TranslationParameters() {}

    /** One of the tenant's languages; {@code fallback} when none is named. */
    static @Nullable ContentLanguage language(
            @Nullable String code, List<ContentLanguage> offered, @Nullable ContentLanguage fallback) {
        if (code == null || code.isBlank()) {
            return fallback;
        }
        return offered.stream()
                .filter(l -> l.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    }

    static @Nullable TranslationProgress progress(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(TranslationProgress.values())
                .filter(p -> p.name().equals(value))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    }
}
