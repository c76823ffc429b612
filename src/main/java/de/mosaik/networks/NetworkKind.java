package de.mosaik.networks;

/** What kind of network it is, as the field names it. */
public enum NetworkKind {
    QUALITY_CIRCLE,
    COUNTY_NETWORK,
    WORKING_GROUP,
    OTHER;

    public String messageKey() {
        return "networks.kind." + name();
    }
}
