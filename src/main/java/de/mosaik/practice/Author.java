package de.mosaik.practice;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The person who writes or reviews, with the language their mails are to be in (de or en); no account for
 * examples seeded on behalf of a body without one on the platform.
 */
public record Author(@Nullable UUID accountId, String name, String email, String language) {}
