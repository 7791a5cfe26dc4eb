package io.inkwell.integrations.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Inkwell-Signature} header of a delivery: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>}, the HMAC
 * keyed with the webhook's secret over {@code t + "." + body}. The timestamp is signed with the body, so a
 * receiver that refuses signatures older than a few minutes cannot be fed a recorded delivery again.
 */
final class WebhookSignature {

    static final String HEADER = "Inkwell-Signature";

    private WebhookSignature() {
    }

    static String header(String secret, long epochSecond, String body) {
        return "t=" + epochSecond + ",v1=" + hmac(secret, epochSecond + "." + body);
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java platform has HmacSHA256", e);
        }
    }
}
