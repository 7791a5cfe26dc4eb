package io.inkwell.db.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.DbTestApplication;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Rows built from a plan per statement must be exactly what MyBatis' own auto-mapping builds. */
@SpringBootTest(classes = DbTestApplication.class)
class RecordRowsInterceptorTest {

    @Autowired
    ProbeMapper probes;

    @Autowired
    SqlSessionFactory sessions;

    @Test
    void theInterceptorIsInstalledWhereverMybatisStarts() {
        assertThat(sessions.getConfiguration().getInterceptors()).hasAtLeastOneElementOfType(RecordRowsInterceptor.class);
    }

    @Test
    void parametersNamedByParamEnumsAndNullsMapAsMybatisMapsThem() {
        List<ProbeMapper.LabelledRow> rows = probes.selectLabelled(3);

        assertThat(rows).containsExactly(
                new ProbeMapper.LabelledRow(1, ProbeMapper.Shade.LIGHT, "first"),
                new ProbeMapper.LabelledRow(2, ProbeMapper.Shade.DARK, null),
                new ProbeMapper.LabelledRow(3, ProbeMapper.Shade.LIGHT, null));
    }

    @Test
    void theSamePlanServesEveryLaterExecution() {
        probes.selectLabelled(1);

        assertThat(probes.selectLabelled(2)).extracting(ProbeMapper.LabelledRow::shade)
                .containsExactly(ProbeMapper.Shade.LIGHT, ProbeMapper.Shade.DARK);
        assertThat(probes.selectLabelled(0)).isEmpty();
    }

    @Test
    void aRowOfNothingButNullsIsANullElement() {
        assertThat(probes.selectEmptyRow()).containsExactly((ProbeMapper.LabelledRow) null);
    }

    @Test
    void aParameterWithoutAColumnGetsMybatisOwnError() {
        assertThatThrownBy(() -> probes.selectWithoutNote())
                .hasMessageContaining("Constructor auto-mapping")
                .hasMessageContaining("note");
    }

    @Test
    void rowBoundsAndResultHandlersAreLeftToMybatis() {
        assertThat(probes.selectNumbersWithin(10, new RowBounds(3, 2)))
                .extracting(ProbeMapper.ProbeRow::rowNumber).containsExactly(4, 5);

        List<Integer> streamed = new ArrayList<>();
        probes.streamNumbers(3, context -> streamed.add(context.getResultObject().rowNumber()));
        assertThat(streamed).containsExactly(1, 2, 3);
    }
}
