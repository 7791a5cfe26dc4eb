package io.inkwell.posts;

import java.util.Objects;

/**
 * What saving a post does besides storing its text: nothing more ({@link #KEEP}: a new post stays a draft, an
 * existing one keeps its status), publish it now, schedule it for {@link PublishTime a time}, or submit it for
 * review. Publishing and scheduling need {@link io.inkwell.users.Actor#mayChangePost(java.util.UUID)}.
 */
public record Publication(Mode mode, PublishTime at) {

    public enum Mode { KEEP, PUBLISH, SCHEDULE, SUBMIT }

    public static final Publication KEEP = new Publication(Mode.KEEP, null);
    public static final Publication NOW = new Publication(Mode.PUBLISH, null);
    public static final Publication FOR_REVIEW = new Publication(Mode.SUBMIT, null);

    public Publication {
        Objects.requireNonNull(mode, "mode");
        if ((mode == Mode.SCHEDULE) != (at != null)) {
            throw new IllegalArgumentException("A time goes with scheduling, and only with it");
        }
    }

    public static Publication at(PublishTime time) {
        return new Publication(Mode.SCHEDULE, time);
    }

    /** The old boolean of the save buttons: publish, or keep. */
    public static Publication publishing(boolean publish) {
        return publish ? NOW : KEEP;
    }

    public boolean makesPublic() {
        return mode == Mode.PUBLISH || mode == Mode.SCHEDULE;
    }
}
