package io.inkwell.settings;

/** The settings form was opened on an older version: someone saved in between, and nothing was stored. */
public class StaleSettingsException extends RuntimeException {

    public StaleSettingsException() {
        super("Someone else saved the settings since you opened this page. Reload it to see their changes, then make yours again.");
    }
}
