package io.inkwell.mail.internal;

/** A message as its templates made it: the subject (the text template's first line), the text and the HTML. */
record RenderedMail(String subject, String text, String html) {
}
