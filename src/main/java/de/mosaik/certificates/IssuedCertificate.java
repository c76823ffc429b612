package de.mosaik.certificates;

import java.time.Instant;
import java.util.UUID;

/** A certificate as others may show it: its number and when it was issued. */
public record IssuedCertificate(UUID id, String number, String title, Instant issuedAt) {}
