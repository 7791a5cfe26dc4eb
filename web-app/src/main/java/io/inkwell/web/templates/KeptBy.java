package io.inkwell.web.templates;

/**
 * A value that holds more than the fragments rendered from it show: {@link RenderedFragments} keeps their HTML by
 * {@link #keptBy()} instead of the whole value, so a change to what no fragment shows (a listing card's view count,
 * which changes with every read) does not render them again.
 */
public interface KeptBy {

    /** Equal whenever everything a fragment shows of this value is equal. */
    Object keptBy();
}
