package io.inkwell.exchange;

/**
 * What kind of entry of the file a report line is about (stored as its lower-case name): a post, a page, a comment,
 * an author or commenter (their account), a category, or another kind of WordPress entry ({@link #ITEM}: menus,
 * blocks, templates, other plugins' content).
 */
public enum ImportItemKind {
    POST, PAGE, COMMENT, AUTHOR, CATEGORY, ITEM
}
