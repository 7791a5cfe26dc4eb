package io.inkwell.settings;

import java.util.Map;

/**
 * Settings the site does not take, nothing stored. {@link #problems()} has a message for each refused field,
 * keyed by the name of its {@link ChangeSettings} component ({@code title}, {@code timeZone}, ...).
 */
public class InvalidSettingsException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidSettingsException(Map<String, String> problems) {
        super("Settings refused: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
