package io.inkwell.web.admin.settings;

import io.inkwell.media.InvalidUploadException;
import io.inkwell.media.MediaItem;
import io.inkwell.settings.InvalidSettingsException;
import io.inkwell.settings.SettingsAdministration;
import io.inkwell.settings.SiteImage;
import io.inkwell.settings.StaleSettingsException;
import io.inkwell.web.forms.Choice;
import io.inkwell.web.forms.FieldRefusals;
import io.inkwell.web.forms.LanguageChoices;
import io.inkwell.web.media.ImageUploads;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The site's settings. A save is one change of every field; the page cache is emptied by any successful POST.
 * The logo and the icon may be uploaded too: the image goes to the media library and the setting keeps the
 * address of its {@value #SITE_IMAGE_WIDTH}-pixel size, as it would keep a typed one.
 */
@Controller
class AdminSettingsController {

    private static final String VIEW = "admin/settings/form";

    /** Logos and icons are shown small; this width is plenty for any screen. */
    static final int SITE_IMAGE_WIDTH = 480;

    private final SettingsAdministration settings;
    private final ImageUploads uploads;
    private final SiteMessages messages;

    AdminSettingsController(SettingsAdministration settings, ImageUploads uploads, SiteMessages messages) {
        this.settings = settings;
        this.uploads = uploads;
        this.messages = messages;
    }

    @GetMapping("/admin/settings")
    String initSettingsForm(Model model) {
        model.addAttribute("settingsForm", SettingsForm.of(settings.stored()));
        return form(model);
    }

    @PostMapping("/admin/settings")
    String processSettingsForm(@ModelAttribute("settingsForm") SettingsForm form, BindingResult result,
            @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return invalid(model, response);
        }
        try {
            settings.save(me.actor(), form.toChange());
        } catch (InvalidSettingsException e) {
            e.refusals().forEach((field, refusal) -> FieldRefusals.reject(result, field, refusal));
            return invalid(model, response);
        } catch (StaleSettingsException e) {
            FieldRefusals.reject(result, e.refusal());
            return invalid(model, response);
        }
        redirect.addFlashAttribute("message", messages.getMessage("admin.settings.form.flash.saved"));
        return "redirect:/admin/settings";
    }

    @PostMapping("/admin/settings/logo")
    String processLogoUpload(@RequestParam(name = "image", required = false) MultipartFile image,
            @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return upload(SiteImage.LOGO, image, me, model, response, redirect);
    }

    @PostMapping("/admin/settings/icon")
    String processIconUpload(@RequestParam(name = "image", required = false) MultipartFile image,
            @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return upload(SiteImage.ICON, image, me, model, response, redirect);
    }

    private String upload(SiteImage which, MultipartFile image, SignedInUser me, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        boolean logo = which == SiteImage.LOGO;
        try {
            String altText = messages.getMessage(logo ? "admin.settings.form.logoAltText" : "admin.settings.form.iconAltText",
                    new Object[] {settings.stored().title()});
            MediaItem stored = uploads.upload(me.actor(), image, altText).item();
            settings.changeImage(me.actor(), which, uploads.absoluteUrl(stored, SITE_IMAGE_WIDTH));
        } catch (InvalidUploadException e) {
            model.addAttribute("settingsForm", SettingsForm.of(settings.stored()));
            model.addAttribute(logo ? "logoError" : "iconError", messages.getMessage(e.refusal()));
            return invalid(model, response);
        }
        redirect.addFlashAttribute("message",
                messages.getMessage(logo ? "admin.settings.form.flash.logoUploaded" : "admin.settings.form.flash.iconUploaded"));
        return "redirect:/admin/settings";
    }

    private String invalid(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("languages", LanguageChoices.of(messages));
        model.addAttribute("registrationChoices", List.of(
                new Choice("true", messages.getMessage("admin.settings.form.registrationOpen")),
                new Choice("false", messages.getMessage("admin.settings.form.registrationClosed"))));
        return VIEW;
    }
}
