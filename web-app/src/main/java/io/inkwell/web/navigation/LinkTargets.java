package io.inkwell.web.navigation;

import io.inkwell.settings.LinkKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The things of one kind a menu item can lead to (categories; pages and tags as their contexts arrive): a
 * Spring bean per kind, found by {@link Menus}. A menu item stores the kind and the id, so a renamed thing
 * keeps its place in the menu; an id that {@link #resolve} no longer finds is left out of the menus.
 *
 * <p>{@link #resolve} runs with the settings' refresh, every few seconds and off the request threads: give
 * its SQL a comment reading "background work: ..." (as {@code Categories.byIds} does), so that the benchmark
 * leaves it out of the statements of the page it happens to run beside.
 */
public interface LinkTargets {

    LinkKind kind();

    /** What an admin may choose from, in the order the form lists them. */
    List<LinkOption> options();

    /** Where each of these ids leads now, in one batch whatever their number; ids that are gone are left out. */
    Map<UUID, ResolvedLink> resolve(Collection<UUID> ids);

    /** One thing to choose: its id, its name and the path of its page (so the admin page needs no second lookup). */
    record LinkOption(UUID id, String name, String path) {
    }

    /** A thing's current name and the path of its page on this site ({@code /categories/java}). */
    record ResolvedLink(String name, String path) {
    }
}
