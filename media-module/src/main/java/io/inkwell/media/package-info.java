/**
 * The media context: images people upload, re-encoded into sized variants and kept in PostgreSQL (originals
 * and variants alike, content-addressed by the SHA-256 of the uploaded file), so that backups, restores and
 * several instances of the site need nothing beyond the database.
 *
 * <p>Its API is split by who calls it: {@link io.inkwell.media.MediaLibrary} for uploading, listing and
 * deleting (each asks the {@link io.inkwell.users.Actor} and refuses with
 * {@link io.inkwell.users.NotAllowedException}), {@link io.inkwell.media.MediaImages} for the sizes of images a
 * page shows, {@link io.inkwell.media.MediaDelivery} for the bytes of one variant, and
 * {@link io.inkwell.media.MediaUrls} for the shape of their addresses, {@code /media/{hash}/{variant}/{name}}.
 *
 * <p>It knows posts by id only: which posts show which images it learns from the posts context's events
 * ({@link io.inkwell.posts.PostImagesChanged}, {@link io.inkwell.posts.PostDeleted}), its only use of that
 * module, and keeps its own table of those references. So the posts context never depends on this one, and an
 * image is refused deletion while a post still shows it.
 */
@ApplicationModule(allowedDependencies = {"db", "users", "posts :: events"})
package io.inkwell.media;

import org.springframework.modulith.ApplicationModule;
