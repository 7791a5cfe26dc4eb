package io.inkwell.media;

/** One stored image of a file: {@code name} is {@code original} or a width ("480", "960", "1600"). */
public record ImageVariant(String name, int width, int height, int byteSize) {

    public static final String ORIGINAL = "original";

    public boolean isOriginal() {
        return ORIGINAL.equals(name);
    }
}
