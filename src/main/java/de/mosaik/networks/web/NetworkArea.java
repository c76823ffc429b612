package de.mosaik.networks.web;

import de.mosaik.networks.NetworkSummary;
import de.mosaik.networks.Participation;
import java.util.UUID;

/** One network as the signed-in person meets it in the members' area: the network and their part in it. */
public record NetworkArea(NetworkSummary network, Participation participation) {

    public UUID id() {
        return network.id();
    }

    public String slug() {
        return network.slug();
    }

    public boolean coordinates() {
        return participation.coordinates();
    }

    /** A path inside this network's members' area, e.g. {@code path("/treffen")}. */
    public String path(String rest) {
        return NetworkRoutes.area(network.slug()) + rest;
    }
}
