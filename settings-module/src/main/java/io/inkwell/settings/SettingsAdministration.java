package io.inkwell.settings;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;

/**
 * The settings form. Saving is for those who may manage settings ({@link Actor#mayManageSettings()}: admins)
 * and throws {@link NotAllowedException} for anyone else, {@link InvalidSettingsException} naming each field
 * it refuses, and {@link StaleSettingsException} when someone else saved since the form was opened.
 */
public interface SettingsAdministration {

    /** The settings as stored now (not the copy in memory), with the version a form must send back. */
    Settings stored();

    /** Stores every field, as one change, and returns what is stored. */
    Settings save(Actor actor, ChangeSettings change);

    /** Stores the comment policy, as one change of the same row and version; refuses as {@link #save} does. */
    Settings saveCommentPolicy(Actor actor, ChangeCommentPolicy change);

    /**
     * Points the logo or the icon at {@code address} (an uploaded image's), leaving every other field as it is.
     * The version moves on, so a settings form opened before it is told rather than putting the old address back.
     * Throws {@link InvalidSettingsException} (field {@code logoUrl} or {@code iconUrl}) for an address the
     * form would refuse.
     */
    Settings changeImage(Actor actor, SiteImage image, String address);
}
