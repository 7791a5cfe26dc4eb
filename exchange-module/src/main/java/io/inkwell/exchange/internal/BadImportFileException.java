package io.inkwell.exchange.internal;

/** The file is not one an import reads: not XML, not a WordPress export, cut off, or carrying a DTD. */
class BadImportFileException extends RuntimeException {

    BadImportFileException(String message) {
        super(message);
    }

    BadImportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
