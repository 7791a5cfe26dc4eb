package io.inkwell.web.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Who sent a request, as far as the site can tell: the one place that decides it (rate limits, view counts).
 * It is the socket's peer, unless that peer is a trusted proxy ({@code INKWELL_TRUSTED_PROXIES}: addresses
 * or CIDR ranges, comma-separated). Then {@code X-Forwarded-For} is read from the right, each hop added by
 * the proxy before it, and the first address that is not a trusted proxy is the client. Entries to its left
 * were written by the client itself and are never believed, so a client cannot choose its own address;
 * a request straight from an untrusted peer has its {@code X-Forwarded-For} ignored altogether.
 */
@Component
public class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");
    /** Starts like an IPv6 literal and has a colon: InetAddress then parses it or refuses it, never looks it up. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]+)](?::\\d{1,5})?");

    private final List<IpAddressMatcher> trustedProxies;

    ClientAddresses(@Value("${inkwell.trusted-proxies:}") String trustedProxies) {
        this.trustedProxies = parse(trustedProxies);
    }

    /** The client's address in one spelling per address (IPv6 in full), fit to be a key. */
    public String of(HttpServletRequest request) {
        String peer = literal(request.getRemoteAddr()).orElse(String.valueOf(request.getRemoteAddr()));
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor(request);
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<String> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                // "unknown" or garbage written by a proxy we trust: the nearest address we can vouch for.
                return peer;
            }
            if (!isTrusted(hop.get())) {
                return hop.get();
            }
            peer = hop.get();
        }
        return peer;
    }

    private boolean isTrusted(String address) {
        return trustedProxies.stream().anyMatch(proxy -> proxy.matches(address));
    }

    private static List<String> forwardedFor(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        return hops;
    }

    /**
     * An IP address literal (a port or brackets around IPv6 allowed) in its canonical spelling; anything
     * else is empty. Only literals reach {@link InetAddress}, so no text from a request becomes a DNS lookup.
     */
    static Optional<String> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = text.strip();
        var withPort = IPV4_WITH_PORT.matcher(address);
        var bracketed = BRACKETED_IPV6.matcher(address);
        if (withPort.matches()) {
            address = withPort.group(1);
        } else if (bracketed.matches()) {
            address = bracketed.group(1);
        }
        if (IPV4.matcher(address).matches()) {
            return ipv4(address);
        }
        if (!IPV6.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getHostAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Read by hand: the JDK reads leading zeros or octets over 255 as a host name to look up. */
    private static Optional<String> ipv4(String address) {
        StringBuilder canonical = new StringBuilder(15);
        for (String octet : address.split("\\.")) {
            int value = Integer.parseInt(octet);
            if (value > 255) {
                return Optional.empty();
            }
            canonical.append(canonical.isEmpty() ? "" : ".").append(value);
        }
        return Optional.of(canonical.toString());
    }

    private static List<IpAddressMatcher> parse(String setting) {
        List<IpAddressMatcher> proxies = new ArrayList<>();
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split("/", 2);
            if (literal(parts[0]).isEmpty() || (parts.length == 2 && !parts[1].matches("\\d{1,3}"))) {
                throw new IllegalArgumentException("INKWELL_TRUSTED_PROXIES: \"" + entry.strip()
                        + "\" is not an IP address or CIDR range (like 10.0.0.0/8 or ::1)");
            }
            proxies.add(new IpAddressMatcher(entry.strip()));
        }
        return List.copyOf(proxies);
    }
}
