package io.inkwell.users.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String DEFAULT_ID = "argon2@SpringSecurity_v5_8";
    static final String PBKDF2_ID = "pbkdf2@SpringSecurity_v5_8";
    static final String BCRYPT_ID = "bcrypt";

    /**
     * Spring Security's delegating encoder with Argon2id for new hashes (BouncyCastle's implementation;
     * 16 MiB of memory, 2 passes, a random 16-byte salt): memory-hard, so guessing on graphics cards costs
     * far more than with PBKDF2, and it reads the whole password (we accept 128 characters; bcrypt reads only
     * 72 bytes). Each hash starts with its algorithm's id: the PBKDF2-HMAC-SHA256 hashes of the former default
     * and older bcrypt ones still verify, and {@link PasswordEncoder#upgradeEncoding} tells the login to
     * re-hash them with Argon2id, as it would hashes made with weaker Argon2 parameters than these.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                DEFAULT_ID, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                PBKDF2_ID, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                BCRYPT_ID, new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(DEFAULT_ID, encoders);
    }
}
