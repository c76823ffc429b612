package de.mosaik.events.domain;

import de.mosaik.events.EventStatus;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The back-office list's search, filters, order and page (from 1). */
public record EventQuery(
        String text, @Nullable EventStatus status, @Nullable UUID formatId, Period period, Order order, int page) {

    public enum Period {
        UPCOMING,
        PAST,
        ALL
    }

    public enum Order {
        DATE,
        TITLE,
        CHANGED
    }
}
