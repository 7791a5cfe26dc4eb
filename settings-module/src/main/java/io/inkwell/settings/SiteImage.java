package io.inkwell.settings;

/** The settings' two images, which may be uploaded as well as typed: the header's logo and the browser's icon. */
public enum SiteImage {
    LOGO,
    ICON
}
