package io.inkwell.db;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Read replicas ({@code INKWELL_READ_REPLICA_URLS}): read-only transactions are served by a replica that is up,
 * not lagging, and has replayed every write the reader must see; everything else by the primary. Present as a
 * bean only when replicas are configured.
 *
 * <p>A reader must see their own writes: a request {@linkplain #beginRequest begins} with the position its client
 * wrote at (a token from a cookie or the session), and hears the position of every write it commits, to hand back
 * to the client. Positions are opaque tokens (hexadecimal WAL positions of the primary).
 */
public interface ReadReplicas {

    /**
     * The name of a transaction that is bookkeeping no reader waits for (the HTTP session's own row, written at the
     * end of every signed-in request): its commit neither makes a token nor holds this instance's reads back.
     */
    String UNTRACKED_TRANSACTION = "inkwell.untracked";

    /**
     * Opens this thread's request. {@code writtenAt}: the tokens the client brought (cookie, session; each may be
     * null or garbage, which count as none); reads must see the furthest of them.
     * {@code onWrite} hears the token of every read-write transaction the request commits, at once after the commit
     * (before the response is sent, while a cookie can still be set). Close it when the request ends.
     */
    Request beginRequest(Collection<String> writtenAt, Consumer<String> onWrite);

    /**
     * Another instance wrote (a notice of a change arrived): reads on this instance go to the primary until the
     * replicas have replayed what the primary holds now, so a cache refilled after the notice is not older than it.
     */
    void writtenElsewhere();

    /** Each replica as the monitor last saw it, in the configured order. */
    List<ReplicaStatus> status();

    /** A request's hold on read routing; closing it forgets the client's position. */
    interface Request extends AutoCloseable {
        @Override
        void close();
    }
}
