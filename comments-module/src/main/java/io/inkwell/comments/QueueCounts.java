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

    /** "12", "1,234" or "10,000+". */
    public String label(QueueTab tab) {
        long count = of(tab);
        return count > CAP ? String.format("%,d+", CAP) : String.format("%,d", count);
    }
}
