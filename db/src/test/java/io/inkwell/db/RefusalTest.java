package io.inkwell.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class RefusalTest {

    @Test
    void itsEnglishHasTheArgumentsInPlace() {
        Refusal refusal = Refusal.of("refused.title.tooLong", "A title can be at most {0} characters, not \"{1}\".", 1000, "x");

        assertThat(refusal.english()).isEqualTo("A title can be at most 1,000 characters, not \"x\".");
        assertThat(refusal.toString()).isEqualTo("refused.title.tooLong: " + refusal.english());
    }

    @Test
    void anEnglishWithoutArgumentsIsShownAsWritten() {
        assertThat(Refusal.of("refused.title.missing", "Enter the site's title.").english()).isEqualTo("Enter the site's title.");
    }

    @Test
    void aMessageSourceSaysItInTheLanguageAskedFor() {
        StaticMessageSource bundles = new StaticMessageSource();
        bundles.addMessage("refused.title.tooLong", Locale.GERMAN, "Höchstens {0} Zeichen.");
        Refusal refusal = Refusal.of("refused.title.tooLong", "At most {0} characters.", 1000);

        assertThat(bundles.getMessage(refusal, Locale.GERMAN)).isEqualTo("Höchstens 1.000 Zeichen.");
        assertThat(bundles.getMessage(refusal, Locale.ENGLISH)).as("no English in the bundles: its own")
                .isEqualTo("At most 1,000 characters.");
    }

    @Test
    void aRefusalInsideAnotherIsSaidInTheSameLanguage() {
        StaticMessageSource bundles = new StaticMessageSource();
        bundles.addMessage("refused.import.author", Locale.GERMAN, "Kein Konto ({0}).");
        bundles.addMessage("refused.account.name", Locale.GERMAN, "Höchstens {0} Zeichen.");
        Refusal inner = Refusal.of("refused.account.name", "At most {0} characters.", 1000);
        Refusal outer = Refusal.of("refused.import.author", "No account ({0}).", inner);

        assertThat(outer.english()).isEqualTo("No account (At most 1,000 characters.).");
        assertThat(bundles.getMessage(outer, Locale.GERMAN)).isEqualTo("Kein Konto (Höchstens 1.000 Zeichen.).");
    }

    @Test
    void itsArgumentsCannotBeChangedFromOutside() {
        Refusal refusal = Refusal.of("refused.title.tooLong", "At most {0} characters.", 100);

        refusal.getArguments()[0] = 5;

        assertThat(refusal.getArguments()).containsExactly(100);
        assertThat(refusal.getCodes()).containsExactly("refused.title.tooLong");
        assertThat(refusal.code()).isEqualTo("refused.title.tooLong");
    }

    @Test
    void refusalsOfTheSameCodeAndArgumentsAreEqual() {
        assertThat(Refusal.of("refused.a", "A {0}.", 1)).isEqualTo(Refusal.of("refused.a", "A {0}.", 1))
                .hasSameHashCodeAs(Refusal.of("refused.a", "A {0}.", 1))
                .isNotEqualTo(Refusal.of("refused.a", "A {0}.", 2)).isNotEqualTo(Refusal.of("refused.b", "A {0}.", 1));
    }
}
