package io.inkwell.posts.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the background clean-up deletes, each in transactions of its own. */
@Service
@Transactional
class WorkflowCleanup {

    /** Revisions per transaction: short transactions, and the pruning never holds many row locks at once. */
    static final int PRUNE_BATCH = 1000;

    private final RevisionMapper revisions;
    private final EditingMapper editing;
    private final PreviewLinkMapper links;

    WorkflowCleanup(RevisionMapper revisions, EditingMapper editing, PreviewLinkMapper links) {
        this.revisions = revisions;
        this.editing = editing;
        this.links = links;
    }

    /** Deletes one batch of revisions marked prunable; returns how many. */
    public int pruneRevisions() {
        return revisions.deletePrunable(PRUNE_BATCH);
    }

    /** Forgets who had an editor open a day ago, and preview links that expired; returns how many rows went. */
    public int forgetStale() {
        return editing.deleteStalePresence() + links.deleteExpired();
    }
}
