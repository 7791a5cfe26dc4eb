package io.inkwell.users;

/** What the invited person chooses: their name and password. */
public record AcceptInvitation(String name, String password) {

    @Override
    public String toString() {
        return "AcceptInvitation[" + name + "]";
    }
}
