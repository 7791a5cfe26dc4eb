package io.inkwell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Inkwell: one Spring Boot application assembled from bounded-context modules
 * ({@code users}, {@code posts}, {@code comments}, {@code settings}) over the shared {@code db} module.
 */
@SpringBootApplication
public class InkwellApplication {

    public static void main(String[] args) {
        SpringApplication.run(InkwellApplication.class, args);
    }
}
