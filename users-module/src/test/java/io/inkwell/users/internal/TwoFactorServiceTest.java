package io.inkwell.users.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.users.AccountFieldException;
import io.inkwell.users.Actor;
import io.inkwell.users.RegisterUser;
import io.inkwell.users.Role;
import io.inkwell.users.SecondFactorResult;
import io.inkwell.users.SignInResult;
import io.inkwell.users.TwoFactorSettings;
import io.inkwell.users.TwoFactorSetup;
import io.inkwell.users.TwoFactorStatus;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UserSignIn;
import io.inkwell.users.UsersTestApplication;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
class TwoFactorServiceTest {

    @Autowired
    TwoFactorSettings twoFactor;

    @Autowired
    UserSignIn signIn;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Totp totp;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;
    Actor actor;

    @BeforeEach
    void givenAda() {
        ada = accounts.register(new RegisterUser("ada@example.com", "Ada", "a long password"));
        actor = new Actor(ada, Role.USER);
    }

    private String codeNow(String secret) {
        return String.format("%06d", totp.codeAt(secret, Instant.now().getEpochSecond() / Totp.STEP.toSeconds()));
    }

    private List<String> enabled() {
        TwoFactorSetup setup = twoFactor.beginSetup(actor, "Ada's notes");
        return twoFactor.confirmSetup(actor, codeNow(setup.secret()));
    }

    @Test
    void aSetUpGivesASecretAndItsAddressAndIsOnOnlyOnceAFirstCodeConfirmsIt() {
        TwoFactorSetup setup = twoFactor.beginSetup(actor, "Ada's notes");

        assertThat(setup.secret()).matches("[A-Z2-7]{32}");
        assertThat(setup.otpauthUri()).isEqualTo("otpauth://totp/Ada%27s%20notes:ada%40example.com?secret=" + setup.secret()
                + "&issuer=Ada%27s%20notes&algorithm=SHA1&digits=6&period=30");
        assertThat(twoFactor.pendingSetup(actor, "Ada's notes")).contains(setup);
        assertThat(twoFactor.status(ada).enabled()).isFalse();
        assertThat(signIn.authenticate("ada@example.com", "a long password").account().twoFactorEnabled()).isFalse();

        assertThatThrownBy(() -> twoFactor.confirmSetup(actor, "000000"))
                .isInstanceOf(AccountFieldException.class).hasFieldOrPropertyWithValue("field", "code");
        List<String> codes = twoFactor.confirmSetup(actor, codeNow(setup.secret()));

        assertThat(codes).hasSize(10).allMatch(code -> code.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}")).doesNotHaveDuplicates();
        assertThat(twoFactor.status(ada)).isEqualTo(new TwoFactorStatus(true, 10));
        assertThat(twoFactor.pendingSetup(actor, "Ada's notes")).isEmpty();
        SignInResult signedIn = signIn.authenticate("ada@example.com", "a long password");
        assertThat(signedIn.account().twoFactorEnabled()).isTrue();
        assertThat(jdbc.queryForList("select code_hash from recovery_codes", byte[].class))
                .noneMatch(hash -> new String(hash).contains(codes.get(0)));
        assertThatThrownBy(() -> twoFactor.beginSetup(actor, "Ada's notes")).isInstanceOf(AccountFieldException.class);
    }

    @Test
    void aCodeOfTheAppSignsInOnceAndARecoveryCodeOnce() {
        List<String> recovery = enabled();
        String secret = jdbc.queryForObject("select secret from two_factor_credentials", String.class);
        // The code that confirmed the set-up cannot sign in again, nor any code of its time step.
        assertThat(signIn.verifySecondFactor(ada, codeNow(secret))).isEqualTo(SecondFactorResult.WRONG);

        assertThat(signIn.verifySecondFactor(ada, recovery.get(3).toUpperCase().replace("-", " ")))
                .isEqualTo(SecondFactorResult.ACCEPTED_RECOVERY_CODE);
        assertThat(signIn.verifySecondFactor(ada, recovery.get(3))).isEqualTo(SecondFactorResult.WRONG);
        assertThat(twoFactor.status(ada).recoveryCodesLeft()).isEqualTo(9);
        jdbc.update("update two_factor_credentials set last_used_step = last_used_step - 2");
        assertThat(signIn.verifySecondFactor(ada, codeNow(secret))).isEqualTo(SecondFactorResult.ACCEPTED);
        assertThat(signIn.verifySecondFactor(ada, "12345")).isEqualTo(SecondFactorResult.WRONG);
        assertThat(signIn.verifySecondFactor(ada, null)).isEqualTo(SecondFactorResult.WRONG);
    }

    @Test
    void aLockedAccountsCodeIsNotChecked() {
        List<String> recovery = enabled();
        jdbc.update("insert into login_attempts (user_id, failed_count, window_started_at, locked_until) values (?, 5, now(), now() + interval '15 minutes')", ada);

        assertThat(signIn.verifySecondFactor(ada, recovery.get(0))).isEqualTo(SecondFactorResult.LOCKED);
        assertThat(twoFactor.status(ada).recoveryCodesLeft()).isEqualTo(10);
    }

    @Test
    void turningItOffNeedsThePasswordAndACode() {
        List<String> recovery = enabled();

        assertThatThrownBy(() -> twoFactor.disable(actor, "wrong password", recovery.get(0)))
                .isInstanceOf(AccountFieldException.class).hasFieldOrPropertyWithValue("field", "password");
        assertThatThrownBy(() -> twoFactor.disable(actor, "a long password", "000000"))
                .isInstanceOf(AccountFieldException.class).hasFieldOrPropertyWithValue("field", "code");
        assertThat(twoFactor.status(ada).enabled()).isTrue();

        twoFactor.disable(actor, "a long password", recovery.get(0));

        assertThat(twoFactor.status(ada)).isEqualTo(new TwoFactorStatus(false, 0));
        assertThat(jdbc.queryForObject("select count(*) from recovery_codes", Integer.class)).isZero();
    }
}
