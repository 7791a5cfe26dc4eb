package io.inkwell.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegisterLogOutLogInAndChangeNameJourneyTest extends BrowserJourney {

    @Test
    void aNewcomerRegistersLogsOutLogsBackInAndChangesTheirName() {
        register("Ada Lovelace", "ada@example.com", "analytical engine");

        assertThat(currentPath()).isEqualTo("/");
        assertThat(signedInName()).isEqualTo("Ada Lovelace");

        logOut();
        assertThat(signedInName()).isEmpty();
        assertThat(pageText()).contains("Log in", "Register");

        logIn("ada@example.com", "analytical engine");
        assertThat(currentPath()).isEqualTo("/");
        assertThat(signedInName()).isEqualTo("Ada Lovelace");

        open("/account");
        type("name", "Augusta Ada King");
        press("Save profile");

        assertThat(pageText()).contains("Your profile is saved.");
        assertThat(signedInName()).isEqualTo("Augusta Ada King");
    }

    @Test
    void aWrongPasswordShowsTheGenericMessageAndKeepsTheEmail() {
        register("Bob", "bob@example.com", "bob's password");
        logOut();

        logIn("bob@example.com", "not bob's password");

        assertThat(currentPath()).isEqualTo("/login?error");
        assertThat(pageText()).contains("Wrong email or password");
        assertThat(find(org.openqa.selenium.By.id("email")).getDomProperty("value")).isEqualTo("bob@example.com");
    }
}
