package io.inkwell.exchange;

/**
 * What an export says about the site besides its content: its public address (the links of the WXR file), title,
 * tagline and language.
 */
public record ExportSite(String baseUrl, String title, String description, String language) {
}
