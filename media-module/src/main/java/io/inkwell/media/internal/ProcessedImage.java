package io.inkwell.media.internal;

import java.util.List;

/** What is stored of an upload: the format of every variant ("jpeg" or "png"), the upright size, and the encoded variants. */
record ProcessedImage(String format, int width, int height, List<EncodedVariant> variants) {

    record EncodedVariant(String name, int width, int height, byte[] bytes) {
    }
}
