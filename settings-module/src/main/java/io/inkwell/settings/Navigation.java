package io.inkwell.settings;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.UUID;

/**
 * Editing the menus, one item at a time. Changes are for those who may manage settings
 * ({@link Actor#mayManageSettings()}) and throw {@link NotAllowedException} for anyone else,
 * {@link InvalidNavigationItemException} for an item the site does not take and
 * {@link NavigationItemNotFoundException} for an item that is gone. Moving the first item up or the last one
 * down changes nothing.
 */
public interface Navigation {

    /**
     * Both menus (with the settings) as stored now, not the copy in memory: on a new site, its default menus.
     * Two statements, whatever the number of items.
     */
    Site stored();

    /** Adds an item at the end of the menu. */
    NavigationItem add(Actor actor, Menu menu, String label, LinkTarget target);

    void moveUp(Actor actor, UUID itemId);

    void moveDown(Actor actor, UUID itemId);

    void remove(Actor actor, UUID itemId);
}
