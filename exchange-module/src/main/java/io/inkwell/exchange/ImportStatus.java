package io.inkwell.exchange;

/**
 * Where an import stands. It reads the whole file once first ({@link #SCANNING}: counting and checking it, so a bad
 * file is refused before anything is written), then imports ({@link #IMPORTING}) until it is {@link #FINISHED}, has
 * {@link #FAILED} (its message says why and what was imported by then), or was {@link #INTERRUPTED} (the site stopped
 * meanwhile); importing the same file again then goes on where it stopped, creating nothing twice.
 */
public enum ImportStatus {
    SCANNING, IMPORTING, FINISHED, FAILED, INTERRUPTED;

    public boolean isRunning() {
        return this == SCANNING || this == IMPORTING;
    }
}
