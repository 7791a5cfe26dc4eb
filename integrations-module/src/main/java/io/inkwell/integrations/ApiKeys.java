package io.inkwell.integrations;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keys of the read-only Content API. Admins ({@link Actor#mayManageIntegrations()}) list, create and revoke them;
 * anyone else gets {@link NotAllowedException}. A key's text is given once, by {@link #create}, and stored only as
 * its SHA-256 digest. Bad names or origins are {@link InvalidIntegrationException}s naming the field.
 */
public interface ApiKeys {

    /** Every key, the live ones first, newest first within: a site has a handful. */
    List<ApiKeyView> all(Actor actor);

    ApiKeyView find(Actor actor, UUID id);

    /** A new key; {@link CreatedApiKey#secret()} is its text, which nobody can read again. */
    CreatedApiKey create(Actor actor, NewApiKey key);

    /** The key stops working at once, for good; revoking a revoked key changes nothing. */
    ApiKeyView revoke(Actor actor, UUID id);

    /**
     * The live key whose text this is, in one statement, which also records its use (at most once a minute, so a
     * busy key costs no write per request). Empty for an unknown, malformed or revoked key.
     */
    Optional<ApiClient> authenticate(String secret);

    /** Whether some live key lets pages of this origin call the API (a CORS preflight carries no key). */
    boolean anyKeyAllowsOrigin(String origin);
}
