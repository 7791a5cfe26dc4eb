package io.inkwell.exchange.internal;

/** An old site's address ({@link OldAddressKeys}) and the path here that answers it. */
record OldAddressRow(String path, String target) {
}
