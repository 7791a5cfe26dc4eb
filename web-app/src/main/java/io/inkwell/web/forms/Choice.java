package io.inkwell.web.forms;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** One option of a select or one box of a group of checkboxes: the value the form sends and the text people read. */
public record Choice(String value, String text) {

    public static <T> List<Choice> of(Collection<T> items, Function<T, ?> value, Function<T, String> text) {
        return items.stream().map(item -> new Choice(String.valueOf(value.apply(item)), text.apply(item))).toList();
    }

    /** Constants sent by their names ({@code ADMIN}) and shown in lower case ({@code admin}). */
    public static List<Choice> byName(Enum<?>[] constants) {
        return of(List.of(constants), Enum::name, constant -> constant.name().toLowerCase(Locale.ROOT));
    }

    /** Constants sent and shown in lower case ({@code draft}). */
    public static List<Choice> lowerCase(Enum<?>[] constants) {
        Function<Enum<?>, String> lower = constant -> constant.name().toLowerCase(Locale.ROOT);
        return of(List.of(constants), lower, lower);
    }
}
