package io.inkwell.media.internal;

import io.inkwell.db.StorableText;
import io.inkwell.media.MediaLimits;

/**
 * A file name as people see it in the library: what a browser sent, without any folder part, control or
 * direction-changing characters, at most {@link MediaLimits#FILE_NAME_MAX} characters. It is shown, never used
 * as a path; addresses use {@link io.inkwell.media.MediaUrls#urlName}.
 */
final class FileNames {

    static final String UNNAMED = "image";

    private FileNames() {
    }

    static String clean(String sent) {
        String name = StorableText.clean(sent == null ? "" : sent);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        // Tabs, line breaks and the Unicode format characters (bidi overrides, zero-width joiners) can make a
        // name look like another; none belongs in a file name.
        name = name.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (name.length() > MediaLimits.FILE_NAME_MAX) {
            name = StorableText.clean(name.substring(0, MediaLimits.FILE_NAME_MAX)).strip();
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? UNNAMED : name;
    }
}
