package io.inkwell.integrations.internal;

import static io.inkwell.integrations.IntegrationLimits.WEBHOOK_URL_MAX;

import io.inkwell.db.Refusal;
import io.inkwell.integrations.InvalidIntegrationException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The rules of a webhook's address, checked when it is saved so the admin reads the reason beside the field: an
 * http(s) address without credentials or fragment, whose host is not, or does not resolve to, an address
 * {@link AddressPolicy} refuses (unless private addresses are allowed). A host that does not resolve now is
 * accepted: names come and go, and every delivery checks the addresses it connects to again.
 */
final class WebhookUrls {

    static final String FIELD = "url";

    private WebhookUrls() {
    }

    static String checked(String typed, boolean allowPrivate) {
        String url = typed == null ? "" : typed.strip();
        if (url.isEmpty()) {
            throw refused(Refusal.of("refused.webhook.urlMissing", "Give the address that receives the webhook."));
        }
        if (url.length() > WEBHOOK_URL_MAX) {
            throw refused(Refusal.of("refused.webhook.urlTooLong", "An address can be at most {0} characters long.", WEBHOOK_URL_MAX));
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw refused(Refusal.of("refused.webhook.urlInvalid",
                    "This is not a web address (spaces and some characters must be %-encoded)."));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(Refusal.of("refused.webhook.urlNotHttp", "Webhooks are sent to http:// or https:// addresses only."));
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw refused(Refusal.of("refused.webhook.urlWithCredentials",
                    "Leave the user name and password out of the address: each delivery is signed with the secret instead."));
        }
        if (uri.getHost() == null) {
            throw refused(Refusal.of("refused.webhook.urlWithoutHost", "This address names no host."));
        }
        if (uri.getRawFragment() != null) {
            throw refused(Refusal.of("refused.webhook.urlWithFragment", "Leave out the #fragment: it is never sent to the receiver."));
        }
        if (!allowPrivate) {
            refusePrivate(uri.getHost());
        }
        return url;
    }

    private static void refusePrivate(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException | SecurityException unresolved) {
            return;
        }
        for (InetAddress address : addresses) {
            if (AddressPolicy.isPrivate(address)) {
                throw refused(Refusal.of("refused.webhook.urlPrivate", "This address leads to a private network or to this "
                        + "server ({0}); webhooks are sent to public addresses only.", address.getHostAddress()));
            }
        }
    }

    private static InvalidIntegrationException refused(Refusal refusal) {
        return new InvalidIntegrationException(FIELD, refusal);
    }
}
