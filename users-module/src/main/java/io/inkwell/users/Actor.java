package io.inkwell.users;

import java.util.Objects;
import java.util.UUID;

/**
 * Who performs a command, as every context's services need it. Each service asks the actor what it may
 * do before it changes anything, so no route can forget a rule: the role table lives here, once.
 *
 * <table>
 *   <caption>What each role may do (an account that is not active may do nothing)</caption>
 *   <tr><th>may…</th><th>guest</th><th>contributor</th><th>user (author)</th><th>editor</th><th>admin</th></tr>
 *   <tr><td>comment, reply, edit and delete own comments</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>write and edit own drafts, submit them for review</td><td>–</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>publish, schedule, archive and delete own posts (once the account's email address is confirmed)</td><td>–</td><td>–</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>edit, publish, schedule and archive anyone's posts, review submitted posts, manage categories and
 *       tags, moderate comments</td><td>–</td><td>–</td><td>–</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>upload images, see and delete own images in the media library</td><td>–</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>see and delete anyone's images</td><td>–</td><td>–</td><td>–</td><td>–</td><td>yes</td></tr>
 *   <tr><td>manage users, write static pages and see the dashboard</td><td>–</td><td>–</td><td>–</td><td>–</td><td>yes</td></tr>
 *   <tr><td>change the site's settings and menus, invite people, see the outgoing mail, manage Content API keys and
 *       webhooks</td><td>–</td><td>–</td><td>–</td><td>–</td><td>yes</td></tr>
 *   <tr><td>must sign in with a second factor when the site requires it of staff</td><td>–</td><td>–</td><td>–</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>import another site's content, export the whole site</td><td>–</td><td>–</td><td>–</td><td>–</td><td>yes</td></tr>
 * </table>
 *
 * <p>An account made by the registration form has an unconfirmed email address until its link is followed:
 * it may read, comment and write drafts, but not publish. Every other account (made by an admin, an
 * invitation or start-up, or older than confirmations) is confirmed.
 */
public record Actor(UUID userId, Role role, UserStatus status, boolean emailConfirmed) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
    }

    /** An account with a confirmed email address. */
    public Actor(UUID userId, Role role, UserStatus status) {
        this(userId, role, status, true);
    }

    /** An active account with this role: what a session the users context still accepts stands for. */
    public Actor(UUID userId, Role role) {
        this(userId, role, UserStatus.ACTIVE);
    }

    public boolean isActive() {
        return status == UserStatus.ACTIVE;
    }

    public boolean isAdmin() {
        return isActive() && role == Role.ADMIN;
    }

    /** An editor or an admin: the roles that look after everyone's posts. */
    private boolean isEditorial() {
        return isActive() && (role == Role.EDITOR || role == Role.ADMIN);
    }

    public boolean owns(UUID ownerId) {
        return userId.equals(ownerId);
    }

    public boolean mayComment() {
        return isActive();
    }

    /** Writing drafts of one's own and submitting them for review: contributors and every role above them. */
    public boolean mayWritePosts() {
        return isActive() && role != Role.GUEST;
    }

    /**
     * Publishing, scheduling, archiving and deleting one's own posts: authors, editors and admins, not contributors,
     * and only once the account's email address is confirmed.
     */
    public boolean mayPublishPosts() {
        return isActive() && (role == Role.USER || isEditorial()) && emailConfirmed;
    }

    /** Whether the site's "require two-factor sign-in for admins and editors" applies to this account. */
    public boolean isStaff() {
        return role == Role.ADMIN || role == Role.EDITOR;
    }

    /** Editing, publishing, scheduling and archiving posts of other authors. */
    public boolean mayEditAnyPost() {
        return isEditorial();
    }

    /**
     * May this actor change the post of {@code authorId} at any stage (edit it once it is public, publish, schedule,
     * archive, delete it): their own as an author, anyone's as an editor.
     */
    public boolean mayChangePost(UUID authorId) {
        return mayPublishPosts() && (owns(authorId) || mayEditAnyPost());
    }

    /**
     * May this actor edit the post of {@code authorId} while it is a draft or awaits review: their own as a
     * contributor or author, anyone's as an editor.
     */
    public boolean mayEditDraft(UUID authorId) {
        return mayWritePosts() && (owns(authorId) || mayEditAnyPost());
    }

    /** Seeing the posts submitted for review, and publishing or sending them back with a note. */
    public boolean mayReviewPosts() {
        return isEditorial();
    }

    /** Deleting other people's comments and everything else moderation does. */
    public boolean mayModerateComments() {
        return isEditorial();
    }

    /**
     * Uploading images (to the media library, or as one's avatar): for those who write. Guests comment only,
     * so anyone able to register cannot fill the database with files.
     */
    public boolean mayUploadMedia() {
        return mayWritePosts();
    }

    /** Seeing and deleting the images of {@code uploaderId}: one's own as a writer, anyone's as an admin. */
    public boolean mayManageMedia(UUID uploaderId) {
        return mayUploadMedia() && (owns(uploaderId) || isAdmin());
    }

    /** Seeing every uploader's images in the media library. */
    public boolean maySeeAllMedia() {
        return isAdmin();
    }

    public boolean mayManageCategories() {
        return isEditorial();
    }

    /** Renaming, merging and deleting tags; creating them is part of writing a post. */
    public boolean mayManageTags() {
        return isEditorial();
    }

    /** Finding and changing accounts, and inviting people with a role. */
    public boolean mayManageUsers() {
        return isAdmin();
    }

    /** The outbox of the site's mail (/admin/mail), which holds people's links. */
    public boolean mayReadOutgoingMail() {
        return isAdmin();
    }

    /** The site's title, language, time zone, registration switch and menus. */
    public boolean mayManageSettings() {
        return isAdmin();
    }

    /** Content API keys and webhooks: who may read the site by program, and where its events are sent. */
    public boolean mayManageIntegrations() {
        return isAdmin();
    }

    /** Writing, publishing and deleting the site's static pages (About, Contact…). */
    public boolean mayManagePages() {
        return isAdmin();
    }

    /**
     * Importing another site's content (its authors, posts, pages and comments, all at once) and exporting the
     * whole site with every account's email: what only the site's administrators may do.
     */
    public boolean mayExchangeContent() {
        return isAdmin();
    }

    /** May this actor change something owned by {@code ownerId}: their own, or anything as an admin. */
    public boolean mayModify(UUID ownerId) {
        return isActive() && (owns(ownerId) || isAdmin());
    }
}
