package io.inkwell.settings;

/** No menu item has this id (it was removed, or never was). */
public class NavigationItemNotFoundException extends RuntimeException {

    public NavigationItemNotFoundException(String message) {
        super(message);
    }
}
