package io.inkwell.web.api;

import io.inkwell.db.KeysetTokens;
import io.inkwell.db.OneReadOnlyTransaction;
import io.inkwell.users.UserAccounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An author's public profile, as the site's author page shows it; their posts are {@code /api/v1/posts?author=}. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Authors")
class AuthorsApiController {

    private final UserAccounts accounts;
    private final ApiViews views;

    AuthorsApiController(UserAccounts accounts, ApiViews views) {
        this.accounts = accounts;
        this.views = views;
    }

    @OneReadOnlyTransaction
    @GetMapping("/authors/{id}")
    @Operation(summary = "An author's public profile",
            description = "A deleted account keeps its name (its posts stay readable) and shows no avatar.")
    ResponseEntity<ApiAuthor> showAuthor(@PathVariable String id) {
        return KeysetTokens.uuid(id).flatMap(accounts::authorProfile).map(author -> ApiAnswers.ok(views.author(author)))
                .orElseThrow(() -> ApiException.notFound("There is no author with the id \"" + id + "\"."));
    }
}
