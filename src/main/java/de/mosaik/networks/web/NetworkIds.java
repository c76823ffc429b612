package de.mosaik.networks.web;

import java.util.UUID;

/** Ids from a network's paths: anything that is no id answers 404 like an unknown one. */
final class NetworkIds {

    private NetworkIds() {}

    static UUID parse(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw NetworkPages.notFound();
        }
    }
}
