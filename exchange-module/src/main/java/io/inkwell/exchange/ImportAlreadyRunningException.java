package io.inkwell.exchange;

/** An import was started while another one runs; one file is imported at a time. */
public class ImportAlreadyRunningException extends RuntimeException {

    public ImportAlreadyRunningException() {
        super("Another import is running; wait until it has finished, then start this one.");
    }
}
