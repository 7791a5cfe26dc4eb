package io.inkwell.web.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The limits in force and the buckets they are counted in: one bucket per action, limit and client address,
 * and one per action, limit and account (its login name) for signed-in people. An action is allowed while
 * every bucket that applies to it has a token.
 */
class RateLimits {

    private final RateLimiter limiter;
    private final ClientAddresses addresses;
    private final Map<LimitedAction, Optional<RateLimit>> perAddress = new EnumMap<>(LimitedAction.class);
    private final Map<LimitedAction, Optional<RateLimit>> perAccount = new EnumMap<>(LimitedAction.class);

    RateLimits(RateLimiter limiter, ClientAddresses addresses, Environment settings) {
        this.limiter = limiter;
        this.addresses = addresses;
        for (LimitedAction action : LimitedAction.values()) {
            perAddress.put(action, RateLimit.parse(settings.getProperty(setting(action, "per-address"), "off")));
            perAccount.put(action, RateLimit.parse(settings.getProperty(setting(action, "per-account"), "off")));
        }
    }

    static String setting(LimitedAction action, String scope) {
        return "inkwell.rate-limits." + action.key() + "." + scope;
    }

    /** Counts one {@code action} of this request's client: empty when allowed, else how long to wait. */
    Optional<Duration> take(LimitedAction action, HttpServletRequest request) {
        Optional<String> who = action == LimitedAction.PASSWORD_RESET ? typedEmail(request) : accountOf();
        Optional<Duration> account = who.flatMap(name -> perAccount.get(action)
                .flatMap(limit -> limiter.take(key(action, limit, "account", name), limit)));
        if (account.isPresent()) {
            return account;
        }
        return perAddress.get(action).flatMap(limit -> limiter.take(key(action, limit, "address", addresses.of(request)), limit));
    }

    /** Whether this request's address may do {@code action} once more now, counting nothing. */
    Optional<Duration> peekByAddress(LimitedAction action, HttpServletRequest request) {
        return perAddress.get(action).flatMap(limit -> limiter.peek(key(action, limit, "address", addresses.of(request)), limit));
    }

    /** Counts one {@code action} of this request's address only (a failed login has no account yet). */
    Optional<Duration> takeByAddress(LimitedAction action, HttpServletRequest request) {
        return perAddress.get(action).flatMap(limit -> limiter.take(key(action, limit, "address", addresses.of(request)), limit));
    }

    private static String key(LimitedAction action, RateLimit limit, String scope, String who) {
        return action.key() + "/" + limit.id() + "/" + scope + "/" + who;
    }

    /** The email a reset was asked for, as the users context compares it (any account or none). */
    private static Optional<String> typedEmail(HttpServletRequest request) {
        String email = request.getParameter("email");
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        return Optional.of(normalized.length() <= 255 ? normalized : normalized.substring(0, 255));
    }

    private static Optional<String> accountOf() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName().toLowerCase(Locale.ROOT));
    }
}
