package de.mosaik.privacy.domain;

import de.mosaik.shared.privacy.PersonalDataAccessLog.AccessKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the access log as the tenant administrator reads it. */
public record AccessLogEntry(
        Instant accessedAt,
        String accountName,
        AccessKind kind,
        String resource,
        String label,
        @Nullable String personEmail) {

    /** Message key of what was accessed; codes are written by the modules, see {@code PersonalDataAccessLog}. */
    public String resourceKey() {
        return resourceKey(resource);
    }

    public static String resourceKey(String resource) {
        return "privacy.audit.resource." + resource;
    }
}
