package io.inkwell.users.internal;

import io.inkwell.db.Refusal;
import io.inkwell.users.AccountFieldException;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.SecondFactorResult;
import io.inkwell.users.TwoFactorSettings;
import io.inkwell.users.TwoFactorSetup;
import io.inkwell.users.TwoFactorStatus;
import io.inkwell.users.UserNotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.apache.commons.codec.binary.Base32;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TwoFactorService implements TwoFactorSettings {

    /** 80 random bits as 16 Base32 characters, shown as four groups: "abcd-efgh-ijkl-mnop". */
    private static final int RECOVERY_CODE_BYTES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TwoFactorMapper twoFactor;
    private final UserMapper users;
    private final PasswordEncoder passwords;
    private final Totp totp;

    TwoFactorService(TwoFactorMapper twoFactor, UserMapper users, PasswordEncoder passwords, Totp totp) {
        this.twoFactor = twoFactor;
        this.users = users;
        this.passwords = passwords;
        this.totp = totp;
    }

    @Override
    @Transactional(readOnly = true)
    public TwoFactorStatus status(UUID userId) {
        boolean enabled = twoFactor.selectByUserId(userId).map(TwoFactorRow::confirmed).orElse(false);
        return new TwoFactorStatus(enabled, enabled ? twoFactor.countRecoveryCodesLeft(userId) : 0);
    }

    @Override
    @Transactional
    public TwoFactorSetup beginSetup(Actor actor, String issuer) {
        UserRow user = ownAccount(actor);
        String secret = Totp.newSecret();
        if (twoFactor.upsertPending(user.id(), secret) == 0) {
            throw new AccountFieldException("code", Refusal.of("refused.twoFactor.alreadyOn", "Two-factor sign-in is on already."));
        }
        return new TwoFactorSetup(secret, Totp.uri(issuer, user.email(), secret));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TwoFactorSetup> pendingSetup(Actor actor, String issuer) {
        UserRow user = ownAccount(actor);
        return twoFactor.selectByUserId(user.id()).filter(row -> !row.confirmed())
                .map(row -> new TwoFactorSetup(row.secret(), Totp.uri(issuer, user.email(), row.secret())));
    }

    @Override
    @Transactional
    public List<String> confirmSetup(Actor actor, String code) {
        UserRow user = ownAccount(actor);
        TwoFactorRow pending = twoFactor.selectByUserIdForUpdate(user.id()).filter(row -> !row.confirmed())
                .orElseThrow(() -> new AccountFieldException("code", Refusal.of("refused.twoFactor.noSetup", "Start the set-up again: there is none waiting for a code.")));
        OptionalLong step = totp.matchingStep(pending.secret(), code, 0);
        if (step.isEmpty()) {
            throw new AccountFieldException("code",
                    Refusal.of("refused.twoFactor.wrongSetupCode", "This is not the code your app shows now. Check that your phone's clock is right and try the newest code."));
        }
        twoFactor.confirm(user.id(), step.getAsLong());
        twoFactor.deleteRecoveryCodes(user.id());
        List<String> codes = new ArrayList<>();
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String normalized = new Base32().encodeToString(randomBytes());
            codes.add(grouped(normalized));
            hashes.add(SecretTokens.sha256(normalized));
        }
        twoFactor.insertRecoveryCodes(user.id(), hashes);
        return codes;
    }

    @Override
    @Transactional
    public void disable(Actor actor, String password, String code) {
        UserRow user = ownAccount(actor);
        if (password == null || !passwords.matches(password, user.passwordHash())) {
            throw new AccountFieldException("password", Refusal.of("refused.account.notYourPassword", "This is not your password."));
        }
        SecondFactorResult result = verify(user.id(), code);
        if (result != SecondFactorResult.ACCEPTED && result != SecondFactorResult.ACCEPTED_RECOVERY_CODE) {
            throw new AccountFieldException("code", Refusal.of("refused.twoFactor.wrongCode", "This is neither your app's current code nor an unused recovery code."));
        }
        twoFactor.deleteRecoveryCodes(user.id());
        twoFactor.delete(user.id());
    }

    /**
     * A code of the app (six digits, each time step once) or an unused recovery code. Checks no lock and
     * records no failure: the sign-in does both, as for passwords. Runs in the caller's transaction.
     */
    @Transactional
    SecondFactorResult verify(UUID userId, String code) {
        Optional<TwoFactorRow> credential = twoFactor.selectByUserIdForUpdate(userId).filter(TwoFactorRow::confirmed);
        if (credential.isEmpty() || code == null) {
            return SecondFactorResult.WRONG;
        }
        if (Totp.looksLikeCode(code)) {
            OptionalLong step = totp.matchingStep(credential.get().secret(), code, credential.get().lastUsedStep());
            return step.isPresent() && twoFactor.useStep(userId, step.getAsLong()) == 1
                    ? SecondFactorResult.ACCEPTED : SecondFactorResult.WRONG;
        }
        String recovery = Totp.normalizedRecoveryCode(code);
        if (recovery.length() == 16 && twoFactor.useRecoveryCode(userId, SecretTokens.sha256(recovery)) == 1) {
            return SecondFactorResult.ACCEPTED_RECOVERY_CODE;
        }
        return SecondFactorResult.WRONG;
    }

    private UserRow ownAccount(Actor actor) {
        if (!actor.isActive()) {
            throw new NotAllowedException(actor.userId() + " is not active and may not change two-factor sign-in");
        }
        return users.selectById(actor.userId()).orElseThrow(() -> new UserNotFoundException(actor.userId()));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[RECOVERY_CODE_BYTES];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String grouped(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        return lower.substring(0, 4) + "-" + lower.substring(4, 8) + "-" + lower.substring(8, 12) + "-" + lower.substring(12, 16);
    }

    @Configuration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        Totp totp() {
            return new Totp(Clock.systemUTC());
        }
    }
}
