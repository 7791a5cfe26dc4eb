package io.inkwell.media;

import java.util.List;

/**
 * The fixed rules of uploads. The services check them, the forms and their {@code maxlength} read them, and
 * the media tables' CHECK constraints hold the same numbers (the module's schema test inserts one over each).
 * How large a file may be is a setting ({@link MediaLibrary#maxFileSize()}).
 */
public final class MediaLimits {

    public static final int ALT_TEXT_MAX = 500;
    public static final int FILE_NAME_MAX = 200;
    /** Read from the file's header and refused before decoding: a small file can claim a huge image. */
    public static final long MAX_PIXELS = 40_000_000L;
    /** The widths made of every image wider than them; nothing is upscaled. */
    public static final List<Integer> WIDTHS = List.of(480, 960, 1600);
    /** Search text of the library page. */
    public static final int SEARCH_MAX = 200;

    private MediaLimits() {
    }
}
