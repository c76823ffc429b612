package de.mosaik.privacy.domain;

import java.util.UUID;

/** An account that appears in the tenant's log, offered in the account filter under its latest name. */
public record AccessLogAccount(UUID id, String name) {}
