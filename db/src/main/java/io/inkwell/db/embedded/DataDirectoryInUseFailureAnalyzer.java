package io.inkwell.db.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a held data directory into Spring Boot's short start-up failure report instead of a stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the other Inkwell using " + cause.dataDirectory() + ", or start this one with INKWELL_DATA_DIR "
                        + "pointing at another directory (or SPRING_DATASOURCE_URL at an external PostgreSQL).",
                cause);
    }
}
