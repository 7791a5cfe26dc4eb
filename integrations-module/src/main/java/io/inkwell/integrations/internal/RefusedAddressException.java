package io.inkwell.integrations.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A webhook's host resolves to an address {@link AddressPolicy} refuses. An {@link UnknownHostException}, so the
 * HTTP client gives up on the host without connecting anywhere.
 */
class RefusedAddressException extends UnknownHostException {

    RefusedAddressException(String host, InetAddress address) {
        super(host + " resolves to " + address.getHostAddress() + ", a private, loopback or link-local address;"
                + " webhooks are sent to public addresses only (INKWELL_WEBHOOKS_ALLOW_PRIVATE allows others)");
    }
}
