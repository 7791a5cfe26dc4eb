package io.inkwell.web.authors;

import io.inkwell.users.AuthorProfile;
import io.inkwell.users.UserAccounts;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public profile of a person. A deleted account's page still answers (its posts stay readable) with
 * the name only; an unknown or malformed id is a 404.
 */
@Controller
class AuthorController {

    private final UserAccounts accounts;

    AuthorController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/authors/{id}")
    String showAuthor(@PathVariable String id, Model model) {
        AuthorProfile author = accounts.authorProfile(parse(id)).orElseThrow(AuthorController::notFound);
        model.addAttribute("author", author);
        return "authors/profile";
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
