package io.inkwell.web.api;

import io.inkwell.db.KeysetTokens;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The Content API's {@code next} cursors: opaque to clients, and bound to the listing that made them. A cursor
 * says which listing it belongs to ({@code kind}: posts, categories, tags, search), with which parameters
 * ({@code scope}: the category, tag, author or query it was made for), and where the next page starts
 * ({@code position}, in that listing's own keyset terms, read with {@link KeysetTokens}' rules). Handed back to
 * another listing, or to the same one with other parameters, it is refused with a 400 that says so: unlike the
 * site's pages, which show the first page for a token they did not make, a program is told its mistake.
 */
record ApiCursor(String kind, String scope, String position) {

    static final int MAX_LENGTH = 600;
    private static final String VERSION = "1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    String token() {
        return ENCODER.encodeToString(String.join("\n", VERSION, kind, scope, position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position of a cursor of this listing; empty when there is none (the first page). */
    static Optional<String> positionOf(String token, String kind, String scope) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = KeysetTokens.bounded(token, MAX_LENGTH).flatMap(ApiCursor::decoded).map(text -> text.split("\n", 4))
                .filter(fields -> fields.length == 4 && fields[0].equals(VERSION) && !fields[3].isEmpty())
                .orElseThrow(() -> ApiException.badRequest("The cursor is not one this API gave: pass the \"next\" value of "
                        + "the previous page as it is, or leave it out for the first page."));
        if (!parts[1].equals(kind) || !parts[2].equals(scope)) {
            throw ApiException.badRequest("This cursor belongs to another listing (" + describe(parts[1], parts[2])
                    + "): ask this listing from its first page, or pass the cursor to the listing that gave it.");
        }
        return Optional.of(parts[3]);
    }

    private static Optional<String> decoded(String token) {
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String describe(String kind, String scope) {
        return scope.isEmpty() ? kind : kind + " with " + (kind.equals("search") ? "another query" : scope);
    }
}
