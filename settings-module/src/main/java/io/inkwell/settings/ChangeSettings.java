package io.inkwell.settings;

/**
 * A save of the settings form, as typed: the service checks every field and names each one it refuses
 * ({@link InvalidSettingsException}).
 *
 * @param language         a {@link SiteLanguage#code()}
 * @param timeZone         any {@link java.time.ZoneId} ("Europe/Berlin", "UTC", "+02:00")
 * @param postsPerPage     null when nothing was typed
 * @param registrationOpen null when nothing was chosen
 * @param version          the {@link Settings#version()} the form was opened on
 */
public record ChangeSettings(String title, String tagline, String language, String timeZone, Integer postsPerPage,
                             Boolean registrationOpen, String logoUrl, String iconUrl, String footerText, int version) {
}
