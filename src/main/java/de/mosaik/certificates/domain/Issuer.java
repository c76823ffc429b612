package de.mosaik.certificates.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who issues or revokes a certificate: a staff member, or the system (null account) for demo data. */
public record Issuer(@Nullable UUID accountId, String name) {}
