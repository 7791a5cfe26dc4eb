package io.inkwell.web.media;

import io.inkwell.media.ImageSizes;
import io.inkwell.media.ImageVariant;
import io.inkwell.media.MediaImages;
import io.inkwell.media.MediaUrls;
import io.inkwell.media.MediaUrls.MediaRef;
import io.inkwell.web.site.SiteUrls;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Gives the library's images on a page their {@code srcset}, {@code sizes}, {@code width} and {@code height},
 * and {@code loading="lazy"} to every image below the first: the featured image of a post and of the cards of
 * a listing, and the Markdown images of a post's text whose address is one of the library's (relative, or
 * under the site's address). The sizes of all of a page's images come from one call ({@link MediaImages}), and
 * only when the page shows one of the library's; other pages cost nothing more.
 */
@Component
public class ResponsiveImages {

    /** The text column: 46rem less its padding, the whole viewport on a phone. */
    static final String SIZES = "(max-width: 46rem) calc(100vw - 2.5rem), 43.5rem";
    /** A card's image is as wide as the column too. */
    static final String CARD_SIZES = SIZES;

    private final MediaImages images;
    private final SiteUrls urls;

    ResponsiveImages(MediaImages images, SiteUrls urls) {
        this.images = images;
        this.urls = urls;
    }

    /** A post's page: its featured image (null if none) and its sanitised HTML with responsive images. */
    public PostImages forPost(String contentHtml, String featuredImageUrl) {
        boolean contentHasLibraryImages = contentHtml != null && contentHtml.contains(MediaUrls.PREFIX);
        Document body = contentHasLibraryImages ? Jsoup.parseBodyFragment(contentHtml) : null;
        List<Element> contentImages = body == null ? List.of() : body.select("img[src]");
        Set<String> addresses = new LinkedHashSet<>();
        if (featuredImageUrl != null) {
            addresses.add(featuredImageUrl);
        }
        contentImages.forEach(image -> addresses.add(image.attr("src")));
        Map<String, ImageSizes> sizes = sizesOf(addresses);

        ResponsiveImage featured = featuredImageUrl == null ? null : image(featuredImageUrl, sizes, SIZES, false);
        if (body == null) {
            return new PostImages(featured, contentHtml);
        }
        boolean lazy = featured != null;
        for (Element element : contentImages) {
            Optional<MediaRef> ref = ownImage(element.attr("src"));
            ImageSizes size = ref.map(MediaRef::hash).map(sizes::get).orElse(null);
            if (size != null) {
                ResponsiveImage responsive = responsive(ref.get(), size, SIZES, lazy);
                element.attr("src", responsive.src()).attr("srcset", responsive.srcset()).attr("sizes", responsive.sizes())
                        .attr("width", responsive.width().toString()).attr("height", responsive.height().toString());
            }
            if (lazy) {
                element.attr("loading", "lazy");
            }
            lazy = true;
        }
        body.outputSettings().prettyPrint(false);
        return new PostImages(featured, body.body().html());
    }

    /** The cards' featured images, by address, in one call: the first lazily loaded is the second card's. */
    public Map<String, ResponsiveImage> forCards(List<String> featuredImageUrls) {
        List<String> present = featuredImageUrls.stream().filter(Objects::nonNull).toList();
        Map<String, ImageSizes> sizes = sizesOf(present);
        Map<String, ResponsiveImage> cards = new HashMap<>();
        for (String url : present) {
            cards.putIfAbsent(url, image(url, sizes, CARD_SIZES, !cards.isEmpty()));
        }
        return cards;
    }

    /** The absolute address of a stored image, for fields that keep one (featured image, avatar). */
    public String absolute(String path) {
        return urls.absolute(path);
    }

    private ResponsiveImage image(String url, Map<String, ImageSizes> sizes, String sizesAttribute, boolean lazy) {
        Optional<MediaRef> ref = ownImage(url);
        ImageSizes size = ref.map(MediaRef::hash).map(sizes::get).orElse(null);
        return size == null ? new ResponsiveImage(url, null, null, null, null, lazy)
                : responsive(ref.get(), size, sizesAttribute, lazy);
    }

    private ResponsiveImage responsive(MediaRef ref, ImageSizes size, String sizesAttribute, boolean lazy) {
        List<String> candidates = new ArrayList<>();
        for (ImageVariant variant : size.candidates()) {
            candidates.add(sitePath(MediaUrls.path(ref.hash(), variant.name(), ref.name())) + " " + variant.width() + "w");
        }
        String src = sitePath(MediaUrls.path(ref.hash(), size.fallback(960).name(), ref.name()));
        return new ResponsiveImage(src, String.join(", ", candidates), sizesAttribute, size.width(), size.height(), lazy);
    }

    private Map<String, ImageSizes> sizesOf(Collection<String> addresses) {
        Set<String> hashes = addresses.stream().map(this::ownImage).flatMap(Optional::stream).map(MediaRef::hash)
                .collect(Collectors.toSet());
        return hashes.isEmpty() ? Map.of() : images.sizesOf(hashes);
    }

    /**
     * A path from the site's root as the browser asks for it: under the base URL's own path, if any, and
     * without its host, so that pages work under whatever name the browser reached the site.
     */
    private String sitePath(String path) {
        return URI.create(urls.base()).getRawPath() + path;
    }

    /** One of the library's images, at a relative address or under the site's own. */
    private Optional<MediaRef> ownImage(String url) {
        if (url == null || !(url.startsWith(MediaUrls.PREFIX) || url.startsWith(urls.base() + MediaUrls.PREFIX))) {
            return Optional.empty();
        }
        return MediaUrls.parse(url);
    }

    /** A post page's images: the featured one (null when there is none) and the text's HTML. */
    public record PostImages(ResponsiveImage featured, String contentHtml) {
    }
}
