package io.inkwell.settings;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The settings context alone over the test database. */
@SpringBootApplication
public class SettingsTestApplication {
}
