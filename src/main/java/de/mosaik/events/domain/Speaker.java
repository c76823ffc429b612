package de.mosaik.events.domain;

import java.util.UUID;

public record Speaker(UUID id, SpeakerDetails details, boolean active, int version) {

    public String name() {
        return details.name();
    }

    public boolean internal() {
        return details.accountId() != null;
    }
}
