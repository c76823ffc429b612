package de.mosaik.networks;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Creates networks, members and delegates without the pages, for the demo data and the first start. */
public interface NetworkSetup {

    UUID createNetwork(NewNetwork network);

    UUID addMember(UUID networkId, UUID organisationId, LocalDate joinedOn);

    UUID addDelegate(UUID networkId, @Nullable UUID memberId, UUID accountId, NetworkRole role, boolean editor);

    record NewNetwork(
            String slug,
            String name,
            NetworkKind kind,
            String description,
            @Nullable UUID coordinatingOrganisationId,
            NetworkVisibility visibility,
            @Nullable LocalDate foundedOn) {}
}
