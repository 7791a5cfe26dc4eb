package io.inkwell.comments;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The comments context over the test database, with the real users and posts contexts it calls
 * through their APIs (author names, "is this post published").
 */
@SpringBootApplication(scanBasePackages = {"io.inkwell.comments", "io.inkwell.users", "io.inkwell.posts"})
@MapperScan(basePackages = {"io.inkwell.comments", "io.inkwell.users", "io.inkwell.posts"}, annotationClass = Mapper.class)
public class CommentsTestApplication {
}
