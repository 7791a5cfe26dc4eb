/**
 * The web side of read replicas ({@code INKWELL_READ_REPLICA_URLS}, {@link io.inkwell.db.ReadReplicas}): a reader who
 * wrote is served by a replica only once it has replayed the write (a cookie and the session carry the position),
 * and {@code /actuator/health} shows each replica. Nothing here exists when no replica is configured.
 */
package io.inkwell.web.replicas;
