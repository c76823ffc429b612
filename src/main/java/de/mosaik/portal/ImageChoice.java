package de.mosaik.portal;

import java.util.UUID;

/** An image to choose in an editing form: its German alternative text and a small preview's URL. */
public record ImageChoice(UUID id, String alt, String thumbnail) {}
