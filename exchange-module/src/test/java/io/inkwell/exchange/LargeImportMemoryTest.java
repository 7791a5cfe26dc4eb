package io.inkwell.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.exchange.test.WxrFile;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A 10,000-post file, generated here, is imported while the heap that stays in use (measured after a collection)
 * is sampled every thousand posts: it does not grow with the posts read, because the file is read as a stream and
 * imported a batch at a time. The samples are logged.
 */
@SpringBootTest(classes = ExchangeTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class LargeImportMemoryTest {

    private static final Logger LOG = LoggerFactory.getLogger(LargeImportMemoryTest.class);
    private static final int POSTS = 10_000;
    /** Far less than the file: a reader that kept the file, or every post, would hold several times its size. */
    private static final long GROWTH_ALLOWED = 16L * 1024 * 1024;

    @Autowired
    WordPressImport imports;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path uploads;

    @Test
    void theHeapInUseStaysFlatWhileTenThousandPostsAreImported() throws Exception {
        Actor admin = new Actor(UserRows.withEmail(jdbc, "Root", "root@example.com", Role.ADMIN), Role.ADMIN);
        Path file = WxrFile.generated(uploads, "https://big.example.com", POSTS, 12);
        long fileBytes = Files.size(file);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterCollection(memory);

        imports.start(admin, file, "big.xml");
        List<long[]> samples = new ArrayList<>();
        int nextSample = 1000;
        ImportRun run;
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(20));
        do {
            Thread.sleep(100);
            run = imports.latest(admin).orElseThrow();
            if (run.itemsDone() >= nextSample) {
                samples.add(new long[] {run.itemsDone(), usedAfterCollection(memory)});
                nextSample = run.itemsDone() + 1000;
            }
        } while (run.status().isRunning() && Instant.now().isBefore(giveUp));

        long max = samples.stream().mapToLong(sample -> sample[1]).max().orElse(before);
        LOG.info("Imported {} posts from a file of {} MB: heap in use {} MB before, then {} (posts done: MB in use); "
                + "largest {} MB", run.postsImported(), fileBytes / (1024 * 1024), before / (1024 * 1024),
                samples.stream().map(sample -> sample[0] + ": " + sample[1] / (1024 * 1024)).toList(), max / (1024 * 1024));
        assertThat(run.status()).isEqualTo(ImportStatus.FINISHED);
        assertThat(run.postsImported()).isEqualTo(POSTS);
        assertThat(run.commentsImported()).isEqualTo(POSTS);
        assertThat(samples).hasSizeGreaterThanOrEqualTo(5);
        assertThat(fileBytes).isGreaterThan(2 * GROWTH_ALLOWED);
        assertThat(max - before).as("heap in use grew while importing").isLessThan(GROWTH_ALLOWED);
    }

    private static long usedAfterCollection(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
