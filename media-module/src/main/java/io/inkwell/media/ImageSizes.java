package io.inkwell.media;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The sizes stored of one file, for {@code srcset}, {@code width} and {@code height}: the original and each smaller width. */
public record ImageSizes(String hash, int width, int height, List<ImageVariant> variants) {

    public ImageSizes {
        variants = variants.stream().sorted(Comparator.comparingInt(ImageVariant::width)).toList();
    }

    /**
     * The images a browser may choose from, narrowest first: the made widths, and the original only when it is
     * no wider than the widest of them (a 40-megapixel original is never offered to a page).
     */
    public List<ImageVariant> candidates() {
        int widest = MediaLimits.WIDTHS.get(MediaLimits.WIDTHS.size() - 1);
        return variants.stream().filter(variant -> !variant.isOriginal() || variant.width() <= widest).toList();
    }

    /** The candidate for browsers that read no {@code srcset}: the widest not over {@code width}, else the narrowest. */
    public ImageVariant fallback(int width) {
        List<ImageVariant> candidates = candidates();
        return candidates.stream().filter(variant -> variant.width() <= width).reduce((a, b) -> b)
                .orElse(candidates.get(0));
    }

    public Optional<ImageVariant> variant(String name) {
        return variants.stream().filter(variant -> variant.name().equals(name)).findFirst();
    }
}
