package io.inkwell.settings;

import io.inkwell.db.Refusal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A menu item the site does not take, nothing stored. {@link #refusals()} has the refusal of each field to
 * correct: {@code label}, {@code target} or {@code url}, or {@code menu} when the menu is full, in words the site
 * can show in its language; {@link #problems()} has their English.
 */
public class InvalidNavigationItemException extends RuntimeException {

    private final Map<String, Refusal> refusals;

    public InvalidNavigationItemException(Map<String, Refusal> refusals) {
        super("Menu item refused: " + refusals);
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
