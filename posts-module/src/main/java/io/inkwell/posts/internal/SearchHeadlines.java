package io.inkwell.posts.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A search hit's headline: the passages of its text that show the most of what was searched for, each hit between
 * {@link SearchSnippets#START} and {@link SearchSnippets#STOP} (which {@link SearchSnippets#toHtml} escapes and
 * marks), passages joined by " … ". What ts_headline made with MaxWords and MaxFragments, made from the text the
 * search already read: a passage is chosen for the number of different query words in it, then of hits, then for
 * coming first; with no hit in the text (the title or excerpt matched) the text's first words are shown.
 */
final class SearchHeadlines {

    /** A post's card: up to two passages, about two lines. */
    static final Shape POSTS = new Shape(36, 2);
    /** A page's hit, a line under its title. */
    static final Shape PAGES = new Shape(25, 1);

    /** How much of a text a headline shows: {@code words} in all, in up to {@code passages} passages. */
    record Shape(int words, int passages) {
    }

    /** Words of context shown before a passage's first hit (fewer in a short passage, which must keep its hit). */
    private static final int LEAD = 4;
    /** Hits considered: a common word in a long post has hundreds; the first ones choose as well. */
    private static final int MAX_HITS = 200;
    private static final String DELIMITER = " … ";

    private SearchHeadlines() {
    }

