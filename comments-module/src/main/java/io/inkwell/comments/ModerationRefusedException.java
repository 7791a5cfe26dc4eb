package io.inkwell.comments;

/**
 * A moderation the queue cannot carry out as asked (a comment deleted meanwhile, one of another post, an author
 * who moderates comments too): nothing was changed. The message is fit to show.
 */
public class ModerationRefusedException extends RuntimeException {

    public ModerationRefusedException(String message) {
        super(message);
    }
}
