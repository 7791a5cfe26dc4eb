package io.inkwell.web.support;

import io.inkwell.settings.SiteSettings;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * After the tables are emptied, the site's settings are read again: the shared context's copy in memory would
 * otherwise keep a test's title or menus for the next test until its refresh (a few seconds later). Registered
 * by {@link WebTest} before {@code TruncateAfterEach}, so it runs after it.
 */
public final class ForgetSiteSettingsAfterEach implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(SiteSettings.class).reload();
    }
}
