package io.inkwell.web.forms;

import io.inkwell.integrations.IntegrationLimits;
import io.inkwell.media.MediaLimits;
import io.inkwell.comments.CommentLimits;
import io.inkwell.posts.AdminPostFilter;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.SearchResults;
import io.inkwell.settings.SettingsLimits;
import io.inkwell.users.AccountLimits;
import io.inkwell.users.UserSearch;

/**
 * The modules' length limits as templates read them: {@code maxlength=${#limits.postTitle}} (see
 * {@link FieldLimitsDialect}). The numbers stay in the module that checks them.
 */
public class FieldLimits {

    public int getPostTitle() {
        return PostLimits.TITLE_MAX;
    }

    public int getPostSlug() {
        return PostLimits.SLUG_MAX;
    }

    public int getPostContent() {
        return PostLimits.CONTENT_MAX;
    }

    public int getPostExcerpt() {
        return PostLimits.EXCERPT_MAX;
    }

    public int getPostImageUrl() {
        return PostLimits.IMAGE_URL_MAX;
    }

    public int getPostSeoTitle() {
        return PostLimits.SEO_TITLE_MAX;
    }

    public int getPostMetaDescription() {
        return PostLimits.META_DESCRIPTION_MAX;
    }

    public int getCategoryName() {
        return PostLimits.CATEGORY_NAME_MAX;
    }

    public int getCategoryDescription() {
        return PostLimits.CATEGORY_DESCRIPTION_MAX;
    }

    public int getTagName() {
        return PostLimits.TAG_NAME_MAX;
    }

    public int getTagsPerPost() {
        return PostLimits.TAGS_PER_POST_MAX;
    }

    public int getReviewNote() {
        return PostLimits.REVIEW_NOTE_MAX;
    }

    public int getAccountName() {
        return AccountLimits.NAME_MAX;
    }

    public int getEmail() {
        return AccountLimits.EMAIL_MAX;
    }

    public int getPasswordMin() {
        return AccountLimits.PASSWORD_MIN;
    }

    public int getPasswordMax() {
        return AccountLimits.PASSWORD_MAX;
    }

    public int getAvatarUrl() {
        return AccountLimits.AVATAR_URL_MAX;
    }

    public int getComment() {
        return CommentLimits.TEXT_MAX;
    }

    public int getGuestName() {
        return CommentLimits.GUEST_NAME_MAX;
    }

    public int getGuestEmail() {
        return CommentLimits.GUEST_EMAIL_MAX;
    }

    public int getSearch() {
        return SearchResults.MAX_QUERY_LENGTH;
    }

    public int getUserSearch() {
        return UserSearch.MAX_TEXT_LENGTH;
    }

    public int getAdminPostSearch() {
        return AdminPostFilter.MAX_TEXT_LENGTH;
    }

    public int getMediaAltText() {
        return MediaLimits.ALT_TEXT_MAX;
    }

    public int getMediaSearch() {
        return MediaLimits.SEARCH_MAX;
    }

    public int getSiteTitle() {
        return SettingsLimits.TITLE_MAX;
    }

    public int getSiteTagline() {
        return SettingsLimits.TAGLINE_MAX;
    }

    public int getSiteTimeZone() {
        return SettingsLimits.TIME_ZONE_MAX;
    }

    public int getSiteUrl() {
        return SettingsLimits.URL_MAX;
    }

    public int getSiteFooterText() {
        return SettingsLimits.FOOTER_TEXT_MAX;
    }

    public int getPostsPerPageMin() {
        return SettingsLimits.POSTS_PER_PAGE_MIN;
    }

    public int getPostsPerPageMax() {
        return SettingsLimits.POSTS_PER_PAGE_MAX;
    }

    public int getMenuLabel() {
        return SettingsLimits.MENU_LABEL_MAX;
    }

    public int getApiKeyName() {
        return IntegrationLimits.KEY_NAME_MAX;
    }

    public int getApiKeyOrigins() {
        return IntegrationLimits.ORIGINS_TEXT_MAX;
    }

    public int getWebhookUrl() {
        return IntegrationLimits.WEBHOOK_URL_MAX;
    }

    public int getWebhookSecret() {
        return IntegrationLimits.WEBHOOK_SECRET_MAX;
    }

    public int getBlockedWords() {
        return SettingsLimits.BLOCKED_WORDS_MAX;
    }

    public int getMaxLinksMin() {
        return SettingsLimits.MAX_LINKS_MIN;
    }

    public int getMaxLinksMax() {
        return SettingsLimits.MAX_LINKS_MAX;
    }

    public int getReportThresholdMin() {
        return SettingsLimits.REPORT_THRESHOLD_MIN;
    }

    public int getReportThresholdMax() {
        return SettingsLimits.REPORT_THRESHOLD_MAX;
    }
}
