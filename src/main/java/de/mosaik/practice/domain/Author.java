package de.mosaik.practice.domain;

import java.util.UUID;

/** The signed-in person who writes or reviews, with the language their mails are to be in (de or en). */
public record Author(UUID accountId, String name, String email, String language) {}
