package io.inkwell.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.TimeOrderedIds;
import io.inkwell.posts.PostsTestApplication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class CategoryMapperTest {

    @Autowired
    CategoryMapper categories;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void baseStatementsOnTheRealTable() {
        jdbc.update("delete from categories");
        CategoryRow java = new CategoryRow(TimeOrderedIds.next(), "Java", "java", "The JVM", 0, null, null);
        CategoryRow apis = new CategoryRow(TimeOrderedIds.next(), "apis", "apis", null, 0, null, null);

        categories.insert(java);
        categories.insert(apis);

        assertThat(categories.selectAll()).extracting(CategoryRow::name).containsExactly("apis", "Java");
        assertThat(categories.selectByIds(List.of(java.id(), TimeOrderedIds.next()))).extracting(CategoryRow::name)
                .containsExactly("Java");

        categories.update(new CategoryRow(java.id(), "Java & JVM", "java-jvm", "Languages on the JVM", 0, null, null));
        CategoryRow renamed = categories.selectById(java.id()).orElseThrow();
        assertThat(renamed.slug()).isEqualTo("java-jvm");
        assertThat(renamed.description()).isEqualTo("Languages on the JVM");
        assertThat(renamed.postCount()).isZero();

        assertThat(categories.selectBySlugAfter(null, 10)).extracting(CategoryRow::slug).containsExactly("apis", "java-jvm");
        assertThat(categories.selectBySlugAfter(null, 1)).extracting(CategoryRow::slug).containsExactly("apis");
        assertThat(categories.selectBySlugAfter("apis", 10)).extracting(CategoryRow::slug).containsExactly("java-jvm");
        assertThat(categories.selectBySlugAfter("java-jvm", 10)).isEmpty();

        assertThat(categories.deleteById(apis.id())).isEqualTo(1);
        assertThat(categories.selectById(apis.id())).isEmpty();
    }
}
