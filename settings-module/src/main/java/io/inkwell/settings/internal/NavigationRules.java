package io.inkwell.settings.internal;

import io.inkwell.db.Refusal;
import static io.inkwell.settings.SettingsLimits.MENU_LABEL_MAX;
import static io.inkwell.settings.SettingsLimits.URL_MAX;

import io.inkwell.db.StorableText;
import io.inkwell.settings.InvalidNavigationItemException;
import io.inkwell.settings.LinkKind;
import io.inkwell.settings.LinkTarget;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a menu item may be: a label, and a target the site takes. Every refused field is named at once. */
final class NavigationRules {

    private NavigationRules() {
    }

    /** The item as it is stored, label and address cleaned, or {@link InvalidNavigationItemException}. */
    static Checked validated(String label, LinkTarget target) {
        Map<String, Refusal> problems = new LinkedHashMap<>();
        String cleanLabel = StorableText.blankToNull(label);
        if (cleanLabel == null) {
            problems.put("label", Refusal.of("refused.navigation.labelMissing", "Enter the words the menu shows."));
        } else if (cleanLabel.length() > MENU_LABEL_MAX) {
            problems.put("label", SettingsRules.tooLong(MENU_LABEL_MAX));
        }
        LinkTarget cleanTarget = target(target, problems);
        if (!problems.isEmpty()) {
            throw new InvalidNavigationItemException(problems);
        }
        return new Checked(cleanLabel, cleanTarget);
    }

    private static LinkTarget target(LinkTarget target, Map<String, Refusal> problems) {
        if (target == null || (target.kind().isReference() && target.id() == null)) {
            problems.put("target", Refusal.of("refused.navigation.targetMissing", "Choose where the item leads."));
            return target;
        }
        if (target.kind() != LinkKind.URL) {
            return target;
        }
        String url = StorableText.blankToNull(target.url());
        if (url == null) {
            problems.put("url", Refusal.of("refused.navigation.urlMissing",
                    "Enter the address the item leads to: https://… or a path of this site such as /about."));
        } else if (url.length() > URL_MAX) {
            problems.put("url", SettingsRules.tooLong(URL_MAX));
        } else if (!Addresses.isAllowed(url)) {
            problems.put("url", SettingsRules.ADDRESS_RULE);
        }
        return LinkTarget.address(url);
    }

    record Checked(String label, LinkTarget target) {
    }
}
