package io.inkwell.posts;

/**
 * The words a comparison of two revisions labels its first lines with, in the language of the page that shows it:
 * the compared text is the revision as its author sees it, so "Title: …" is a German reader's "Titel: …".
 * {@code startOfText} stands for an excerpt left empty, {@code deletedCategory} for a category deleted since.
 */
public record RevisionWords(String title, String excerpt, String startOfText, String categories, String deletedCategory,
                            String tags) {
}
