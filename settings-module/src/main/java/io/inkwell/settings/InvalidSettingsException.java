package io.inkwell.settings;

import io.inkwell.db.Refusal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Settings the site does not take, nothing stored. {@link #refusals()} has the refusal of each refused field,
 * keyed by the name of its {@link ChangeSettings} component ({@code title}, {@code timeZone}, ...), in words the
 * site can show in its language; {@link #problems()} has their English.
 */
public class InvalidSettingsException extends RuntimeException {

    private final Map<String, Refusal> refusals;

    public InvalidSettingsException(Map<String, Refusal> refusals) {
        super("Settings refused: " + refusals);
        this.refusals = Map.copyOf(refusals);
    }

    public Map<String, Refusal> refusals() {
        return refusals;
    }

    /** Each refused field's message in English. */
    public Map<String, String> problems() {
        return refusals.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().english()));
    }
}
