package io.inkwell.mail.internal;

import io.inkwell.mail.NotificationChoices;
import io.inkwell.mail.NotificationKind;
import io.inkwell.mail.Notifications;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class NotificationService implements Notifications {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final NotificationMapper notifications;

    NotificationService(NotificationMapper notifications) {
        this.notifications = notifications;
    }

    @Override
    @Transactional(readOnly = true)
    public NotificationChoices choices(UUID userId) {
        return notifications.selectPreferences(userId)
                .map(PreferencesRow::choices)
                .orElseGet(NotificationChoices::all);
    }

    @Override
    @Transactional
    public void choose(Actor actor, NotificationChoices choices) {
        if (!actor.isActive()) {
            throw new NotAllowedException(actor.userId() + " is not active");
        }
        PreferencesRow stored = preferencesOf(actor.userId());
        notifications.updateChoices(actor.userId(), actor.isStaff() ? choices : choices.withStaffKindsOf(stored.choices()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isUnsubscribeToken(String token) {
        return token != null && TOKEN.matcher(token).matches() && notifications.existsToken(token);
    }

    @Override
    @Transactional
    public boolean unsubscribe(String token, NotificationKind kind) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return false;
        }
        return notifications.unsubscribe(token, NotificationChoices.all().without(kind)) == 1;
    }

    /** The person's row, made on first need with a new unsubscribe secret; in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    PreferencesRow preferencesOf(UUID userId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        notifications.insertPreferencesIfMissing(userId, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        return notifications.selectPreferences(userId).orElseThrow();
    }
}
