package io.inkwell.web.forms;

import io.inkwell.settings.SiteLanguage;
import io.inkwell.web.site.SiteMessages;
import java.util.List;

/** The languages the site offers as the options of a "Language" select: each sent as its code ({@code de}). */
public final class LanguageChoices {

    private LanguageChoices() {
    }

    /** Each language named in the site's language ("German" / "Deutsch"). */
    public static List<Choice> of(SiteMessages messages) {
        return Choice.of(List.of(SiteLanguage.values()), SiteLanguage::code, messages::label);
    }
}
