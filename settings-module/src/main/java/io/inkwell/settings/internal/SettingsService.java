package io.inkwell.settings.internal;

import io.inkwell.db.Refusal;
import io.inkwell.settings.ChangeSettings;
import io.inkwell.settings.InvalidSettingsException;
import io.inkwell.settings.Settings;
import io.inkwell.settings.SettingsAdministration;
import io.inkwell.settings.SiteImage;
import io.inkwell.settings.StaleSettingsException;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class SettingsService implements SettingsAdministration {

    private final SettingsMapper settings;
    private final SiteStore store;
    private final SiteSettingsCache cache;

    SettingsService(SettingsMapper settings, SiteStore store, SiteSettingsCache cache) {
        this.settings = settings;
        this.store = store;
        this.cache = cache;
    }

    @Override
    @Transactional(readOnly = true)
    public Settings stored() {
        return settings.selectSettings().map(SettingsRow::toSettings).orElseGet(Settings::defaults);
    }

    @Override
    public Settings save(Actor actor, ChangeSettings change) {
        requireSettingsManager(actor);
        SettingsRow row = SettingsRules.validated(change);
        store.ensureStored();
        // A new site's row is written with version 0, the version its form showed: that save goes through.
        if (settings.update(row, change.version()) == 0) {
            throw new StaleSettingsException();
        }
        cache.reloadAfterCommit();
        return settings.selectSettings().orElseThrow().toSettings();
    }

    @Override
    public Settings changeImage(Actor actor, SiteImage image, String address) {
        requireSettingsManager(actor);
        String field = image == SiteImage.LOGO ? "logoUrl" : "iconUrl";
        Map<String, Refusal> problems = new LinkedHashMap<>();
        String checked = SettingsRules.optionalAddress(field, address, problems);
        if (checked == null && problems.isEmpty()) {
            problems.put(field, Refusal.of("refused.settings.imageWithoutAddress", "The image has no address to keep."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        store.ensureStored();
        if (image == SiteImage.LOGO) {
            settings.updateLogoUrl(checked);
        } else {
            settings.updateIconUrl(checked);
        }
        cache.reloadAfterCommit();
        return settings.selectSettings().orElseThrow().toSettings();
    }

    private static void requireSettingsManager(Actor actor) {
        if (!actor.mayManageSettings()) {
            throw new NotAllowedException("Only admins may change the site's settings.");
        }
    }
}
