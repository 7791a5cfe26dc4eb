package io.inkwell.exchange.internal;

import io.inkwell.comments.CommentExports;
import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.exchange.ExportSite;
import io.inkwell.exchange.SiteExport;
import io.inkwell.media.MediaDelivery;
import io.inkwell.media.MediaItem;
import io.inkwell.media.MediaLibrary;
import io.inkwell.media.MediaPage;
import io.inkwell.posts.Categories;
import io.inkwell.posts.CategoryView;
import io.inkwell.posts.ExportedPage;
import io.inkwell.posts.ExportedPost;
import io.inkwell.posts.PostExports;
import io.inkwell.posts.TagView;
import io.inkwell.posts.Tags;
import io.inkwell.users.AccountContact;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.UserImports;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.springframework.stereotype.Service;

/**
 * Writes the zip in four passes, each a walk of keyset batches: posts (with their comments, read alongside in the
 * same order) as Markdown and JSON, pages, the media library's files, and the posts, pages and comments again as the
 * WXR file. Nothing is held beyond a batch but the names of categories and tags, the files already written (by
 * hash) and the authors' logins.
 */
@Service
class SiteExportService implements SiteExport {

    /** Posts per batch: texts are up to 200,000 characters each. */
    static final int POST_BATCH = 100;
    static final int MEDIA_BATCH = 50;
    private static final int TAG_PAGE = PageRequest.MAX_SIZE;

    private final PostExports posts;
    private final CommentExports comments;
    private final UserImports users;
    private final Categories categories;
    private final Tags tags;
    private final MediaLibrary media;
    private final MediaDelivery delivery;

    SiteExportService(PostExports posts, CommentExports comments, UserImports users, Categories categories, Tags tags,
                      MediaLibrary media, MediaDelivery delivery) {
        this.posts = posts;
        this.comments = comments;
        this.users = users;
        this.categories = categories;
        this.tags = tags;
        this.media = media;
        this.delivery = delivery;
    }

    @Override
    public void write(Actor actor, ExportSite site, OutputStream out) throws IOException {
        if (!actor.mayExchangeContent()) {
            throw new NotAllowedException("Only active admins export the site; refused to " + actor.userId());
        }
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        });
        writeMarkdown(actor, zip);
        writeMedia(actor, zip);
        writeWxr(actor, site, zip);
        zip.finish();
        zip.flush();
    }

    private void writeMarkdown(Actor actor, ZipOutputStream zip) throws IOException {
        CommentStream thread = new CommentStream(actor, comments, users);
        Optional<UUID> after = Optional.empty();
        List<ExportedPost> batch;
        while (!(batch = posts.posts(actor, after, POST_BATCH)).isEmpty()) {
            Map<UUID, AccountContact> authors = users.contactsOf(actor,
                    batch.stream().map(ExportedPost::authorId).distinct().toList());
            for (ExportedPost post : batch) {
                AccountContact author = authors.get(post.authorId());
                entry(zip, "posts/" + post.slug() + ".md", ExportFiles.markdown(post, author == null ? null : author.name()));
                List<CommentStream.Written> written = thread.of(post.id());
                if (!written.isEmpty()) {
                    entry(zip, "comments/" + post.slug() + ".json", ExportFiles.comments(post.slug(), written));
                }
            }
            after = Optional.of(batch.get(batch.size() - 1).id());
        }
        Optional<UUID> afterPage = Optional.empty();
        List<ExportedPage> pages;
        while (!(pages = posts.pages(actor, afterPage, POST_BATCH)).isEmpty()) {
            for (ExportedPage page : pages) {
                entry(zip, "pages/" + page.slug() + ".md", ExportFiles.markdown(page));
            }
            afterPage = Optional.of(pages.get(pages.size() - 1).id());
        }
    }

    /** Each stored file once, as uploaded (re-encoded, without metadata), under its hash. */
    private void writeMedia(Actor actor, ZipOutputStream zip) throws IOException {
        Set<String> written = new HashSet<>();
        Optional<UUID> after = Optional.empty();
        while (true) {
            MediaPage page = media.list(actor, null, after, MEDIA_BATCH);
            for (MediaItem item : page.items()) {
                if (!written.add(item.hash())) {
                    continue;
                }
                Optional<MediaDelivery.StoredImage> image = delivery.read(item.hash(), "original");
                if (image.isPresent()) {
                    entry(zip, "media/" + item.hash() + "/" + item.urlName(), image.get().bytes());
                }
            }
            if (page.next() == null) {
                return;
            }
            after = Optional.of(page.next());
        }
    }

    private void writeWxr(Actor actor, ExportSite site, ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry("wordpress.xml"));
        try {
            WxrWriter wxr = new WxrWriter(zip, site.baseUrl());
            wxr.start(site);
            List<UUID> authorIds = posts.authorIds(actor);
            long number = 1;
            for (int from = 0; from < authorIds.size(); from += POST_BATCH) {
                List<UUID> chunk = authorIds.subList(from, Math.min(authorIds.size(), from + POST_BATCH));
                Map<UUID, AccountContact> contacts = users.contactsOf(actor, chunk);
                for (UUID id : chunk) {
                    if (contacts.containsKey(id)) {
                        wxr.author(contacts.get(id), number++);
                    }
                }
            }
            Map<String, String> categorySlugs = new HashMap<>();
            for (CategoryView category : categories.all()) {
                categorySlugs.put(category.name(), category.slug());
                wxr.category(category.slug(), category.name(), category.description());
            }
            Map<String, String> tagSlugs = new HashMap<>();
            Page<TagView> tagPage;
            int tagPageNumber = 1;
            do {
                tagPage = tags.all(PageRequest.of(tagPageNumber++, TAG_PAGE));
                for (TagView tag : tagPage.items()) {
                    tagSlugs.put(tag.name(), tag.slug());
                    wxr.tag(tag.slug(), tag.name());
                }
            } while (tagPage.hasNext());
            CommentStream thread = new CommentStream(actor, comments, users);
            Optional<UUID> after = Optional.empty();
            List<ExportedPost> batch;
            while (!(batch = posts.posts(actor, after, POST_BATCH)).isEmpty()) {
                for (ExportedPost post : batch) {
                    wxr.post(post, categorySlugs, tagSlugs, thread.of(post.id()));
                }
                after = Optional.of(batch.get(batch.size() - 1).id());
            }
            Optional<UUID> afterPage = Optional.empty();
            List<ExportedPage> pages;
            while (!(pages = posts.pages(actor, afterPage, POST_BATCH)).isEmpty()) {
                for (ExportedPage page : pages) {
                    wxr.page(page);
                }
                afterPage = Optional.of(pages.get(pages.size() - 1).id());
            }
            wxr.finish();
        } catch (XMLStreamException e) {
            throw new IOException("The WordPress export file could not be written", e);
        }
        zip.closeEntry();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
