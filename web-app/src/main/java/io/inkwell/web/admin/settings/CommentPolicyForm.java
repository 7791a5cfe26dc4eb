package io.inkwell.web.admin.settings;

import io.inkwell.settings.ChangeCommentPolicy;
import io.inkwell.settings.CommentPolicy;

/**
 * The comment settings form as sent. The settings service checks every field and names each one it refuses; here
 * only what cannot even be read (a number that is no number) is caught, by the binder. {@code version} is the
 * settings' version, shared with the site settings form.
 */
record CommentPolicyForm(String approval, Boolean guestComments, String blockedWords, Integer maxLinks,
                         Integer reportThreshold, Integer version) {

    static CommentPolicyForm of(CommentPolicy policy, int version) {
        return new CommentPolicyForm(policy.approval().name(), policy.guestComments(), policy.blockedWordsText(),
                policy.maxLinks(), policy.reportThreshold(), version);
    }

    ChangeCommentPolicy toChange() {
        return new ChangeCommentPolicy(approval, guestComments, blockedWords, maxLinks, reportThreshold,
                version == null ? 0 : version);
    }
}
