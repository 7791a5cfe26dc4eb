package io.inkwell.db;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;

/**
 * Why a service refused something, in words the site can show in any of its languages: a message code of the
 * web application's bundles ({@code messages.properties}, {@code messages_de.properties}, ...), its arguments,
 * and the English wording, which keeps the service readable, its exceptions' messages English and its tests
 * asserting English. The web layer resolves it in the site's language ({@code MessageSourceAccessor.getMessage},
 * or {@code BindingResult.rejectValue(field, code(), getArguments(), getDefaultMessage())}).
 *
 * <p>Codes start with {@code refused.} and are written as literals in {@link #of} calls, so that a test can find
 * every one of them and check both bundles have it. The English pattern is a {@link MessageFormat} pattern as the
 * bundles' are: {@code {0}} takes the first argument (numbers in the language's digits, {@code 1,000} or
 * {@code 1.000}); with arguments, an apostrophe is written twice. An argument may itself be a refusal (why a part
 * was refused, inside what became of the whole): it is said in the same language, as Spring's message sources
 * resolve such arguments.
 */
public final class Refusal implements MessageSourceResolvable, Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String english;
    private final Object[] arguments;

    private Refusal(String code, String english, Object[] arguments) {
        this.code = code;
        this.english = english;
        this.arguments = arguments.clone();
    }

    /**
     * @param code      the bundles' key, {@code refused.<what>.<rule>}
     * @param english   the English pattern, the same as the English bundle's
     * @param arguments what the pattern's {@code {0}}, {@code {1}}... stand for
     */
    public static Refusal of(String code, String english, Object... arguments) {
        return new Refusal(code, english, arguments);
    }

    public String code() {
        return code;
    }

    /** The English text, arguments in place: what the refusing exception's message says. */
    public String english() {
        if (arguments.length == 0) {
            return english;
        }
        Object[] words = Arrays.stream(arguments).map(argument -> argument instanceof Refusal inner ? inner.english() : argument)
                .toArray();
        return new MessageFormat(english, Locale.ENGLISH).format(words);
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    /** The English pattern, which Spring formats with the arguments when no bundle has the code. */
    @Override
    public String getDefaultMessage() {
        return english;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Refusal that && code.equals(that.code) && english.equals(that.english)
                && Arrays.equals(arguments, that.arguments);
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return code + ": " + english();
    }
}
