package io.inkwell.web.media;

import io.inkwell.media.MediaDelivery;
import io.inkwell.media.MediaDelivery.StoredImage;
import io.inkwell.media.MediaUrls;
import io.inkwell.web.errors.NotFound;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Serves the library's images. An address always answers with the same bytes, so browsers and proxies keep
 * them for a year ({@code immutable}), and the strong ETag is made from the address alone: a conditional
 * request is answered 304 before the database is asked. A 200 is one primary-key read of the bytes, with the
 * content type their magic number says, {@code nosniff}, and {@code Content-Disposition: inline}. The last part
 * of the address is only a name for people: any name serves the same bytes.
 */
@Controller
class MediaController {

    private static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final Pattern DOWNLOAD_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}\\.(jpg|png)");

    private final MediaDelivery delivery;

    MediaController(MediaDelivery delivery) {
        this.delivery = delivery;
    }

    @GetMapping("/media/{hash}/{variant}/{name}")
    ResponseEntity<byte[]> serveImage(@PathVariable String hash, @PathVariable String variant, @PathVariable String name,
                                      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        if (!MediaUrls.isHash(hash) || !MediaUrls.isVariant(variant)) {
            throw NotFound.page();
        }
        String etag = "\"" + hash + "-" + variant + "\"";
        if (matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(FOR_A_YEAR).build();
        }
        StoredImage image = delivery.read(hash, variant).orElseThrow(NotFound::page);
        String fileName = DOWNLOAD_NAME.matcher(name).matches() ? name : "image";
        return ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(FOR_A_YEAR)
                .contentType(MediaType.parseMediaType(image.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(image.bytes());
    }

    /** {@code If-None-Match}: {@code *} or a list of ETags, weak ones compared weakly (RFC 9110, 13.1.2). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
