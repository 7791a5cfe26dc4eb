package io.inkwell.posts.internal;

import io.inkwell.db.Refusal;
import io.inkwell.db.StorableText;
import io.inkwell.settings.SiteLanguage;

/**
 * The language a post or a page is written in, stored as its {@link SiteLanguage#code()}: the schema allows the
 * codes SiteLanguage offers, each with its text search configuration (V129). A form sends a code; nothing sent
 * means the site's language for something new and no change for something edited.
 */
final class Languages {

    static final Refusal NOT_OFFERED = Refusal.of("refused.post.languageNotOffered", "Choose one of the languages offered.");

    private Languages() {
    }

    /** The code to store: {@code requested} if the site offers it, {@code whenBlank} if nothing was chosen, else null. */
    static String chosen(String requested, String whenBlank) {
        String code = StorableText.blankToNull(requested);
        if (code == null) {
            return whenBlank;
        }
        return SiteLanguage.ofCode(code).map(SiteLanguage::code).orElse(null);
    }

    /** A stored code; the schema's check lets no other in. */
    static SiteLanguage of(String stored) {
        return SiteLanguage.ofCode(stored)
                .orElseThrow(() -> new IllegalStateException("No language with the code " + stored));
    }
}
