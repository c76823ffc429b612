package de.mosaik.attendance.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who records a mark: a staff member, a trainer (who may mark only events they speak at), or the
 * participant themselves through the room code (no account).
 */
public record Marker(@Nullable UUID accountId, String name, boolean trainerOnly) {

    public static Marker staff(UUID accountId, String name) {
        return new Marker(accountId, name, false);
    }

    public static Marker trainer(UUID accountId, String name) {
        return new Marker(accountId, name, true);
    }

    public static Marker participant(String name) {
        return new Marker(null, name, false);
    }
}
