package io.inkwell.exchange.internal;

import io.inkwell.db.Refusal;

/**
 * The file is not one an import reads: not XML, not a WordPress export, cut off, or carrying a DTD. The refusal says
 * which in words the site can show in its language; the message is its English.
 */
class BadImportFileException extends RuntimeException {

    private final Refusal refusal;

    BadImportFileException(Refusal refusal) {
        this(refusal, null);
    }

    BadImportFileException(Refusal refusal, Throwable cause) {
        super(refusal.english(), cause);
        this.refusal = refusal;
    }

    Refusal refusal() {
        return refusal;
    }
}
