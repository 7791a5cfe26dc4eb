package io.inkwell.web.navigation;

import io.inkwell.web.forms.Choice;
import java.util.List;

/** Both menus' stored items as the admin page lists them, and what a new item may lead to. */
public record MenuEntries(List<MenuEntry> header, List<MenuEntry> footer, List<Choice> choices) {

    public MenuEntries {
        header = List.copyOf(header);
        footer = List.copyOf(footer);
        choices = List.copyOf(choices);
    }
}
