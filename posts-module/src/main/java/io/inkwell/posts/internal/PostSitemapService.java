package io.inkwell.posts.internal;

import io.inkwell.posts.AuthorSitemapEntry;
import io.inkwell.posts.PostCursor;
import io.inkwell.posts.PostSitemaps;
import io.inkwell.posts.SitemapEntry;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PostSitemapService implements PostSitemaps {

    private final SitemapMapper sitemaps;

    PostSitemapService(SitemapMapper sitemaps) {
        this.sitemaps = sitemaps;
    }

    @Override
    public List<PostCursor> postFileStarts() {
        return sitemaps.selectPostFileStarts(MAX_FILE_SIZE);
    }

    @Override
    public List<SitemapEntry> posts(Optional<PostCursor> from, Optional<PostCursor> to) {
        return sitemaps.selectPosts(Cursor.of(from), Cursor.of(to), MAX_FILE_SIZE);
    }

    @Override
    public List<String> categoryFileStarts() {
        return sitemaps.selectCategoryFileStarts(MAX_FILE_SIZE);
    }

    @Override
    public List<SitemapEntry> categories(Optional<String> from, Optional<String> to) {
        return sitemaps.selectCategories(from.orElse(null), to.orElse(null), MAX_FILE_SIZE);
    }

    @Override
    public List<String> tagFileStarts() {
        return sitemaps.selectTagFileStarts(MAX_FILE_SIZE);
    }

    @Override
    public List<SitemapEntry> tags(Optional<String> from, Optional<String> to) {
        return sitemaps.selectTags(from.orElse(null), to.orElse(null), MAX_FILE_SIZE);
    }

    @Override
    public List<UUID> authorFileStarts() {
        return sitemaps.selectAuthorFileStarts(MAX_FILE_SIZE);
    }

    @Override
    public List<AuthorSitemapEntry> authors(Optional<UUID> from, Optional<UUID> to) {
        return sitemaps.selectAuthors(from.orElse(null), to.orElse(null), MAX_FILE_SIZE);
    }
}
