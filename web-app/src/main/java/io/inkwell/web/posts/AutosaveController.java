package io.inkwell.web.posts;

import io.inkwell.posts.AutosaveDraft;
import io.inkwell.posts.EditorPresence;
import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.PostEditing;
import io.inkwell.posts.StalePostException;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.CurrentSite;
import io.inkwell.web.site.SiteMessages;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor's autosave script ({@code /js/autosave.js}) posts here every 30 seconds: the fields when they changed,
 * else only that the editor is still open. The answer is JSON for the script; the post itself never changes here.
 */
@Controller
class AutosaveController {

    private final PostEditing editing;
    private final UserDirectory users;
    private final CurrentSite site;
    private final PostCards cards;
    private final SiteMessages messages;

    AutosaveController(PostEditing editing, UserDirectory users, CurrentSite site, PostCards cards, SiteMessages messages) {
        this.editing = editing;
        this.users = users;
        this.site = site;
        this.cards = cards;
        this.messages = messages;
    }

    @PostMapping(path = "/posts/{id}/autosave", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<AutosaveAnswer> autosave(@PathVariable UUID id, @RequestParam(name = "version", required = false) Integer version,
                                            @RequestParam(name = "title", required = false) String title,
                                            @RequestParam(name = "excerpt", required = false) String excerpt,
                                            @RequestParam(name = "content", required = false) String content,
                                            @RequestParam(name = "tags", required = false) String tags,
                                            @RequestParam(name = "categoryIds", required = false) List<UUID> categoryIds,
                                            @AuthenticationPrincipal SignedInUser me) {
        if (content == null) {
            return ResponseEntity.ok(new AutosaveAnswer(false, "", others(editing.stillEditing(me.actor(), id))));
        }
        if (version == null) {
            return ResponseEntity.badRequest().body(new AutosaveAnswer(false,
                    messages.getMessage("posts.form.autosaveReload"), ""));
        }
        try {
            List<EditorPresence> others = editing.autosave(me.actor(), id, version,
                    new AutosaveDraft(title, excerpt, content, tags, categoryIds == null ? null : new HashSet<>(categoryIds)));
            return ResponseEntity.ok(new AutosaveAnswer(true,
                    messages.getMessage("posts.form.autosavedAt", new Object[] {time(Instant.now())}), others(others)));
        } catch (StalePostException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new AutosaveAnswer(false,
                    messages.getMessage("posts.form.autosaveStale"), ""));
        } catch (InvalidPostException e) {
            return ResponseEntity.badRequest().body(new AutosaveAnswer(false, messages.getMessage(e.refusal()), ""));
        }
    }

    @PostMapping("/posts/{id}/autosave/discard")
    String discard(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        editing.discardAutosave(me.actor(), id);
        redirect.addFlashAttribute("message", messages.getMessage("posts.form.flash.autosaveDiscarded"));
        return "redirect:/posts/" + id + "/edit";
    }

    private String others(List<EditorPresence> others) {
        if (others.isEmpty()) {
            return "";
        }
        Map<UUID, UserSummary> names = users.summariesOf(others.stream().map(EditorPresence::userId).toList());
        return messages.getMessage("posts.form.othersEditing", new Object[] {others.stream()
                .map(other -> cards.authorName(names.get(other.userId()))).collect(Collectors.joining(", "))});
    }

    private String time(Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm", site.view().locale()).withZone(site.view().zone()).format(at);
    }
}
