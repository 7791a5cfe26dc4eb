/**
 * Cache invalidation across every instance of the site: {@link io.inkwell.db.changes.ClusterChanges} announces
 * a change through PostgreSQL's {@code NOTIFY} (sent when the writing transaction commits) and hands each one,
 * this instance's own included, to the listeners registered for its topic. One dedicated connection per
 * instance listens; while it is away, caches fall back to their own time to live, and when it is back every
 * listener hears {@link io.inkwell.db.changes.ClusterChanges#EVERYTHING} once, because changes may have been
 * missed meanwhile.
 */
@NamedInterface("changes")
package io.inkwell.db.changes;

import org.springframework.modulith.NamedInterface;
