package io.inkwell.integrations.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * The webhook client's name resolution: the addresses a host resolves to are checked here, and the client connects
 * only to the addresses returned, so the check is on the address actually used. A host with any refused address
 * is refused whole, so a name answering with both a public and a private address (or answering differently each
 * time) cannot slip through.
 */
final class CheckedAddresses implements DnsResolver {

    private final boolean allowPrivate;

    CheckedAddresses(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (AddressPolicy.isPrivate(address)) {
                    throw new RefusedAddressException(host, address);
                }
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }
}
