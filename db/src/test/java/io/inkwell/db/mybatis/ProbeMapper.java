package io.inkwell.db.mybatis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** A mapper over generated rows, to check the shared MyBatis conventions without any context's tables. */
@Mapper
interface ProbeMapper {

    record ProbeRow(Instant createdAt, int rowNumber, UUID rowId) {
    }

    @Select("""
            select g as row_number, uuid_generate_v7() as row_id, now() as created_at
              from generate_series(1, #{count}) g
             order by g""")
    List<ProbeRow> selectNumbers(@Param("count") int count);

    @Select("""
            select g as row_number, uuid_generate_v7() as row_id, now() as created_at
              from generate_series(1, #{count}) g
             order by g
             limit #{limit} offset #{offset}""")
    List<ProbeRow> selectNumberSlice(@Param("count") int count, @Param("limit") int limit, @Param("offset") long offset);

    enum Shade { LIGHT, DARK }

    @Select("select #{shade}")
    Shade echoShade(@Param("shade") Shade shade);

    @Select("select #{shade}::text = 'dark'")
    boolean isStoredLowerCase(@Param("shade") Shade shade);

    @Select("select #{id}::uuid")
    UUID echoId(@Param("id") UUID id);

    /** Which of the ids are among the wanted: one array parameter, whatever the number of ids. */
    @Select("""
            select id from unnest(#{ids,typeHandler=io.inkwell.db.mybatis.UuidArrayTypeHandler}) id
             where id = any(#{wanted,typeHandler=io.inkwell.db.mybatis.UuidArrayTypeHandler})
             order by id""")
    List<UUID> selectWanted(@Param("ids") java.util.Collection<UUID> ids, @Param("wanted") java.util.Collection<UUID> wanted);

    @Select("select #{at}::timestamptz")
    Instant echoInstant(@Param("at") Instant at);

    @Select("select #{at}::timestamptz + interval '1 day'")
    Instant dayAfter(@Param("at") Instant at);

    /** A row whose parameter names a differently spelled column, with an enum and a value that may be missing. */
    record LabelledRow(@Param("ordinal") int rowNumber, Shade shade, String note) {
    }

    @Select("""
            select g as ordinal, case when g % 2 = 0 then 'dark' else 'light' end as shade,
                   case when g = 1 then 'first' end as note
              from generate_series(1, #{count}) g
             order by g""")
    List<LabelledRow> selectLabelled(@Param("count") int count);

    /** Every column null: MyBatis' rule makes such a row a null element. */
    @Select("select null::int as ordinal, null::text as shade, null::text as note")
    List<LabelledRow> selectEmptyRow();

    @Select("select 1 as ordinal, 'dark' as shade")
    List<LabelledRow> selectWithoutNote();

    @Select("""
            select g as row_number, uuid_generate_v7() as row_id, now() as created_at
              from generate_series(1, #{count}) g
             order by g""")
    List<ProbeRow> selectNumbersWithin(@Param("count") int count, org.apache.ibatis.session.RowBounds bounds);

    @Select("""
            select g as row_number, uuid_generate_v7() as row_id, now() as created_at
              from generate_series(1, #{count}) g
             order by g""")
    @org.apache.ibatis.annotations.ResultType(ProbeRow.class)
    void streamNumbers(@Param("count") int count, org.apache.ibatis.session.ResultHandler<ProbeRow> handler);
}
