package de.mosaik.privacy.domain;

import de.mosaik.shared.privacy.PersonalDataAccessLog.AccessKind;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the administrator narrowed the log to; every part is optional. The dates are Berlin days,
 * both inclusive, because that is how people read "from 1 March to 31 March".
 */
public record AccessLogFilter(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable UUID accountId,
        @Nullable AccessKind kind,
        @Nullable String resource) {

    public static AccessLogFilter none() {
        return new AccessLogFilter(null, null, null, null, null);
    }
}
