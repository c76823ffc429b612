package de.mosaik.networks.web;

import org.jspecify.annotations.Nullable;

/** A new network as the platform administration creates it, with its first coordinator. */
public record NewNetworkForm(
        @Nullable String name,
        @Nullable String slug,
        @Nullable String kind,
        @Nullable String description,
        @Nullable String coordinatingOrganisationId,
        @Nullable String visibility,
        @Nullable String coordinatorEmail,
        @Nullable String coordinatorName,
        @Nullable String language) {

    static NewNetworkForm blank() {
        return new NewNetworkForm("", "", "QUALITY_CIRCLE", "", "", "MEMBERS", "", "", "de");
    }
}
