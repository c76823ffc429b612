package de.mosaik.networks;

/** How a person takes part in a network. */
public enum NetworkRole {
    /** Runs the network: members, delegates, meetings, the recommendation register, moderation. */
    COORDINATOR,
    /** Speaks for a member body. */
    DELEGATE,
    /** Invited to read and take part, without speaking for a body. */
    GUEST;

    public String messageKey() {
        return "networks.role." + name();
    }
}
