package io.inkwell.comments.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The site's key for what the comments context signs (form tokens) and hashes (senders' addresses): 32 random
 * bytes in {@code comment_secret}, made by whichever instance needs it first, so every instance signs alike and
 * a hash means the same after a restart. Read once at start-up, so no page pays a statement for it.
 */
@Component
class CommentSecret {

    private static final String ALGORITHM = "HmacSHA256";

    private final CommentSecretMapper secrets;
    private final TransactionTemplate ownTransaction;
    private volatile SecretKeySpec key;

    CommentSecret(CommentSecretMapper secrets, PlatformTransactionManager transactions) {
        this.secrets = secrets;
        this.ownTransaction = new TransactionTemplate(transactions);
        // A page reading it first may be inside a read-only transaction; the row is written in one of its own.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAtStartUp() {
        key();
    }

    /** HMAC-SHA256 of the parts, each labelled by {@code purpose} so a token can never pass for a hash. */
    byte[] sign(String purpose, String... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                mac.update((byte) 0);
                mac.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(ownTransaction.execute(status -> storedOrNew()), ALGORITHM);
                }
                known = key;
            }
        }
        return known;
    }

    private byte[] storedOrNew() {
        return secrets.selectSecret().orElseGet(() -> {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            secrets.insertIfMissing(fresh);
            return secrets.selectSecret().orElseThrow();
        });
    }
}
