package io.inkwell.comments;

/**
 * How a comment form was sent, as the spam rules read it: none of it is shown to anyone.
 *
 * @param clientAddress the sender's address, kept only as a keyed hash
 * @param formToken     the token the form carried ({@link CommentForms#tokenFor}); null when it carried none
 * @param honeypot      the hidden field people never see and so never fill in; a robot does
 */
public record Submission(String clientAddress, String formToken, String honeypot) {
}
