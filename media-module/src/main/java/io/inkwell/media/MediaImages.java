package io.inkwell.media;

import java.util.Collection;
import java.util.Map;

/** The stored sizes of the images a page shows, for its {@code srcset}, {@code width} and {@code height}: one statement per page. */
public interface MediaImages {

    /** By file hash; hashes of files not stored are left out. */
    Map<String, ImageSizes> sizesOf(Collection<String> hashes);
}
