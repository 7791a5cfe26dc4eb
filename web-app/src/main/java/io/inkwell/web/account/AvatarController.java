package io.inkwell.web.account;

import io.inkwell.media.InvalidUploadException;
import io.inkwell.media.MediaItem;
import io.inkwell.users.Account;
import io.inkwell.users.ChangeProfile;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.media.ImageUploads;
import io.inkwell.web.security.SignIn;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An avatar uploaded from the account page: the image goes to the person's media library (alt text: their
 * name), and the profile keeps the absolute address of its 480-pixel size, as it would keep a typed URL.
 * Uploading is for those who write ({@code Actor.mayUploadMedia}); others keep giving an address.
 */
@Controller
class AvatarController {

    /** Avatars are shown small; this width is plenty for any screen. */
    static final int AVATAR_WIDTH = 480;

    private final UserAccounts accounts;
    private final ImageUploads uploads;
    private final SignIn signIn;
    private final SiteMessages messages;

    AvatarController(UserAccounts accounts, ImageUploads uploads, SignIn signIn, SiteMessages messages) {
        this.accounts = accounts;
        this.uploads = uploads;
        this.signIn = signIn;
        this.messages = messages;
    }

    @PostMapping("/account/avatar")
    String processAvatarUpload(@RequestParam(name = "image", required = false) MultipartFile image,
                               @AuthenticationPrincipal SignedInUser me, Model model, HttpServletRequest request,
                               HttpServletResponse response, RedirectAttributes flash) {
        Account account = accounts.account(me.id()).orElseThrow(NotFound::page);
        try {
            MediaItem uploaded = uploads.upload(me.actor(), image,
                    messages.getMessage("account.edit.avatarAltText", new Object[] {account.name()})).item();
            accounts.changeProfile(me.actor(), new ChangeProfile(me.id(), account.name(), uploads.absoluteUrl(uploaded, AVATAR_WIDTH)));
            signIn.refresh(me.id(), request, response);
            flash.addFlashAttribute("message", messages.getMessage("account.edit.flash.avatarSaved"));
            return "redirect:/account";
        } catch (InvalidUploadException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("account", account);
            model.addAttribute("profileForm", ProfileForm.of(account));
            model.addAttribute("passwordForm", PasswordForm.empty());
            model.addAttribute("avatarError", messages.getMessage(e.refusal()));
            return "account/edit";
        }
    }
}
