package de.mosaik.benchmark;

/**
 * Properties shared by the HTTP benchmarks. Classes with the same properties and imports share one
 * application context, so the database and the demo data start once.
 */
final class BenchmarkSettings {

    /** Every benchmark client comes from 127.0.0.1. */
    static final String RATE_LIMIT_OFF = "mosaik.security.public-registration-rate-limit=0";

    static final String QUIET = "logging.level.root=ERROR";

    /**
     * The worst case of a password-guessing flood: an attacker with very many addresses is never
     * stopped by the per-address limit, so every wrong password on a fresh account is hashed.
     */
    static final String HASH_EVERY_WRONG_LOGIN = "mosaik.login.max-failures-per-address=100000000";

    private BenchmarkSettings() {}
}
