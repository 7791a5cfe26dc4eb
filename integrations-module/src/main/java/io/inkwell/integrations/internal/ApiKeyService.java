package io.inkwell.integrations.internal;

import static io.inkwell.integrations.IntegrationLimits.KEY_NAME_MAX;

import io.inkwell.db.Refusal;
import io.inkwell.db.StorableText;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.integrations.ApiClient;
import io.inkwell.integrations.ApiKeyView;
import io.inkwell.integrations.ApiKeys;
import io.inkwell.integrations.CreatedApiKey;
import io.inkwell.integrations.IntegrationNotFoundException;
import io.inkwell.integrations.InvalidIntegrationException;
import io.inkwell.integrations.NewApiKey;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ApiKeyService implements ApiKeys {

    private final ApiKeyMapper keys;

    ApiKeyService(ApiKeyMapper keys) {
        this.keys = keys;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiKeyView> all(Actor actor) {
        allowed(actor);
        return keys.selectAll().stream().map(ApiKeyRow::toView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ApiKeyView find(Actor actor, UUID id) {
        allowed(actor);
        return keys.selectById(id).map(ApiKeyRow::toView).orElseThrow(ApiKeyService::notFound);
    }

    @Override
    public CreatedApiKey create(Actor actor, NewApiKey key) {
        allowed(actor);
        String name = StorableText.clean(key.name() == null ? "" : key.name()).strip();
        if (name.isEmpty()) {
            throw new InvalidIntegrationException("name", Refusal.of("refused.apiKey.nameMissing",
                    "Give the key a name that says who uses it."));
        }
        if (name.length() > KEY_NAME_MAX) {
            throw new InvalidIntegrationException("name", Refusal.of("refused.apiKey.nameTooLong",
                    "A key''s name can be at most {0} characters long.", KEY_NAME_MAX));
        }
        List<String> origins = Origins.parse(StorableText.clean(key.allowedOrigins()));
        String secret = ApiKeyTexts.newKey();
        ApiKeyRow row = new ApiKeyRow(TimeOrderedIds.next(), name, ApiKeyTexts.shownPart(secret), ApiKeyTexts.digest(secret),
                Origins.join(origins), null, null, null);
        keys.insert(row);
        return new CreatedApiKey(keys.selectById(row.id()).orElseThrow().toView(), secret);
    }

    @Override
    public ApiKeyView revoke(Actor actor, UUID id) {
        allowed(actor);
        keys.revoke(id);
        return keys.selectById(id).map(ApiKeyRow::toView).orElseThrow(ApiKeyService::notFound);
    }

    @Override
    public Optional<ApiClient> authenticate(String secret) {
        if (!ApiKeyTexts.isWellFormed(secret)) {
            return Optional.empty();
        }
        return keys.selectLiveAndTouch(ApiKeyTexts.digest(secret)).map(ApiKeyRow::toClient);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anyKeyAllowsOrigin(String origin) {
        return origin != null && !origin.isEmpty() && !origin.contains(" ") && keys.existsLiveWithOrigin(origin);
    }

    private static void allowed(Actor actor) {
        if (!actor.mayManageIntegrations()) {
            throw new NotAllowedException("Only admins manage API keys.");
        }
    }

    private static IntegrationNotFoundException notFound() {
        return new IntegrationNotFoundException("No such API key");
    }
}
