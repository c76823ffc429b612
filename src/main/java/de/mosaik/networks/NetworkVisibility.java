package de.mosaik.networks;

/** Whether a network shows a public profile ("who is in it", adopted recommendations) or only its members see it. */
public enum NetworkVisibility {
    PUBLIC,
    MEMBERS
}
