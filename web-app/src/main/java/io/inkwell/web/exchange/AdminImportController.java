package io.inkwell.web.exchange;

import io.inkwell.exchange.ImportAlreadyRunningException;
import io.inkwell.exchange.ImportRun;
import io.inkwell.exchange.SkippedItem;
import io.inkwell.exchange.WordPressImport;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The WordPress import: the upload form and the newest import's progress and report, which any admin sees from any
 * session (the page reloads itself every few seconds while the import runs). The container has already written the
 * upload to a temporary file (never into memory); it is moved to a file of the import's own, which the import
 * deletes when done.
 */
@Controller
class AdminImportController {

    static final String VIEW = "admin/exchange/import";
    /** Entries of the report the page lists; the counts cover all of them. */
    static final int REPORT_SHOWN = 200;

    private final WordPressImport imports;
    private final SiteMessages messages;
    private final ImportWords words;

    AdminImportController(WordPressImport imports, SiteMessages messages, ImportWords words) {
        this.imports = imports;
        this.messages = messages;
        this.words = words;
    }

    @GetMapping("/admin/import")
    String showImport(@AuthenticationPrincipal SignedInUser me, Model model) {
        return page(me, model, null);
    }

    @PostMapping("/admin/import")
    String startImport(@RequestParam(name = "file", required = false) MultipartFile file,
                       @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) throws IOException {
        String problem = problemWith(file);
        if (problem == null) {
            Path copy = Files.createTempFile("inkwell-import-", ".xml");
            try {
                file.transferTo(copy);
                ImportRun run = imports.start(me.actor(), copy, file.getOriginalFilename());
                redirect.addFlashAttribute("message", messages.getMessage("admin.exchange.import.flash.started",
                        new Object[] {run.fileName()}));
                return "redirect:/admin/import";
            } catch (ImportAlreadyRunningException e) {
                problem = messages.getMessage(e.refusal());
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(copy);
                throw e;
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(me, model, problem);
    }

    private String problemWith(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return messages.getMessage("admin.exchange.import.fileMissing");
        }
        if (file.getSize() > imports.maxFileSize().toBytes()) {
            return messages.getMessage("admin.exchange.import.fileTooLarge", new Object[] {maxMegabytes()});
        }
        return null;
    }

    private String page(SignedInUser me, Model model, String fileProblem) {
        Optional<ImportRun> latest = imports.latest(me.actor());
        List<SkippedItem> report = latest.map(run -> imports.report(me.actor(), run.id(), REPORT_SHOWN)).orElse(List.of());
        model.addAttribute("run", latest.orElse(null));
        model.addAttribute("runMessage", latest.map(run -> words.say(run.messageWords(), run.message())).orElse(null));
        model.addAttribute("skipped", report.stream().filter(SkippedItem::skipped).map(words::line).toList());
        model.addAttribute("changed", report.stream().filter(item -> !item.skipped()).map(words::line).toList());
        model.addAttribute("maxMegabytes", maxMegabytes());
        model.addAttribute("fileProblem", fileProblem);
        return VIEW;
    }

    private long maxMegabytes() {
        return imports.maxFileSize().toMegabytes();
    }
}
