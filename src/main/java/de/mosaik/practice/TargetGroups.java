package de.mosaik.practice;

/** Whom a practice example is for; labels under {@code practice.target.<NAME>}. */
public enum TargetGroups {
    CHILDREN,
    YOUNG_PEOPLE,
    PARENTS,
    WOMEN,
    REFUGEES,
    SENIORS,
    STAFF,
    VOLUNTEERS,
    MIGRANT_ORGANISATIONS,
    EMPLOYERS,
    GENERAL_PUBLIC
}
