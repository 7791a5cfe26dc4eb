package io.inkwell.users.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String DEFAULT_ID = "pbkdf2@SpringSecurity_v5_8";

    /**
     * Spring Security's delegating encoder with PBKDF2-HMAC-SHA256 (310,000 iterations, random salt) for new
     * hashes. Not bcrypt: bcrypt reads only 72 bytes and Spring Security refuses longer input, while we
     * accept 128 characters; argon2 would need BouncyCastle. Each hash starts with its algorithm's id, so
     * bcrypt hashes still verify and a stronger default can come later without breaking stored ones.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                DEFAULT_ID, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(DEFAULT_ID, encoders);
    }
}
