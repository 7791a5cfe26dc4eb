package io.inkwell.db.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.DbTestApplication;
import io.inkwell.db.KeysetTokens;
import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.db.PagedQueries;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.ibatis.scripting.xmltags.DynamicSqlSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = DbTestApplication.class)
class MybatisConventionsTest {

    @Autowired
    ProbeMapper probes;

    @Autowired
    org.apache.ibatis.session.SqlSessionFactory sessions;

    @Test
    void rowsAreBuiltThroughConstructorsMadeAccessibleOnce() {
        assertThat(sessions.getConfiguration().getObjectFactory()).isInstanceOf(AccessibleConstructorObjectFactory.class);
    }

    @Test
    void uuidsRoundTripAsPostgresUuids() {
        UUID id = UUID.randomUUID();
        assertThat(probes.echoId(id)).isEqualTo(id);
    }

    @Test
    void idListsAreOneUuidArrayParameterAndTheStatementStaysStatic() {
        UUID one = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID two = UUID.fromString("00000000-0000-0000-0000-000000000002");
        UUID three = UUID.fromString("00000000-0000-0000-0000-000000000003");

        assertThat(probes.selectWanted(List.of(three, one, two), Set.of(two, three))).containsExactly(two, three);
        assertThat(probes.selectWanted(List.of(one), List.of())).isEmpty();
        assertThat(sessions.getConfiguration().getMappedStatement(ProbeMapper.class.getName() + ".selectWanted")
                .getSqlSource()).isNotInstanceOf(DynamicSqlSource.class);
    }

    @Test
    void instantsRoundTripWithoutTimeZoneShifts() {
        Instant at = Instant.parse("2026-03-29T01:30:00.123456Z");
        assertThat(probes.echoInstant(at)).isEqualTo(at);
        assertThat(probes.dayAfter(at)).isEqualTo(at.plus(Duration.ofDays(1)));
    }

    /** The ends of what a paging token may name are real timestamptz values, so such a cursor is never a 500. */
    @Test
    void theEndsOfTheKeysetRangeAreStorableInstants() {
        assertThat(probes.echoInstant(KeysetTokens.EARLIEST)).isEqualTo(KeysetTokens.EARLIEST);
        assertThat(probes.echoInstant(KeysetTokens.LATEST)).isEqualTo(KeysetTokens.LATEST);
    }

    @Test
    void enumsAreStoredAsTheirLowerCaseNames() {
        assertThat(probes.isStoredLowerCase(ProbeMapper.Shade.DARK)).isTrue();
        assertThat(probes.echoShade(ProbeMapper.Shade.LIGHT)).isEqualTo(ProbeMapper.Shade.LIGHT);
    }

    @Test
    void snakeCaseColumnsMapOntoRecordComponents() {
        var rows = probes.selectNumbers(2);
        assertThat(rows).extracting(ProbeMapper.ProbeRow::rowNumber).containsExactly(1, 2);
        assertThat(rows.get(0).rowId().version()).isEqualTo(7);
        assertThat(rows.get(0).createdAt()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.HOURS));
    }

    @Test
    void countedPagingRewritesTheOneQueryAndCountsIt() {
        Page<ProbeMapper.ProbeRow> page = PagedQueries.counted(new PageRequest(2, 10), () -> probes.selectNumbers(25));

        assertThat(page.items()).extracting(ProbeMapper.ProbeRow::rowNumber).containsExactly(11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
        assertThat(page.totalItems()).isEqualTo(25);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void countedLastPageHasNoNext() {
        Page<ProbeMapper.ProbeRow> page = PagedQueries.counted(new PageRequest(3, 10), () -> probes.selectNumbers(25));
        assertThat(page.items()).hasSize(5);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void uncountedPagingReadsOneExtraRowToFindTheNextPage() {
        Page<ProbeMapper.ProbeRow> middle = PagedQueries.uncounted(new PageRequest(2, 10),
                (limit, offset) -> probes.selectNumberSlice(25, limit, offset));
        Page<ProbeMapper.ProbeRow> last = PagedQueries.uncounted(new PageRequest(3, 10),
                (limit, offset) -> probes.selectNumberSlice(25, limit, offset));

        assertThat(middle.items()).hasSize(10);
        assertThat(middle.hasNext()).isTrue();
        assertThat(middle.isCounted()).isFalse();
        assertThat(last.items()).extracting(ProbeMapper.ProbeRow::rowNumber).containsExactly(21, 22, 23, 24, 25);
        assertThat(last.hasNext()).isFalse();
    }
}
