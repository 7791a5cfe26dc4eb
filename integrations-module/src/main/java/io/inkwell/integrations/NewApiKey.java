package io.inkwell.integrations;

/** A key to make: its name, and the browser origins allowed to use it, as typed (one per line, or commas). */
public record NewApiKey(String name, String allowedOrigins) {
}
