package de.mosaik.networks;

import java.util.UUID;

/** A recommendation a network adopted, as the practice library offers it for "implements recommendation …". */
public record AdoptedRecommendation(UUID id, UUID networkId, int number, String title, RecommendationStatus status) {}
