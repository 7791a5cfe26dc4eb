package io.inkwell.settings;

/**
 * What a menu item leads to. {@link #CATEGORY}, {@link #PAGE} and {@link #TAG} name a thing of another
 * context by its id, so a renamed one keeps working; {@link #URL} is an address as typed.
 */
public enum LinkKind {
    HOME,
    CATEGORY,
    PAGE,
    TAG,
    URL;

    /** Whether a target of this kind is an id of another context's thing. */
    public boolean isReference() {
        return this == CATEGORY || this == PAGE || this == TAG;
    }
}
