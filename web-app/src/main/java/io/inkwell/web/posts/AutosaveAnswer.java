package io.inkwell.web.posts;

/**
 * What the autosave script is told, as JSON: whether the text was kept, a sentence for the editor's status line
 * and one naming who else has the post open (empty when nobody).
 */
record AutosaveAnswer(boolean saved, String message, String others) {
}
