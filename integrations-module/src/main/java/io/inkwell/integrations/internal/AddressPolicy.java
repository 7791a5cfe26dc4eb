package io.inkwell.integrations.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Which addresses webhooks are never sent to unless private addresses are allowed
 * ({@code INKWELL_WEBHOOKS_ALLOW_PRIVATE}): a webhook URL is typed by a person, and the site must not become a
 * way to reach what only it can reach (its own ports, the cloud's metadata service, the office network). Refused:
 * unspecified, loopback, link-local (169.254/16, fe80::/10, where metadata services live), private (10/8, 172.16/12,
 * 192.168/16, fc00::/7), shared address space (100.64/10), multicast, the "this network" block 0/8 and broadcast.
 * IPv4 addresses written as IPv6 ({@code ::ffff:10.0.0.1}) are judged as the IPv4 address they are.
 */
final class AddressPolicy {

    private AddressPolicy() {
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second <= 127) || first == 255 && second == 255;
        }
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;
            }
            if (isMappedOrCompatibleIpv4(bytes)) {
                try {
                    return isPrivate(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code ::ffff:a.b.c.d} (which Java usually turns into IPv4 itself) and the old {@code ::a.b.c.d}. */
    private static boolean isMappedOrCompatibleIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) || (bytes[10] == 0 && bytes[11] == 0);
    }
}
