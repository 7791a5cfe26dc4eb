package io.inkwell.settings;

import io.inkwell.db.Refusal;

/** The settings form was opened on an older version: someone saved in between, and nothing was stored. */
public class StaleSettingsException extends RuntimeException {

    public static final Refusal REFUSAL = Refusal.of("refused.settings.stale",
            "Someone else saved the settings since you opened this page. Reload it to see their changes, then make yours again.");

    public StaleSettingsException() {
        super(REFUSAL.english());
    }

    public Refusal refusal() {
        return REFUSAL;
    }
}
