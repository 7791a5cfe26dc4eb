package io.inkwell.integrations.internal;

import static io.inkwell.integrations.IntegrationLimits.ORIGINS_PER_KEY_MAX;

import io.inkwell.db.Refusal;
import io.inkwell.integrations.InvalidIntegrationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Browser origins as a key's CORS list keeps them: {@code scheme://host[:port]}, lower case, the default port left
 * out, exactly as browsers send them in the {@code Origin} header, so a plain string comparison decides.
 */
final class Origins {

    static final String FIELD = "allowedOrigins";

    private Origins() {
    }

    /** The origins typed one per line (or separated by commas or spaces), normalised; refuses what is not one. */
    static List<String> parse(String typed) {
        Set<String> origins = new LinkedHashSet<>();
        for (String part : typed == null ? new String[0] : typed.split("[\\s,]+")) {
            if (!part.isEmpty()) {
                origins.add(normalise(part));
            }
        }
        if (origins.size() > ORIGINS_PER_KEY_MAX) {
            throw new InvalidIntegrationException(FIELD, Refusal.of("refused.apiKey.tooManyOrigins",
                    "A key can allow at most {0} origins; this one names {1}.", ORIGINS_PER_KEY_MAX, origins.size()));
        }
        return List.copyOf(origins);
    }

    static String normalise(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw notAnOrigin(text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
                || !bare || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw notAnOrigin(text);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(" "));
    }

    static String join(List<String> origins) {
        return String.join(" ", origins);
    }

    private static InvalidIntegrationException notAnOrigin(String text) {
        return new InvalidIntegrationException(FIELD, Refusal.of("refused.apiKey.notAnOrigin", "“{0}” is not an origin: write "
                + "the scheme and host the page is served from, such as https://app.example.com or http://localhost:3000, "
                + "without a path.", text));
    }
}
