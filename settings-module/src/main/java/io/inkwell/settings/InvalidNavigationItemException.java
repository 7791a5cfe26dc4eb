package io.inkwell.settings;

import java.util.Map;

/**
 * A menu item the site does not take, nothing stored. {@link #problems()} has a message for each field to
 * correct: {@code label}, {@code target} or {@code url}, or {@code menu} when the menu is full.
 */
public class InvalidNavigationItemException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidNavigationItemException(Map<String, String> problems) {
        super("Menu item refused: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
