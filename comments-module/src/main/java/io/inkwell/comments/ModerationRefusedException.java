package io.inkwell.comments;

import io.inkwell.db.Refusal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A moderation the queue cannot carry out as asked (a comment deleted meanwhile, one of another post, an author
 * who moderates comments too): nothing was changed. {@link #refusals()} say why, one sentence each, in words the
 * site can show in its language; {@link #getMessage()} is their English.
 */
public class ModerationRefusedException extends RuntimeException {

    private final List<Refusal> refusals;

    public ModerationRefusedException(List<Refusal> refusals) {
        super(refusals.stream().map(Refusal::english).collect(Collectors.joining(" ")));
        this.refusals = List.copyOf(refusals);
    }

    public ModerationRefusedException(Refusal refusal) {
        this(List.of(refusal));
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
