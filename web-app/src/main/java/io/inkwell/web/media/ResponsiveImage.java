package io.inkwell.web.media;

/**
 * An {@code <img>} as a page writes it: for an image of the library, every stored width in {@code srcset} and
 * its intrinsic {@code width} and {@code height} (the browser keeps its room before it loads: no layout shift);
 * for an image elsewhere, its address alone. {@code lazy}: below the first image of the page.
 */
public record ResponsiveImage(String src, String srcset, String sizes, Integer width, Integer height, boolean lazy) {

    public ResponsiveImage eager() {
        return new ResponsiveImage(src, srcset, sizes, width, height, false);
    }

    public String loading() {
        return lazy ? "lazy" : null;
    }
}
