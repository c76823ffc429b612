package de.mosaik.networks.web;

/**
 * Paths of the networks. The members' area lives under {@code /netzwerke/{network}} (signed in, members
 * only); a public network's profile under {@code /netzwerk/{network}}.
 */
final class NetworkRoutes {

    static final String AREA = "/netzwerke";
    static final String NETWORK = "/netzwerke/{network}";
    static final String PUBLIC_PROFILE = "/netzwerk/{network}";

    private NetworkRoutes() {}

    static String area(String slug) {
        return AREA + "/" + slug;
    }

    static String publicProfile(String slug) {
        return "/netzwerk/" + slug;
    }
}
