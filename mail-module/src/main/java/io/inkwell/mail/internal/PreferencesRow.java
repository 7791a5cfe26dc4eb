package io.inkwell.mail.internal;

/** A person's stored choices and the secret of their unsubscribe links. */
record PreferencesRow(boolean replies, boolean commentsOnPosts, String unsubscribeToken) {
}
