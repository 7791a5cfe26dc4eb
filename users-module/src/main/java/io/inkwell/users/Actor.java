package io.inkwell.users;

import java.util.Objects;
import java.util.UUID;

/**
 * Who performs a command, as every context's services need it. Each service asks the actor what it may
 * do before it changes anything, so no route can forget a rule: the role table lives here, once.
 *
 * <table>
 *   <caption>What each role may do (an account that is not active may do nothing)</caption>
 *   <tr><th>may…</th><th>guest</th><th>user (author)</th><th>admin</th></tr>
 *   <tr><td>comment, reply, edit and delete own comments</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>write, publish, archive and delete own posts</td><td>–</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>edit and publish anyone's posts, manage categories and tags, moderate comments</td><td>–</td><td>–</td><td>yes</td></tr>
 *   <tr><td>upload images, see and delete own images in the media library</td><td>–</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>see and delete anyone's images</td><td>–</td><td>–</td><td>yes</td></tr>
 *   <tr><td>manage users, write static pages and see the dashboard</td><td>–</td><td>–</td><td>yes</td></tr>
 *   <tr><td>change the site's settings and menus</td><td>–</td><td>–</td><td>yes</td></tr>
 *   <tr><td>import another site's content, export the whole site</td><td>–</td><td>–</td><td>yes</td></tr>
 * </table>
 */
public record Actor(UUID userId, Role role, UserStatus status) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
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

    public boolean owns(UUID ownerId) {
        return userId.equals(ownerId);
    }

    public boolean mayComment() {
        return isActive();
    }

    /** Writing, publishing, archiving and deleting one's own posts. */
    public boolean mayWritePosts() {
        return isActive() && (role == Role.USER || role == Role.ADMIN);
    }

    /** Editing, publishing and deleting posts of other authors. */
    public boolean mayEditAnyPost() {
        return isAdmin();
    }

    /** May this actor change the post of {@code authorId}: their own as an author, anyone's as an editor. */
    public boolean mayChangePost(UUID authorId) {
        return mayWritePosts() && (owns(authorId) || mayEditAnyPost());
    }

    /** Deleting other people's comments. */
    public boolean mayModerateComments() {
        return isAdmin();
    }

    /**
     * Uploading images (to the media library, or as one's avatar): for those who write. Guests comment only,
     * so anyone able to register cannot fill the database with files.
     */
    public boolean mayUploadMedia() {
        return mayWritePosts();
    }

    /** Seeing and deleting the images of {@code uploaderId}: one's own as an author, anyone's as an editor. */
    public boolean mayManageMedia(UUID uploaderId) {
        return mayUploadMedia() && (owns(uploaderId) || isAdmin());
    }

    /** Seeing every uploader's images in the media library. */
    public boolean maySeeAllMedia() {
        return isAdmin();
    }

    public boolean mayManageCategories() {
        return isAdmin();
    }

    /** Renaming, merging and deleting tags; creating them is part of writing a post. */
    public boolean mayManageTags() {
        return isAdmin();
    }

    public boolean mayManageUsers() {
        return isAdmin();
    }

    /** The site's title, language, time zone, registration switch and menus. */
    public boolean mayManageSettings() {
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