    static String of(String text, SearchHitWords hitWords, Shape shape) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Words words = Words.of(text, hitWords);
        if (words.count() == 0) {
            return "";
        }
        List<Passage> passages = choose(words, hitWords.lexemeCount(), shape);
        StringBuilder headline = new StringBuilder();
        if (passages.get(0).from() > 0) {
            headline.append("… ");
        }
        for (int i = 0; i < passages.size(); i++) {
            if (i > 0) {
                headline.append(DELIMITER);
            }
            words.appendTo(headline, passages.get(i));
        }
        if (passages.get(passages.size() - 1).to() < words.count()) {
            headline.append(" …");
        }
        return headline.toString();
    }

    /** Words [from, to) of the text. */
    record Passage(int from, int to) {
    }

    private static List<Passage> choose(Words words, int lexemeCount, Shape shape) {
        List<Integer> hits = words.hits(MAX_HITS);
        if (hits.isEmpty()) {
            return List.of(new Passage(0, Math.min(words.count(), shape.words())));
        }
        Passage whole = best(words, hits, lexemeCount, shape.words(), List.of());
        if (shape.passages() < 2 || hits.stream().allMatch(hit -> inside(hit, List.of(whole)))) {
            return List.of(whole);
        }
        int each = shape.words() / shape.passages();
        List<Passage> chosen = new ArrayList<>();
        while (chosen.size() < shape.passages()) {
            Passage next = best(words, hits, lexemeCount, each, chosen);
            if (next == null) {
                break;
            }
            chosen.add(next);
        }
        chosen.sort(Comparator.comparingInt(Passage::from));
        return joined(chosen);
    }

    /** Passages that meet (the second clipped where the first ends) are one stretch of text, with no " … " inside. */
    private static List<Passage> joined(List<Passage> sorted) {
        List<Passage> joined = new ArrayList<>();
        for (Passage passage : sorted) {
            Passage last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.to() == passage.from()) {
                joined.set(joined.size() - 1, new Passage(last.from(), passage.to()));
            } else {
                joined.add(passage);
            }
        }
        return joined;
    }

    /** The best passage of {@code length} words starting a little before a hit and overlapping none taken. */
    private static Passage best(Words words, List<Integer> hits, int lexemeCount, int length, List<Passage> taken) {
        Passage best = null;
        long bestScore = -1;
        for (int hit : hits) {
            if (inside(hit, taken)) {
                continue;
            }
            int from = Math.max(0, hit - Math.min(LEAD, (length - 1) / 3));
            int to = Math.min(words.count(), from + length);
            from = Math.max(0, to - length);
            Passage candidate = clipped(new Passage(from, to), hit, taken);
            long score = score(words, hits, lexemeCount, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** The passage shortened so it overlaps none taken, keeping {@code hit}. */
    private static Passage clipped(Passage passage, int hit, List<Passage> taken) {
        int from = passage.from();
        int to = passage.to();
        for (Passage other : taken) {
            if (other.to() <= hit) {
                from = Math.max(from, other.to());
            } else {
                to = Math.min(to, other.from());
            }
        }
        return new Passage(from, to);
    }

    /** Different query words first, then hits: a passage with both words of a two-word search beats one with one. */
    private static long score(Words words, List<Integer> hits, int lexemeCount, Passage passage) {
        boolean[] seen = new boolean[Math.max(lexemeCount, 1)];
        int different = 0;
        int count = 0;
        for (int hit : hits) {
            if (hit >= passage.from() && hit < passage.to()) {
                count++;
                int lexeme = words.lexeme(hit);
                if (!seen[lexeme]) {
                    seen[lexeme] = true;
                    different++;
                }
            }
        }
        return (long) different * 10_000 + count;
    }

    private static boolean inside(int word, List<Passage> passages) {
        for (Passage passage : passages) {
            if (word >= passage.from() && word < passage.to()) {
                return true;
            }
        }
        return false;
    }

    /** A text's words (runs of letters and digits) with the query word each is, or -1. */
    private record Words(String text, int[] starts, int[] ends, int[] lexemes, int count) {

        static Words of(String text, SearchHitWords hitWords) {
            int capacity = 64;
            int[] starts = new int[capacity];
            int[] ends = new int[capacity];
            int[] lexemes = new int[capacity];
            int count = 0;
            int i = 0;
            while (i < text.length()) {
                int c = text.codePointAt(i);
                if (!Character.isLetterOrDigit(c)) {
                    i += Character.charCount(c);
                    continue;
                }
                int start = i;
                while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                if (count == capacity) {
                    capacity *= 2;
                    starts = Arrays.copyOf(starts, capacity);
                    ends = Arrays.copyOf(ends, capacity);
                    lexemes = Arrays.copyOf(lexemes, capacity);
                }
                starts[count] = start;
                ends[count] = i;
                lexemes[count] = hitWords.lexemeOf(text, start, i);
                count++;
            }
            return new Words(text, starts, ends, lexemes, count);
        }

        int lexeme(int word) {
            return lexemes[word];
        }

        List<Integer> hits(int max) {
            List<Integer> hits = new ArrayList<>();
            for (int word = 0; word < count && hits.size() < max; word++) {
                if (lexemes[word] >= 0) {
                    hits.add(word);
                }
            }
            return hits;
        }

        /**
         * The passage's text as written, runs of white space as one space, hits marked, with the punctuation that
         * clings to its ends (a quote before, a full stop after; not a Markdown "##" set apart by a space). The
         * marker characters are left out of the text itself, so a post cannot forge a mark.
         */
        void appendTo(StringBuilder headline, Passage passage) {
            int before = starts[passage.from()];
            while (before > 0 && !Character.isWhitespace(text.charAt(before - 1))) {
                before--;
            }
            appendBetween(headline, before, starts[passage.from()]);
            for (int word = passage.from(); word < passage.to(); word++) {
                if (word > passage.from()) {
                    appendBetween(headline, ends[word - 1], starts[word]);
                }
                boolean hit = lexemes[word] >= 0;
                if (hit) {
                    headline.append(SearchSnippets.START);
                }
                headline.append(text, starts[word], ends[word]);
                if (hit) {
                    headline.append(SearchSnippets.STOP);
                }
            }
            int after = ends[passage.to() - 1];
            while (after < text.length() && !Character.isWhitespace(text.charAt(after))) {
                after++;
            }
            appendBetween(headline, ends[passage.to() - 1], after);
        }

        private void appendBetween(StringBuilder headline, int from, int to) {
            boolean space = false;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    space = true;
                } else if (c != SearchSnippets.START && c != SearchSnippets.STOP) {
                    if (space) {
                        headline.append(' ');
                        space = false;
                    }
                    headline.append(c);
                }
            }
            if (space) {
                headline.append(' ');
            }
        }
    }
}
