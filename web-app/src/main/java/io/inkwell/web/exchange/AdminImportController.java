package io.inkwell.web.exchange;

import io.inkwell.exchange.ImportAlreadyRunningException;
import io.inkwell.exchange.ImportRun;
import io.inkwell.exchange.SkippedItem;
import io.inkwell.exchange.WordPressImport;
import io.inkwell.web.security.SignedInUser;
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

    AdminImportController(WordPressImport imports) {
        this.imports = imports;
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
                redirect.addFlashAttribute("message", "Importing " + run.fileName() + ". This page shows its progress; "
                        + "you may leave it and come back.");
                return "redirect:/admin/import";
            } catch (ImportAlreadyRunningException e) {
                problem = e.getMessage();
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
            return "Choose the file WordPress's Tools → Export wrote (an .xml file).";
        }
        if (file.getSize() > imports.maxFileSize().toBytes()) {
            return "The file is larger than " + maxMegabytes() + " MB, the most an import takes.";
        }
        return null;
    }

    private String page(SignedInUser me, Model model, String fileProblem) {
        Optional<ImportRun> latest = imports.latest(me.actor());
        List<SkippedItem> report = latest.map(run -> imports.report(me.actor(), run.id(), REPORT_SHOWN)).orElse(List.of());
        model.addAttribute("run", latest.orElse(null));
        model.addAttribute("skipped", report.stream().filter(SkippedItem::skipped).toList());
        model.addAttribute("changed", report.stream().filter(item -> !item.skipped()).toList());
        model.addAttribute("maxMegabytes", maxMegabytes());
        model.addAttribute("fileProblem", fileProblem);
        return VIEW;
    }

    private long maxMegabytes() {
        return imports.maxFileSize().toMegabytes();
    }
}
