package io.inkwell.exchange.internal;

import io.inkwell.comments.ExportedComment;
import io.inkwell.posts.ExportedPage;
import io.inkwell.posts.ExportedPost;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export's files for one post or page: Markdown with YAML front matter (written by SnakeYAML, so any title is
 * quoted as YAML needs), and a post's comments as JSON (Jackson) with each reply inside its parent.
 */
final class ExportFiles {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ExportFiles() {
    }

    static byte[] markdown(ExportedPost post, String authorName) {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", post.title());
        front.put("slug", post.slug());
        front.put("status", post.status().name().toLowerCase(Locale.ROOT));
        front.put("language", post.language());
        putDate(front, "date", post.publishedAt());
        putDate(front, "created", post.createdAt());
        putDate(front, "updated", post.updatedAt());
        front.put("author", authorName);
        front.put("categories", post.categories());
        front.put("tags", post.tags());
        if (post.excerpt() != null) {
            front.put("excerpt", post.excerpt());
        }
        if (post.featuredImageUrl() != null) {
            front.put("featured_image", post.featuredImageUrl());
        }
        return document(front, post.content());
    }

    static byte[] markdown(ExportedPage page) {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", page.title());
        front.put("slug", page.slug());
        front.put("status", page.status().name().toLowerCase(Locale.ROOT));
        front.put("language", page.language());
        putDate(front, "date", page.publishedAt());
        putDate(front, "created", page.createdAt());
        putDate(front, "updated", page.updatedAt());
        return document(front, page.content());
    }

    /** {"post": slug, "comments": [ {…, "replies": [ … ]} ]}: the thread as readers see it, placeholders included. */
    static byte[] comments(String postSlug, List<CommentStream.Written> thread) {
        Map<UUID, Map<String, Object>> byId = new HashMap<>();
        List<Map<String, Object>> top = new ArrayList<>();
        for (CommentStream.Written written : thread) {
            ExportedComment comment = written.comment();
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", comment.id().toString());
            if (comment.deleted()) {
                node.put("deleted", true);
            } else {
                node.put("author", written.writerName());
                node.put("text", comment.text());
                node.put("edited", comment.edited());
            }
            node.put("date", comment.createdAt() == null ? null : comment.createdAt().toString());
            node.put("replies", new ArrayList<Map<String, Object>>());
            byId.put(comment.id(), node);
            Map<String, Object> parent = comment.parentId() == null ? null : byId.get(comment.parentId());
            if (parent == null) {
                top.add(node);
            } else {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> replies = (List<Map<String, Object>>) parent.get("replies");
                replies.add(node);
            }
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("post", postSlug);
        file.put("comments", top);
        return JSON.writeValueAsBytes(file);
    }

    private static void putDate(Map<String, Object> front, String key, Instant instant) {
        if (instant != null) {
            front.put(key, instant.toString());
        }
    }

    private static byte[] document(Map<String, Object> front, String body) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(Integer.MAX_VALUE);
        String yaml = new Yaml(options).dump(front);
        return ("---\n" + yaml + "---\n\n" + (body == null ? "" : body) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
