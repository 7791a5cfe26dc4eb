package io.inkwell.settings;

/**
 * A save of the comment settings form, as typed: the service checks every field and names each one it refuses
 * ({@link InvalidSettingsException}).
 *
 * @param approval        a {@link CommentApproval} name; null when nothing was chosen
 * @param blockedWords    one word or phrase per line
 * @param maxLinks        null when nothing was typed
 * @param reportThreshold null when nothing was typed
 * @param version         the {@link Settings#version()} the form was opened on (the settings form shares it)
 */
public record ChangeCommentPolicy(String approval, Boolean guestComments, String blockedWords, Integer maxLinks,
                                  Integer reportThreshold, int version) {
}
