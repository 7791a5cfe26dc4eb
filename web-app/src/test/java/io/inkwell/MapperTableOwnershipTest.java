package io.inkwell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A context's mapper XML names only its own tables; data from another context comes through that context's API. */
class MapperTableOwnershipTest {

    static final Map<String, Set<String>> TABLES_BY_CONTEXT = Map.of(
            "users", Set.of("users", "login_attempts", "remember_me_tokens", "password_reset_tokens", "email_confirmations",
                    "invitations", "two_factor_credentials", "recovery_codes", "spring_session", "spring_session_attributes"),
            "posts", Set.of("posts", "categories", "post_categories", "post_slug_history", "post_view_counts",
                    "post_week_views", "post_week_rollover", "pages", "page_slug_history", "tags", "post_tags",
                    "tag_slug_history", "revisions", "post_autosaves", "post_editors", "post_preview_links", "post_search"),
            "comments", Set.of("comments", "post_comment_counts", "post_threads", "comment_reports", "comment_bans",
                    "post_comments_closed", "comment_secret"),
            "settings", Set.of("site_settings", "navigation_items"),
            "media", Set.of("media_files", "media_variants", "media_blobs", "media_items", "media_referrers", "media_references"),
            "mail", Set.of("mail_messages", "notification_preferences", "notification_items", "notification_threads",
                    "moderation_digest_items", "moderation_digests"),
            "integrations", Set.of("api_keys", "webhooks", "webhook_deliveries"),
            "exchange", Set.of("import_runs", "import_report", "imported_items", "old_addresses"));

    private static final Pattern TABLE_REFERENCE = Pattern.compile(
            "\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

    @Test
    void everyMapperNamesOnlyItsOwnContextsTables() throws IOException {
        Resource[] mappers = new PathMatchingResourcePatternResolver().getResources("classpath*:io/inkwell/*/internal/**/*.xml");
        assertThat(mappers).as("mapper XML files found").isNotEmpty();

        List<String> violations = new ArrayList<>();
        for (Resource mapper : mappers) {
            String path = mapper.getURL().getPath();
            String context = path.replaceAll(".*/io/inkwell/([a-z]+)/internal/.*", "$1");
            violations.addAll(foreignTables(context, path, read(mapper)));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckNoticesAForeignTable() {
        String sql = "<select id=\"x\">select c.id from comments c join users u on u.id = c.author_id</select>";
        assertThat(foreignTables("comments", "CommentMapper.xml", sql)).containsExactly("CommentMapper.xml names users");
    }

    static List<String> foreignTables(String context, String file, String xml) {
        Set<String> own = TABLES_BY_CONTEXT.getOrDefault(context, Set.of());
        Set<String> allTables = TABLES_BY_CONTEXT.values().stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toSet());
        List<String> violations = new ArrayList<>();
        Matcher matcher = TABLE_REFERENCE.matcher(xml.replaceAll("<!--.*?-->", ""));
        while (matcher.find()) {
            String table = matcher.group(1).toLowerCase();
            if (allTables.contains(table) && !own.contains(table)) {
                violations.add(file + " names " + table);
            }
        }
        return violations;
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
