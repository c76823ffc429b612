package de.mosaik.programmes.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A building block with the events that fulfil it. {@code hours} null means: the attended event's hours. */
public record BuildingBlock(
        UUID id,
        String title,
        String description,
        boolean required,
        int position,
        @Nullable BigDecimal hours,
        int version,
        List<AssignedEvent> events) {

    public CompletionPolicy.Rule rule() {
        Set<UUID> ids = events.stream().map(AssignedEvent::id).collect(Collectors.toUnmodifiableSet());
        return new CompletionPolicy.Rule(id, required, ids);
    }

    public BuildingBlockDetails details() {
        return new BuildingBlockDetails(title, description, required, hours);
    }
}
