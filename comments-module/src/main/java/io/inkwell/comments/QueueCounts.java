package io.inkwell.comments;

/**
 * How many comments each tab holds, each counted up to {@link #CAP} and one more: a tab is never counted
 * past what a moderator could go through, so the count costs a bounded read however many there are.
 */
public record QueueCounts(long held, long approved, long spam, long reported) {

    public static final int CAP = 10_000;

    public long of(QueueTab tab) {
        return switch (tab) {
            case HELD -> held;
            case APPROVED -> approved;
            case SPAM -> spam;
            case REPORTED -> reported;
        };
    }

    /** The count to show: at most {@link #CAP}, which {@link #isCapped} then says is "or more". */
    public long shown(QueueTab tab) {
        return Math.min(of(tab), CAP);
    }

    /** Whether the tab holds more than {@link #CAP} comments. */
    public boolean isCapped(QueueTab tab) {
        return of(tab) > CAP;
    }
}
