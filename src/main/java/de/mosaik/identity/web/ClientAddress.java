package de.mosaik.identity.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address as the servlet container sees it. Behind a reverse proxy, enable
 * {@code server.forward-headers-strategy=native} so that this is the real client, not the proxy.
 */
final class ClientAddress {

    private ClientAddress() {}

    static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
