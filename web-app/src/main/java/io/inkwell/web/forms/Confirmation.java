package io.inkwell.web.forms;

import java.util.Map;

/**
 * What a confirmation page ({@code fragments/confirm.html}) asks before a POST that changes something
 * for good: the question, what will happen, the button that does it and the way back ("Keep it").
 * Without an action there is nothing to confirm, and the page only explains and links back.
 *
 * @param action the URL the button posts to, or null
 * @param danger whether the button is red: it deletes or locks someone out
 * @param fields hidden fields the POST carries
 * @param back   where "Keep it" leads
 */
public record Confirmation(String title, String question, String explanation, String action, String button, boolean danger,
                           Map<String, String> fields, String back) {

    /** Deleting: a red button and no hidden fields. */
    public static Confirmation ofDeleting(String title, String question, String explanation, String action, String button,
            String back) {
        return new Confirmation(title, question, explanation, action, button, true, Map.of(), back);
    }

    /** Nothing would change: the page explains why and links back. */
    public static Confirmation nothingToConfirm(String title, String question, String explanation, String back) {
        return new Confirmation(title, question, explanation, null, null, false, Map.of(), back);
    }
}
