package io.inkwell.posts;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.UUID;

/**
 * Writes of static pages, each one transaction. Every one asks the actor first ({@link Actor#mayManagePages()},
 * admins) and refuses anyone else with {@link NotAllowedException}. Also throws {@link PageNotFoundException},
 * {@link StalePageException} and {@link InvalidPageException} (empty title, over-long fields, a slug another page
 * has or had, a slug {@link ReservedPaths reserved} by the site's routes).
 */
public interface PageCommands {

    PageRef create(Actor actor, PageDraft draft, boolean publish);

    PageRef update(Actor actor, UUID pageId, int version, PageDraft draft, boolean publish);

    PageRef publish(Actor actor, UUID pageId);

    PageRef returnToDraft(Actor actor, UUID pageId);

    void delete(Actor actor, UUID pageId);

    /**
     * The sanitised HTML a page with this Markdown would show, for the editor's preview; refuses text that could
     * not be saved either ({@link InvalidPageException} on {@code content}).
     */
    String preview(Actor actor, String markdown);
}
