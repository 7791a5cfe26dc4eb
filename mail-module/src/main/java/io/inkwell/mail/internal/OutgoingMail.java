package io.inkwell.mail.internal;

/** A rendered message on its way into the outbox. */
record OutgoingMail(String kind, String recipient, RenderedMail content, String listUnsubscribe) {
}
