package io.inkwell.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The name the navigation shows for the signed-in person, as {@code ${@displayNames.of(#authentication)}}:
 * the person's name, or the login name of any other kind of principal (such as a test's).
 */
@Component("displayNames")
public class DisplayNames {

    public String of(Authentication authentication) {
        if (authentication == null) {
            return "";
        }
        return authentication.getPrincipal() instanceof SignedInUser user ? user.name() : authentication.getName();
    }
}
