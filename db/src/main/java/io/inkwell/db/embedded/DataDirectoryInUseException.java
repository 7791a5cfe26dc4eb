package io.inkwell.db.embedded;

import java.nio.file.Path;

/** Another live Inkwell holds the data directory; two servers on one data directory would corrupt it. */
public class DataDirectoryInUseException extends IllegalStateException {

    private final transient Path dataDirectory;

    DataDirectoryInUseException(Path dataDirectory) {
        super("Another Inkwell is already running on the data directory " + dataDirectory.toAbsolutePath()
                + ". Stop it first, or point INKWELL_DATA_DIR at another directory.");
        this.dataDirectory = dataDirectory.toAbsolutePath();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
