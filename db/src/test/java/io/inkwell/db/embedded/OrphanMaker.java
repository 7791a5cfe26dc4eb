package io.inkwell.db.embedded;

import java.nio.file.Path;
import java.time.Duration;

/** Run in a child JVM that the test then kills with SIGKILL, leaving its PostgreSQL orphaned. */
public final class OrphanMaker {

    static final String READY = "orphan-maker-ready";

    private OrphanMaker() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer.start(Path.of(args[0]), Duration.ofSeconds(90));
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(5).toMillis());
    }
}
