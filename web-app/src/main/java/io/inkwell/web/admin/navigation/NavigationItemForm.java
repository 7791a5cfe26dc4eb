package io.inkwell.web.admin.navigation;

/**
 * A new menu item as sent: its label, the chosen target ({@code home}, {@code url}, or {@code category:<id>}
 * and the like, see {@code web.navigation.Menus}) and the address typed for {@code url}.
 */
record NavigationItemForm(String label, String target, String url) {

    static NavigationItemForm empty() {
        return new NavigationItemForm("", "home", "");
    }
}
