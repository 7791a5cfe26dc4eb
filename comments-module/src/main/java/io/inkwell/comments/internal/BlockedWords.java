package io.inkwell.comments.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The policy's blocked words, matched case-insensitively as whole words: "ass" holds "an ass" but not "a class".
 * A phrase matches with the spaces it was written with.
 */
final class BlockedWords {

    private final List<String> words;
    private final Pattern pattern;

    private BlockedWords(List<String> words) {
        this.words = words;
        this.pattern = words.isEmpty() ? null : Pattern.compile(words.stream().map(Pattern::quote)
                        .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static BlockedWords of(List<String> words) {
        return new BlockedWords(List.copyOf(words));
    }

    boolean isFor(List<String> policyWords) {
        return words.equals(policyWords);
    }

    /** The first blocked word any of the texts contains (null texts are skipped). */
    Optional<String> firstIn(String... texts) {
        if (pattern == null) {
            return Optional.empty();
        }
        for (String text : texts) {
            if (text != null) {
                Matcher matcher = pattern.matcher(text);
                if (matcher.find()) {
                    return Optional.of(matcher.group());
                }
            }
        }
        return Optional.empty();
    }
}
