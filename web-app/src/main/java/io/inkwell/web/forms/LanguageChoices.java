package io.inkwell.web.forms;

import io.inkwell.settings.SiteLanguage;
import java.util.List;

/** The languages the site offers as the options of a "Language" select: each sent as its code ({@code de}). */
public final class LanguageChoices {

    public static final List<Choice> ALL = Choice.of(List.of(SiteLanguage.values()), SiteLanguage::code,
            SiteLanguage::displayName);

    private LanguageChoices() {
    }
}
