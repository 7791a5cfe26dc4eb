package io.inkwell.exchange;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The whole site as one zip, for those who may exchange content ({@link Actor#mayExchangeContent()}); anyone else gets
 * {@link NotAllowedException}. It holds every post and page as Markdown with YAML front matter, each post's comments as
 * JSON with their threads, the media library's files, and a WordPress export file (WXR) of the same content. It is
 * written as it is read, a keyset batch at a time through the other contexts' APIs, so its memory does not grow with
 * the site.
 */
public interface SiteExport {

    /** Writes the zip to {@code out} (which stays open). */
    void write(Actor actor, ExportSite site, OutputStream out) throws IOException;
}
