package de.mosaik.certificates;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A certificate as a person's page lists it: number, title, when issued and, if so, when revoked. */
public record HeldCertificate(
        String number,
        String title,
        Instant issuedAt,
        @Nullable Instant revokedAt) {}
