package io.inkwell.web.media;

import io.inkwell.db.KeysetTokens;
import io.inkwell.media.InvalidUploadException;
import io.inkwell.media.MediaInUseException;
import io.inkwell.media.MediaItem;
import io.inkwell.media.MediaLibrary;
import io.inkwell.media.MediaLimits;
import io.inkwell.media.MediaNotFoundException;
import io.inkwell.media.MediaPage;
import io.inkwell.media.Uploaded;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.forms.Confirmation;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The media library at {@code /admin/media}: authors see and manage their own images, editors everyone's
 * (the service decides). Uploads come from its form, from the post editor's form (in a new tab without
 * JavaScript), and from the editor's script, which asks for JSON.
 */
@Controller
class MediaLibraryController {

    static final int PAGE_SIZE = 24;
    private static final String LIST = "admin/media/list";

    private final MediaLibrary library;
    private final ImageUploads uploads;
    private final LibraryCards cards;
    private final SiteMessages messages;

    MediaLibraryController(MediaLibrary library, ImageUploads uploads, LibraryCards cards, SiteMessages messages) {
        this.library = library;
        this.uploads = uploads;
        this.cards = cards;
        this.messages = messages;
    }

    @GetMapping("/admin/media")
    String listMedia(@RequestParam(name = "q", required = false) String query,
                     @RequestParam(name = "after", required = false) String after,
                     @AuthenticationPrincipal SignedInUser me, Model model) {
        return list(model, me, query, after, null, Map.of());
    }

    @PostMapping(value = "/admin/media", produces = MediaType.TEXT_HTML_VALUE)
    String processUpload(@RequestParam(name = "image", required = false) MultipartFile image,
                         @RequestParam(name = "altText", required = false) String altText,
                         @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        try {
            Uploaded uploaded = uploads.upload(me.actor(), image, altText);
            redirect.addFlashAttribute("message", messages.getMessage(uploaded.alreadyInLibrary()
                    ? "admin.media.detail.flash.alreadyInLibrary" : "admin.media.detail.flash.uploaded"));
            return "redirect:/admin/media/" + uploaded.item().id();
        } catch (InvalidUploadException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return list(model, me, null, null, altText, Map.of(e.field(), messages.getMessage(e.refusal())));
        }
    }

    /** For the editor's script: the Markdown to insert and the address, or the field and its message. */
    @PostMapping(value = "/admin/media", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, String>> processUploadForScript(
            @RequestParam(name = "image", required = false) MultipartFile image,
            @RequestParam(name = "altText", required = false) String altText, @AuthenticationPrincipal SignedInUser me) {
        try {
            MediaItem item = uploads.upload(me.actor(), image, altText).item();
            String url = uploads.absoluteUrl(item, 960);
            return ResponseEntity.ok(Map.of("url", url, "markdown", LibraryCards.markdown(item.altText(), url),
                    "altText", item.altText()));
        } catch (InvalidUploadException e) {
            return ResponseEntity.badRequest().body(Map.of("field", e.field(), "message", messages.getMessage(e.refusal())));
        }
    }

    @GetMapping("/admin/media/{id}")
    String showMedia(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, Model model) {
        MediaItem item = find(id, me);
        model.addAttribute("card", cards.of(java.util.List.of(item), me.actor()).get(0));
        return "admin/media/detail";
    }

    @GetMapping("/admin/media/{id}/delete")
    String confirmDelete(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, Model model) {
        MediaItem item = find(id, me);
        String back = "/admin/media/" + item.id();
        model.addAttribute("confirmation", item.isUsed()
                ? Confirmation.nothingToConfirm(messages.getMessage("admin.media.confirmDelete.title"),
                        messages.getMessage("admin.media.confirmDelete.cannot"), usedMessage(item.usedIn().size()), back)
                : Confirmation.ofDeleting(messages.getMessage("admin.media.confirmDelete.title"),
                        messages.getMessage("admin.media.confirmDelete.question"),
                        messages.getMessage("admin.media.confirmDelete.explanation", new Object[] {item.fileName()}),
                        back + "/delete", messages.getMessage("admin.media.confirmDelete.button"), back));
        return "admin/media/confirm-delete";
    }

    @PostMapping("/admin/media/{id}/delete")
    String delete(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        UUID mediaId = NotFound.idOrNotFound(id);
        try {
            library.delete(me.actor(), mediaId);
        } catch (MediaNotFoundException e) {
            throw NotFound.page();
        } catch (MediaInUseException e) {
            redirect.addFlashAttribute("problem", usedMessage(e.referrerIds().size()));
            return "redirect:/admin/media/" + mediaId;
        }
        redirect.addFlashAttribute("message", messages.getMessage("admin.media.list.flash.deleted"));
        return "redirect:/admin/media";
    }

    private MediaItem find(String id, SignedInUser me) {
        try {
            return library.find(me.actor(), NotFound.idOrNotFound(id));
        } catch (MediaNotFoundException e) {
            throw NotFound.page();
        }
    }

    private String usedMessage(int posts) {
        return messages.getMessage("admin.media.detail.inUse", new Object[] {posts});
    }

    private String list(Model model, SignedInUser me, String query, String after, String altText, Map<String, String> errors) {
        String search = query == null ? "" : query.strip();
        if (search.length() > MediaLimits.SEARCH_MAX) {
            search = search.substring(0, MediaLimits.SEARCH_MAX);
        }
        Optional<UUID> cursor = KeysetTokens.bounded(after, 36).flatMap(KeysetTokens::uuid);
        MediaPage page = library.list(me.actor(), search, cursor, PAGE_SIZE);
        model.addAttribute("cards", cards.of(page.items(), me.actor()));
        model.addAttribute("next", page.nextToken());
        model.addAttribute("paged", cursor.isPresent());
        model.addAttribute("q", search);
        model.addAttribute("everyone", me.actor().maySeeAllMedia());
        model.addAttribute("altText", altText);
        model.addAttribute("imageError", errors.get("image"));
        model.addAttribute("altTextError", errors.get("altText"));
        model.addAttribute("maxFileBytes", uploads.maxFileBytes());
        return LIST;
    }
}
