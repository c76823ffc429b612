package de.mosaik.portal.domain;

/** A page is written as a draft and reaches the public once published (at its publication time, if set). */
public enum PageStatus {
    DRAFT,
    PUBLISHED
}
