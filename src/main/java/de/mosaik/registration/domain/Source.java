package de.mosaik.registration.domain;

/** Where a registration came from. Staff-entered ones need neither e-mail confirmation nor approval. */
public enum Source {
    WEB,
    API,
    GROUP,
    STAFF
}
