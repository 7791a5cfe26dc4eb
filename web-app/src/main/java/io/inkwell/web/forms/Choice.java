package io.inkwell.web.forms;

import io.inkwell.web.site.SiteMessages;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** One option of a select or one box of a group of checkboxes: the value the form sends and the text people read. */
public record Choice(String value, String text) {

    public static <T> List<Choice> of(Collection<T> items, Function<T, ?> value, Function<T, String> text) {
        return items.stream().map(item -> new Choice(String.valueOf(value.apply(item)), text.apply(item))).toList();
    }

    /** Constants sent by their names ({@code ADMIN}) and shown by their word in the site's language ("admin"). */
    public static List<Choice> byName(Enum<?>[] constants, SiteMessages messages) {
        return of(List.of(constants), Enum::name, messages::label);
    }

    /** Constants sent in lower case ({@code draft}) and shown by their word in the site's language ("draft", "Entwurf"). */
    public static List<Choice> lowerCase(Enum<?>[] constants, SiteMessages messages) {
        return of(List.of(constants), constant -> constant.name().toLowerCase(Locale.ROOT), messages::label);
    }
}
