package io.inkwell.exchange.internal;

import io.inkwell.comments.CommentImportResult;
import io.inkwell.comments.CommentImports;
import io.inkwell.comments.ImportedComment;
import io.inkwell.db.Refusal;
import io.inkwell.exchange.ImportItemKind;
import io.inkwell.exchange.SkippedItem;
import io.inkwell.posts.ContentImportResult;
import io.inkwell.posts.ImportedCategory;
import io.inkwell.posts.ImportedPage;
import io.inkwell.posts.ImportedPost;
import io.inkwell.posts.PageStatus;
import io.inkwell.posts.PostImports;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.PostStatus;
import io.inkwell.users.AccountLimits;
import io.inkwell.users.ImportedAccount;
import io.inkwell.users.ImportedAccountResult;
import io.inkwell.users.Role;
import io.inkwell.users.UserImports;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of an import, each one transaction: what the file's items become goes through the other contexts' APIs
 * (which keep their rules), and which of the old site's items became what is written in the same transaction, so a
 * batch is imported whole or not at all and an import of the same file again skips what is there. A batch's posts
 * are committed before their comments are written: a published post takes comments once the comments context has
 * heard of it, which it does when the post's transaction commits.
 */
@Component
class ImportBatches {

    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^\\s]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Accounts without a usable email get one at this reserved domain (RFC 2606), so nobody's mail reaches them. */
    static final String PLACEHOLDER_DOMAIN = "imported.invalid";
    /** The title of a post or page that had none: a word of the content, in the language most sites are written in. */
    static final String UNTITLED = "Untitled";
    private static final Refusal TRASHED = Refusal.of("refused.import.trashed", "It was in WordPress's trash.");

    private final ImportRunMapper runs;
    private final ImportReportMapper report;
    private final ImportedItemMapper items;
    private final OldAddressMapper oldAddresses;
    private final UserImports users;
    private final PostImports posts;
    private final CommentImports comments;

    ImportBatches(ImportRunMapper runs, ImportReportMapper report, ImportedItemMapper items, OldAddressMapper oldAddresses,
                  UserImports users, PostImports posts, CommentImports comments) {
        this.runs = runs;
        this.report = report;
        this.items = items;
        this.oldAddresses = oldAddresses;
        this.users = users;
        this.posts = posts;
        this.comments = comments;
    }

    @Transactional
    void scanned(UUID runId, String siteKey, int itemsTotal) {
        runs.updateScanned(runId, siteKey, itemsTotal);
    }

    /** The file's authors as accounts (invited, unless one with their email exists) and its categories by name. */
    @Transactional
    void importAuthorsAndCategories(WxrImport run, List<Wxr.Author> authors, List<Wxr.Category> categories) {
        Batch batch = new Batch(run);
        List<ImportedAccount> accounts = authors.stream().map(author -> new ImportedAccount(
                emailOf(author.email(), author.login()), nameOf(author.displayName(), author.login()), Role.USER)).toList();
        List<ImportedAccountResult> made = accounts.isEmpty() ? List.of() : users.importAccounts(run.actor, accounts);
        for (int i = 0; i < made.size(); i++) {
            Wxr.Author author = authors.get(i);
            ImportedAccountResult result = made.get(i);
            if (result.isRefused()) {
                batch.skip(ImportItemKind.AUTHOR, author.id(), nameOf(author.displayName(), author.login()),
                        Refusal.of("refused.import.authorWithoutAccount",
                                "Their account could not be made ({0}); their posts are written as yours.", result.refusal()));
                continue;
            }
            if (author.login() != null) {
                run.authorsByLogin.put(author.login().strip(), result.id());
            }
            if (author.id() != null && author.id().strip().matches("\\d{1,18}")) {
                run.authorsById.put(Long.valueOf(author.id().strip()), result.id());
            }
            if (result.created()) {
                batch.accounts++;
            }
        }
        Map<String, String> nameByNicename = new LinkedHashMap<>();
        for (Wxr.Category category : categories) {
            String name = WordPressText.plain(category.name());
            if (name.isEmpty() || name.length() > PostLimits.CATEGORY_NAME_MAX) {
                batch.skip(ImportItemKind.CATEGORY, category.nicename(), name.isEmpty() ? "" : name,
                        Refusal.of("refused.import.categoryName", "A category''s name must have 1 to {0} characters.",
                                PostLimits.CATEGORY_NAME_MAX));
                continue;
            }
            nameByNicename.put(category.nicename(), name);
        }
        Map<String, UUID> ids = nameByNicename.isEmpty() ? Map.of() : posts.importCategories(run.actor,
                categories.stream().filter(category -> nameByNicename.containsKey(category.nicename()))
                        .map(category -> new ImportedCategory(nameByNicename.get(category.nicename()),
                                WordPressText.plain(category.description()))).toList());
        nameByNicename.forEach((nicename, name) -> {
            if (ids.containsKey(name)) {
                run.categoriesByNicename.put(nicename, ids.get(name));
            }
        });
        batch.categories = ids.size();
        batch.finish();
    }

    /** A batch of the file's items: posts and pages not imported before, and a note for every other item. */
    @Transactional
    void importItems(WxrImport run, List<Wxr.Item> batchItems) {
        Batch batch = new Batch(run);
        List<Wxr.Item> candidates = new ArrayList<>();
        for (Wxr.Item item : batchItems) {
            if (!WxrImport.isPostOrPage(item)) {
                if (!"attachment".equals(item.type())) {
                    batch.skip(ImportItemKind.ITEM, String.valueOf(item.id()), titleOf(item), Refusal.of("refused.import.otherEntry",
                            "WordPress''s {0} entries (menus, blocks, templates, other plugins'' content) have no place here.",
                            String.valueOf(item.type())));
                }
                continue;
            }
            batch.itemsDone++;
            if ("trash".equals(item.status()) || "auto-draft".equals(item.status())) {
                batch.skip(kindOf(item), String.valueOf(item.id()), titleOf(item), "trash".equals(item.status()) ? TRASHED
                        : Refusal.of("refused.import.autoDraft", "It was in WordPress's automatic drafts (never written)."));
                continue;
            }
            candidates.add(item);
        }
        importNew(run, batch, candidates.stream().filter(item -> "post".equals(item.type())).toList(), ImportItemKind.POST);
        importNew(run, batch, candidates.stream().filter(item -> "page".equals(item.type())).toList(), ImportItemKind.PAGE);
        batch.finish();
    }

    private void importNew(WxrImport run, Batch batch, List<Wxr.Item> wanted, ImportItemKind kind) {
        if (wanted.isEmpty()) {
            return;
        }
        boolean posts = kind == ImportItemKind.POST;
        String itemKind = posts ? "post" : "page";
        Set<Long> known = items.selectBySourceIds(run.siteKey, itemKind, wanted.stream().map(Wxr.Item::id).toList()).stream()
                .map(ImportedItemRow::sourceId).collect(Collectors.toSet());
        List<Wxr.Item> fresh = new ArrayList<>();
        for (Wxr.Item item : wanted) {
            if (known.contains(item.id())) {
                batch.already++;
            } else {
                fresh.add(item);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        List<ContentImportResult> results = posts
                ? this.posts.importPosts(run.actor, fresh.stream().map(item -> post(run, batch, item)).toList())
                : this.posts.importPages(run.actor, fresh.stream().map(item -> page(run, batch, item)).toList());
        List<ImportedItemRow> made = new ArrayList<>();
        Map<String, OldAddressRow> addresses = new LinkedHashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            Wxr.Item item = fresh.get(i);
            ContentImportResult result = results.get(i);
            if (result.isRefused()) {
                batch.skip(kind, String.valueOf(item.id()), titleOf(item), result.refusal());
                continue;
            }
            made.add(new ImportedItemRow(item.id(), result.id()));
            if (posts) {
                batch.posts++;
            } else {
                batch.pages++;
            }
            String wantedSlug = WordPressText.slug(item.postName());
            if (!wantedSlug.isEmpty() && !result.slug().equals(wantedSlug) && isPublished(item)) {
                batch.change(kind, item, Refusal.of("refused.import.slugChanged", "Its slug is \"{0}\" here (\"{1}\" was "
                        + "taken or is not a slug this site takes); its old address redirects to it.", result.slug(), wantedSlug));
            }
            if (isPublished(item)) {
                String target = posts ? "/posts/" + result.slug() : "/" + result.slug();
                WordPressText.linkPath(item.link()).ifPresent(path -> addresses.putIfAbsent(path, new OldAddressRow(path, target)));
                String shortLink = OldAddressKeys.shortLink(posts ? "p" : "page_id", item.id());
                addresses.putIfAbsent(shortLink, new OldAddressRow(shortLink, target));
            }
        }
        if (!made.isEmpty()) {
            items.insertAll(run.siteKey, itemKind, made);
        }
        if (!addresses.isEmpty()) {
            oldAddresses.insertAll(run.siteKey, addresses.values());
        }
    }

    private ImportedPost post(WxrImport run, Batch batch, Wxr.Item item) {
        UUID author = Optional.ofNullable(item.creator()).map(String::strip).map(run.authorsByLogin::get).orElse(null);
        if (author == null) {
            author = run.actor.userId();
            batch.change(ImportItemKind.POST, item, Refusal.of("refused.import.authorUnknown",
                    "Its author \"{0}\" is not among the file''s authors: it is yours here.", String.valueOf(item.creator())));
        }
        Set<UUID> categories = new LinkedHashSet<>();
        List<String> tags = new ArrayList<>();
        for (Wxr.Term term : item.terms()) {
            if ("category".equals(term.domain()) && run.categoriesByNicename.containsKey(term.nicename())) {
                categories.add(run.categoriesByNicename.get(term.nicename()));
            } else if ("post_tag".equals(term.domain())) {
                String tag = WordPressText.plain(term.name());
                if (tag.isEmpty() || tag.length() > PostLimits.TAG_NAME_MAX || tag.indexOf(',') >= 0) {
                    batch.change(ImportItemKind.POST, item, Refusal.of("refused.import.tagLeftOut",
                            "Its tag \"{0}\" is left out: a tag has 1 to {1} characters and no comma.", tag,
                            PostLimits.TAG_NAME_MAX));
                } else if (tags.stream().noneMatch(tag::equalsIgnoreCase)) {
                    tags.add(tag);
                }
            }
        }
        if (tags.size() > PostLimits.TAGS_PER_POST_MAX) {
            batch.change(ImportItemKind.POST, item, Refusal.of("refused.import.tooManyTags",
                    "It had {0} tags; a post has at most {1}, so {2} are left out.", tags.size(), PostLimits.TAGS_PER_POST_MAX,
                    String.join(", ", tags.subList(PostLimits.TAGS_PER_POST_MAX, tags.size()))));
            tags = List.copyOf(tags.subList(0, PostLimits.TAGS_PER_POST_MAX));
        }
        return new ImportedPost(author, title(batch, item), WordPressText.slug(item.postName()),
                WordPressText.paragraphs(item.content()), excerpt(batch, item), featuredImage(run, batch, item),
                isPublished(item) ? PostStatus.PUBLISHED : draft(batch, item), publishedAt(item), createdAt(item),
                modifiedAt(item), categories, tags, run.language);
    }

    private ImportedPage page(WxrImport run, Batch batch, Wxr.Item item) {
        PageStatus status = isPublished(item) ? PageStatus.PUBLISHED : PageStatus.DRAFT;
        if (status == PageStatus.DRAFT) {
            draft(batch, item);
        }
        return new ImportedPage(title(batch, item), WordPressText.slug(item.postName()),
                WordPressText.paragraphs(item.content()), status, publishedAt(item), createdAt(item), modifiedAt(item),
                run.language);
    }

    /** What is not published there is a draft here; statuses this site does not have are said in the report. */
    private static PostStatus draft(Batch batch, Wxr.Item item) {
        String status = String.valueOf(item.status());
        switch (status) {
            case "future" -> batch.change(kindOf(item), item, WordPressText.instant(item.dateGmt(), item.date())
                    .map(when -> Refusal.of("refused.import.scheduled", "It was scheduled on WordPress for {0}; this site "
                            + "has no scheduled publishing, so it is a draft. Publish it when its time comes.", when))
                    .orElse(Refusal.of("refused.import.scheduledUndated", "It was scheduled on WordPress; this site has no "
                            + "scheduled publishing, so it is a draft. Publish it when its time comes.")));
            case "pending" -> batch.change(kindOf(item), item, Refusal.of("refused.import.pending",
                    "It was waiting for review on WordPress; it is a draft here."));
            case "private" -> batch.change(kindOf(item), item, Refusal.of("refused.import.private",
                    "It was private on WordPress; it is a draft here, which only its author and admins see."));
            default -> {
            }
        }
        return PostStatus.DRAFT;
    }

    private static String title(Batch batch, Wxr.Item item) {
        String title = WordPressText.plain(item.title());
        if (title.isEmpty()) {
            batch.change(kindOf(item), item, Refusal.of("refused.import.untitled",
                    "It had no title; it is called \"{0}\" here.", UNTITLED));
            return UNTITLED;
        }
        if (title.length() > PostLimits.TITLE_MAX) {
            batch.change(kindOf(item), item, Refusal.of("refused.import.titleCut", "Its title is cut to {0} characters.",
                    PostLimits.TITLE_MAX));
            return title.substring(0, PostLimits.TITLE_MAX - 1).strip() + "…";
        }
        return title;
    }

    private static String excerpt(Batch batch, Wxr.Item item) {
        String excerpt = WordPressText.plain(item.excerpt());
        if (excerpt.length() > PostLimits.EXCERPT_MAX) {
            batch.change(ImportItemKind.POST, item, Refusal.of("refused.import.excerptShortened",
                    "Its excerpt is shortened to {0} characters.", PostLimits.EXCERPT_MAX));
            return WordPressText.excerpt(item.excerpt(), PostLimits.EXCERPT_MAX);
        }
        return excerpt.isEmpty() ? null : excerpt;
    }

    private static String featuredImage(WxrImport run, Batch batch, Wxr.Item item) {
        if (item.thumbnailId() == null) {
            return null;
        }
        String url = run.attachments.get(item.thumbnailId());
        if (url == null) {
            batch.change(ImportItemKind.POST, item, Refusal.of("refused.import.featuredImageMissing",
                    "Its featured image (attachment {0}) is not in the file.", String.valueOf(item.thumbnailId())));
            return null;
        }
        if (url.length() > PostLimits.IMAGE_URL_MAX || !HTTP_URL.matcher(url).matches()) {
            batch.change(ImportItemKind.POST, item, Refusal.of("refused.import.featuredImageAddress",
                    "Its featured image''s address is not an http(s) address of at most {0} characters: {1}",
                    PostLimits.IMAGE_URL_MAX, shorten(url, 100)));
            return null;
        }
        return url;
    }

    private static boolean isPublished(Wxr.Item item) {
        return "publish".equals(item.status());
    }

    private static Instant createdAt(Wxr.Item item) {
        return WordPressText.instant(item.dateGmt(), item.date()).orElse(null);
    }

    private static Instant publishedAt(Wxr.Item item) {
        return isPublished(item) ? createdAt(item) : null;
    }

    private static Instant modifiedAt(Wxr.Item item) {
        return WordPressText.instant(item.modifiedGmt(), null).orElse(createdAt(item));
    }

    /**
     * The approved comments of a batch's posts, parents before replies, each post's in the order they were written;
     * comments imported before are skipped, and the others' reasons go to the report.
     */
    @Transactional
    void importComments(WxrImport run, List<Wxr.Item> batchItems) {
        Batch batch = new Batch(run);
        List<Wxr.Item> withComments = batchItems.stream()
                .filter(item -> "post".equals(item.type()) && !item.comments().isEmpty()).toList();
        if (withComments.isEmpty()) {
            return;
        }
        Map<Long, UUID> postIds = items.selectBySourceIds(run.siteKey, "post",
                        withComments.stream().map(Wxr.Item::id).toList()).stream()
                .collect(Collectors.toMap(ImportedItemRow::sourceId, ImportedItemRow::targetId));
        Set<Long> allComments = withComments.stream().flatMap(item -> item.comments().stream()).map(Wxr.Comment::id)
                .collect(Collectors.toSet());
        Map<Long, UUID> known = new HashMap<>();
        items.selectBySourceIds(run.siteKey, "comment", allComments)
                .forEach(row -> known.put(row.sourceId(), row.targetId()));
        List<Wxr.Comment> order = new ArrayList<>();
        Map<Long, Wxr.Item> postOf = new HashMap<>();
        for (Wxr.Item item : withComments) {
            UUID postId = postIds.get(item.id());
            if (postId == null) {
                continue;
            }
            for (Wxr.Comment comment : threadOrder(run, batch, item, known)) {
                order.add(comment);
                postOf.put(comment.id(), item);
            }
        }
        Map<String, UUID> accounts = accountsOf(run, batch, order);
        // A thread level at a time: each round writes, in one call, the comments whose parent is written (before, or
        // in an earlier round), in the order they were written; a reply whose parent was refused goes under the
        // nearest ancestor that is in.
        Set<Long> refused = new HashSet<>();
        Map<Long, Long> parentOf = new HashMap<>();
        withComments.forEach(item -> item.comments().forEach(comment -> parentOf.putIfAbsent(comment.id(), comment.parent())));
        Set<Long> included = order.stream().map(Wxr.Comment::id).collect(Collectors.toSet());
        List<Wxr.Comment> remaining = order.stream().filter(comment -> !known.containsKey(comment.id())).toList();
        List<ImportedItemRow> made = new ArrayList<>();
        while (!remaining.isEmpty()) {
            List<Wxr.Comment> ready = new ArrayList<>();
            List<Wxr.Comment> later = new ArrayList<>();
            for (Wxr.Comment comment : remaining) {
                Long parent = effectiveParent(comment, parentOf, included, refused);
                (parent == null || known.containsKey(parent) ? ready : later).add(comment);
            }
            List<ImportedComment> wanted = new ArrayList<>();
            List<Wxr.Comment> asked = new ArrayList<>();
            for (Wxr.Comment comment : ready) {
                UUID author = comment.userId() != 0 && run.authorsById.containsKey(comment.userId())
                        ? run.authorsById.get(comment.userId()) : accounts.get(commenterEmail(comment));
                if (author == null) {
                    refused.add(comment.id());
                    continue;
                }
                Long parent = effectiveParent(comment, parentOf, included, refused);
                wanted.add(new ImportedComment(postIds.get(postOf.get(comment.id()).id()),
                        parent == null ? null : known.get(parent), author, WordPressText.commentText(comment.content()),
                        WordPressText.instant(comment.dateGmt(), comment.date()).orElse(null)));
                asked.add(comment);
            }
            List<CommentImportResult> results = wanted.isEmpty() ? List.of() : comments.importComments(run.actor, wanted);
            for (int i = 0; i < asked.size(); i++) {
                Wxr.Comment comment = asked.get(i);
                CommentImportResult result = results.get(i);
                if (result.isRefused()) {
                    refused.add(comment.id());
                    batch.skip(ImportItemKind.COMMENT, String.valueOf(comment.id()), commenterName(comment), result.refusal());
                } else {
                    known.put(comment.id(), result.id());
                    made.add(new ImportedItemRow(comment.id(), result.id()));
                    batch.comments++;
                }
            }
            if (ready.isEmpty()) {
                later.forEach(comment -> batch.skip(ImportItemKind.COMMENT, String.valueOf(comment.id()),
                        commenterName(comment), Refusal.of("refused.import.commentLoop",
                                "Its replies and parents form a loop in the file.")));
                break;
            }
            remaining = later;
        }
        if (!made.isEmpty()) {
            items.insertAll(run.siteKey, "comment", made);
        }
        batch.finish();
    }

    /**
     * The comments an import writes, parents before their replies and otherwise in the order they were written
     * (WordPress's ids grow with time). Those not approved there are reported and left out; a reply to a left-out
     * comment is attached to its nearest ancestor that is in.
     */
    private static List<Wxr.Comment> threadOrder(WxrImport run, Batch batch, Wxr.Item item, Map<Long, UUID> known) {
        Map<Long, Wxr.Comment> included = new LinkedHashMap<>();
        item.comments().stream().sorted(java.util.Comparator.comparingLong(Wxr.Comment::id)).forEach(comment -> {
            Refusal problem = problemWith(comment);
            if (problem != null) {
                if (!known.containsKey(comment.id())) {
                    batch.skip(ImportItemKind.COMMENT, String.valueOf(comment.id()), titleOf(item).isEmpty() ? commenterName(comment)
                            : commenterName(comment) + " · " + titleOf(item), problem);
                }
                return;
            }
            included.put(comment.id(), comment);
        });
        List<Wxr.Comment> ordered = new ArrayList<>();
        Set<Long> placed = new HashSet<>();
        for (Wxr.Comment comment : included.values()) {
            place(comment, included, placed, ordered, new HashSet<>());
        }
        return ordered;
    }

    private static void place(Wxr.Comment comment, Map<Long, Wxr.Comment> included, Set<Long> placed,
                              List<Wxr.Comment> ordered, Set<Long> visiting) {
        if (placed.contains(comment.id()) || !visiting.add(comment.id())) {
            return;
        }
        Wxr.Comment parent = included.get(comment.parent());
        if (parent != null) {
            place(parent, included, placed, ordered, visiting);
        }
        placed.add(comment.id());
        ordered.add(comment);
    }

    /**
     * The WordPress id of the comment a reply goes under: its parent if that is being imported and was not refused,
     * else the nearest such ancestor; null for the top level. {@code parentOf} holds every comment of the batch
     * with its WordPress parent, {@code included} those being imported (approved, written before or now).
     */
    private static Long effectiveParent(Wxr.Comment comment, Map<Long, Long> parentOf, Set<Long> included,
                                        Set<Long> refused) {
        Long parent = comment.parent();
        Set<Long> seen = new HashSet<>();
        while (parent != null && parent != 0 && seen.add(parent)) {
            if (included.contains(parent) && !refused.contains(parent)) {
                return parent;
            }
            parent = parentOf.get(parent);
        }
        return null;
    }

    private static Refusal problemWith(Wxr.Comment comment) {
        String type = comment.type() == null ? "" : comment.type().strip();
        if (type.equals("pingback") || type.equals("trackback")) {
            return Refusal.of("refused.import.linkback", "It is a {0} (a link from another site), not a comment.", type);
        }
        return switch (String.valueOf(comment.approved()).strip()) {
            case "1" -> null;
            case "0" -> Refusal.of("refused.import.awaitingModeration", "It was waiting for moderation on WordPress; this "
                    + "site cannot hold comments for moderation yet, so it is left out.");
            case "spam" -> Refusal.of("refused.import.spam", "WordPress marked it as spam.");
            case "trash" -> TRASHED;
            default -> Refusal.of("refused.import.notApproved", "WordPress did not approve it ({0}).",
                    String.valueOf(comment.approved()));
        };
    }

    /** Every commenter of these comments as an account (a guest, invited), one statement for those not met before. */
    private Map<String, UUID> accountsOf(WxrImport run, Batch batch, List<Wxr.Comment> order) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Wxr.Comment comment : order) {
            if (comment.userId() != 0 && run.authorsById.containsKey(comment.userId())) {
                continue;
            }
            String email = commenterEmail(comment);
            if (!run.accountsByEmail.containsKey(email)) {
                names.putIfAbsent(email, commenterName(comment));
            }
        }
        if (!names.isEmpty()) {
            List<String> emails = List.copyOf(names.keySet());
            List<ImportedAccountResult> results = users.importAccounts(run.actor, emails.stream()
                    .map(email -> new ImportedAccount(email, names.get(email), Role.GUEST)).toList());
            for (int i = 0; i < emails.size(); i++) {
                ImportedAccountResult result = results.get(i);
                if (result.isRefused()) {
                    batch.skip(ImportItemKind.AUTHOR, emails.get(i), names.get(emails.get(i)),
                            Refusal.of("refused.import.commenterWithoutAccount",
                                    "Their account could not be made ({0}); their comments are left out.", result.refusal()));
                    continue;
                }
                run.accountsByEmail.put(emails.get(i), result.id());
                if (result.created()) {
                    batch.accounts++;
                }
            }
        }
        return run.accountsByEmail;
    }

    /** A commenter's email, or a placeholder made from their name: one account per person either way. */
    static String commenterEmail(Wxr.Comment comment) {
        String email = comment.authorEmail() == null ? "" : comment.authorEmail().strip().toLowerCase(Locale.ROOT);
        if (EMAIL.matcher(email).matches() && email.length() <= AccountLimits.EMAIL_MAX) {
            return email;
        }
        return "commenter-" + digest(commenterName(comment)) + "@" + PLACEHOLDER_DOMAIN;
    }

    static String commenterName(Wxr.Comment comment) {
        String name = WordPressText.plain(comment.author());
        return shorten(name.isEmpty() ? "Anonymous" : name, AccountLimits.NAME_MAX);
    }

    /** An author's email, or one at the placeholder domain made from their login. */
    static String emailOf(String email, String login) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (EMAIL.matcher(address).matches() && address.length() <= AccountLimits.EMAIL_MAX) {
            return address;
        }
        String local = (login == null ? "" : login.strip().toLowerCase(Locale.ROOT)).replaceAll("[^a-z0-9._-]+", "-");
        return (local.isEmpty() || local.length() > 64 ? "author-" + digest(String.valueOf(login)) : local) + "@"
                + PLACEHOLDER_DOMAIN;
    }

    static String nameOf(String displayName, String login) {
        String name = WordPressText.plain(displayName);
        if (name.isEmpty()) {
            name = WordPressText.plain(login);
        }
        return shorten(name.isEmpty() ? "Unknown author" : name, AccountLimits.NAME_MAX);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportItemKind kindOf(Wxr.Item item) {
        return "page".equals(item.type()) ? ImportItemKind.PAGE : ImportItemKind.POST;
    }

    /** The item's title for the report; empty when it has none (the import page says so in the site's language). */
    static String titleOf(Wxr.Item item) {
        return shorten(WordPressText.plain(item.title()), 300);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** What one step did: its counts and report entries, written with it. */
    private final class Batch {

        private final WxrImport run;
        private final List<SkippedItem> entries = new ArrayList<>();
        int itemsDone;
        int posts;
        int pages;
        int comments;
        int accounts;
        int categories;
        int already;
        int skipped;
        int changed;

        Batch(WxrImport run) {
            this.run = run;
        }

        void skip(ImportItemKind kind, String sourceId, String title, Refusal reason) {
            skipped++;
            add(new SkippedItem(true, kind, shorten(String.valueOf(sourceId), 100), shorten(title, 300),
                    shorten(reason.english(), 1000), reason));
        }

        void change(ImportItemKind kind, Wxr.Item item, Refusal reason) {
            changed++;
            add(new SkippedItem(false, kind, String.valueOf(item.id()), titleOf(item), shorten(reason.english(), 1000),
                    reason));
        }

        private void add(SkippedItem entry) {
            if (run.reportHasRoom()) {
                entries.add(entry);
            }
        }

        void finish() {
            if (!entries.isEmpty()) {
                report.insertAll(run.runId, entries);
            }
            runs.addProgress(run.runId, new ImportCounts(itemsDone, posts, pages, comments, accounts, categories, already,
                    skipped, changed));
        }
    }
}
