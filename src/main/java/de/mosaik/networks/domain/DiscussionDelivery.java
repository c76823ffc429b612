package de.mosaik.networks.domain;

/** How a person wants to hear of new posts in the discussions they subscribed to. */
public enum DiscussionDelivery {
    /** One mail for each new post, when it is written. */
    IMMEDIATE,
    /** One mail a day with all new posts since the last one. */
    DIGEST;

    public String messageKey() {
        return "networks.discussion.delivery." + name();
    }
}
