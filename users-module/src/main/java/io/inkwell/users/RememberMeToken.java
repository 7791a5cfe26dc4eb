package io.inkwell.users;

/**
 * What a "remember me" cookie carries: a series that names the remembered login and a secret token that
 * changes at every use. Neither says who the person is.
 */
public record RememberMeToken(String series, String token) {

    @Override
    public String toString() {
        return "RememberMeToken[" + series + "]";
    }
}
