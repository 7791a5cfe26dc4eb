package io.inkwell.posts.internal;

import io.inkwell.settings.SiteLanguage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.GermanStemmer;

/**
 * Which words of a post a search matched, told the way PostgreSQL's text search configuration of the post's
 * language tells them (english and german: a word is lower-cased and reduced by Snowball's stemmer of that
 * language; a word with a digit in it is only lower-cased, as the configurations' simple dictionary does), so a
 * snippet marks the words the search found without PostgreSQL parsing the post again: ts_headline did, at
 * 0.25–0.5 ms a post, most of what a search cost the database.
 *
 * <p>The lexemes come from the query as PostgreSQL read it (its text form, e.g. {@code 'run' & !'walk'}): stop
 * words are already gone, and a negated lexeme is never a hit. Stemming costs ~0.2 µs a word, so only words whose
 * first letter some lexeme starts with are stemmed (Snowball changes a word's ending, never its first letter but
 * for German's umlauts, folded here too).
 */
final class SearchHitWords {

    private final List<String> lexemes;
    private final String firstLetters;
    private final SnowballStemmer stemmer;

    private SearchHitWords(List<String> lexemes, SnowballStemmer stemmer) {
        this.lexemes = lexemes;
        this.stemmer = stemmer;
        StringBuilder letters = new StringBuilder();
        for (String lexeme : lexemes) {
            if (!lexeme.isEmpty()) {
                letters.append(fold(lexeme.charAt(0)));
            }
        }
        this.firstLetters = letters.toString();
    }

    /** The hits of {@code tsquery} (a {@code tsquery}'s text) in a text written in {@code language}. */
    static SearchHitWords of(String tsquery, SiteLanguage language) {
        SnowballStemmer stemmer = switch (language) {
            case ENGLISH -> new EnglishStemmer();
            case GERMAN -> new GermanStemmer();
        };
        return new SearchHitWords(wantedLexemes(tsquery == null ? "" : tsquery), stemmer);
    }

    /**
     * Which lexeme the word {@code text[start, end)} is, as an index into the query's lexemes, or -1 for none. A
     * word is a run of letters and digits, as PostgreSQL's parser splits text.
     */
    int lexemeOf(String text, int start, int end) {
        if (firstLetters.indexOf(fold(text.charAt(start))) < 0) {
            return -1;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        String lexeme = hasDigit(word) ? word : stem(word);
        return lexemes.indexOf(lexeme);
    }

    int lexemeCount() {
        return lexemes.size();
    }

    private String stem(String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static char fold(char c) {
        char lower = Character.toLowerCase(c);
        return switch (lower) {
            case 'ä' -> 'a';
            case 'ö' -> 'o';
            case 'ü' -> 'u';
            default -> lower;
        };
    }

    /**
     * The quoted lexemes of a tsquery's text that are not under a {@code !}: {@code 'a' & !'b'}, {@code !('c' <-> 'd')}
     * and {@code 'e' | 'f'} want a, e and f. A quote inside a lexeme is doubled.
     */
    static List<String> wantedLexemes(String tsquery) {
        List<String> wanted = new ArrayList<>();
        Deque<Boolean> negatedGroups = new ArrayDeque<>();
        boolean negatedHere = false;
        for (int i = 0; i < tsquery.length(); i++) {
            char c = tsquery.charAt(i);
            if (c == '!') {
                negatedHere = !negatedHere;
            } else if (c == '(') {
                negatedGroups.push(negatedHere || Boolean.TRUE.equals(negatedGroups.peek()));
                negatedHere = false;
            } else if (c == ')') {
                negatedGroups.poll();
            } else if (c == '\'') {
                StringBuilder lexeme = new StringBuilder();
                int j = i + 1;
                while (j < tsquery.length()) {
                    char d = tsquery.charAt(j);
                    if (d == '\'' && j + 1 < tsquery.length() && tsquery.charAt(j + 1) == '\'') {
                        lexeme.append('\'');
                        j += 2;
                    } else if (d == '\'') {
                        break;
                    } else {
                        lexeme.append(d);
                        j++;
                    }
                }
                i = j;
                if (!negatedHere && !Boolean.TRUE.equals(negatedGroups.peek()) && !wanted.contains(lexeme.toString())) {
                    wanted.add(lexeme.toString());
                }
                negatedHere = false;
            }
        }
        return wanted;
    }
}
