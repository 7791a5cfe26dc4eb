package io.inkwell.exchange;

import io.inkwell.db.Refusal;

/** An import was started while another one runs; one file is imported at a time. */
public class ImportAlreadyRunningException extends RuntimeException {

    private static final Refusal REFUSAL = Refusal.of("refused.import.alreadyRunning",
            "Another import is running; wait until it has finished, then start this one.");

    public ImportAlreadyRunningException() {
        super(REFUSAL.english());
    }

    /** The refusal in words the site can show in its language. */
    public Refusal refusal() {
        return REFUSAL;
    }
}
