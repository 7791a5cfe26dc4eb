package io.inkwell.web.exchange;

import io.inkwell.exchange.ExportSite;
import io.inkwell.exchange.SiteExport;
import io.inkwell.settings.Settings;
import io.inkwell.settings.SiteSettings;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteUrls;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The whole site as one zip, streamed to the browser as it is written (its memory does not grow with the site).
 * A POST with the form's token, so no other site can make an admin's browser start one; the rate limit of exports
 * (web.limits) counts each.
 */
@Controller
class AdminExportController {

    private final SiteExport export;
    private final SiteSettings settings;
    private final SiteUrls urls;

    AdminExportController(SiteExport export, SiteSettings settings, SiteUrls urls) {
        this.export = export;
        this.settings = settings;
        this.urls = urls;
    }

    @GetMapping("/admin/export")
    String showExport() {
        return "admin/exchange/export";
    }

    @PostMapping("/admin/export")
    void downloadExport(@AuthenticationPrincipal SignedInUser me, HttpServletResponse response) throws IOException {
        Settings site = settings.current().settings();
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("inkwell-export-" + LocalDate.now(ZoneOffset.UTC) + ".zip").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        export.write(me.actor(), new ExportSite(urls.base(), site.title(), site.tagline(), site.language().code()),
                response.getOutputStream());
        response.flushBuffer();
    }
}
