package io.inkwell.integrations;

/** A key just made, with its text: shown to the admin this once, then known only by its digest. */
public record CreatedApiKey(ApiKeyView key, String secret) {
}
