package io.inkwell.posts;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.UUID;

/**
 * What the admin's page screens read, asked by the rule of the writes they lead to: {@link NotAllowedException}
 * unless {@link Actor#mayManagePages()}.
 */
public interface PageAdministration {

    /** Every page, drafts included, by title. */
    Page<PageSummary> pages(Actor actor, PageRequest request);

    /** For the editor; {@link PageNotFoundException} when there is none. */
    PageForEditing forEditing(UUID pageId, Actor actor);
}
