package io.inkwell.exchange.internal;

import io.inkwell.db.Refusal;
import io.inkwell.settings.SiteLanguage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first reading of a file: it checks the whole file (a bad one is refused before anything is written) and keeps
 * what the import needs before its items: the site, its authors and categories, how many posts and pages there are
 * (for the progress), and the address of every attachment (a featured image may be an attachment listed after the
 * post that shows it). Items themselves are not kept.
 */
final class WxrScan implements Wxr.Handler {

    private Wxr.Channel channel;
    private final List<Wxr.Author> authors = new ArrayList<>();
    private final List<Wxr.Category> categories = new ArrayList<>();
    private final Map<Long, String> attachments = new HashMap<>();
    private int items;

    private WxrScan() {
    }

    static WxrScan of(Path file) {
        WxrScan scan = new WxrScan();
        WxrReader.read(file, scan);
        if (scan.channel == null) {
            throw new BadImportFileException(Refusal.of("refused.import.noChannelFound",
                    "This is not a WordPress export file: it has no channel."));
        }
        return scan;
    }

    @Override
    public void channel(Wxr.Channel channel) {
        this.channel = channel;
    }

    @Override
    public void author(Wxr.Author author) {
        authors.add(author);
    }

    @Override
    public void category(Wxr.Category category) {
        categories.add(category);
    }

    @Override
    public void item(Wxr.Item item) {
        if (WxrImport.isPostOrPage(item)) {
            items++;
        } else if ("attachment".equals(item.type()) && item.attachmentUrl() != null) {
            attachments.put(item.id(), item.attachmentUrl().strip());
        }
    }

    Wxr.Channel channel() {
        return channel;
    }

    List<Wxr.Author> authors() {
        return authors;
    }

    List<Wxr.Category> categories() {
        return categories;
    }

    Map<Long, String> attachments() {
        return attachments;
    }

    int items() {
        return items;
    }

    /**
     * The code of the language the file's site wrote in, if this site offers it ({@code de-DE} is German, {@code de});
     * null when the file does not say or names another, and then its posts and pages are in the site's language.
     */
    String language() {
        if (channel.language() == null || channel.language().isBlank()) {
            return null;
        }
        String primary = Locale.forLanguageTag(channel.language().strip().replace('_', '-')).getLanguage();
        return SiteLanguage.ofCode(primary).map(SiteLanguage::code).orElse(null);
    }

    /** The site the file came from, the key of its items and addresses. */
    String siteKey() {
        return WordPressText.siteKey(channel.baseSiteUrl() != null && !channel.baseSiteUrl().isBlank()
                ? channel.baseSiteUrl() : channel.link());
    }
}
