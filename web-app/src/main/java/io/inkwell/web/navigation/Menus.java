package io.inkwell.web.navigation;

import io.inkwell.settings.DefaultMenuItem;
import io.inkwell.settings.LinkKind;
import io.inkwell.settings.LinkTarget;
import io.inkwell.settings.NavigationItem;
import io.inkwell.settings.Site;
import io.inkwell.web.forms.Choice;
import io.inkwell.web.navigation.LinkTargets.LinkOption;
import io.inkwell.web.navigation.LinkTargets.ResolvedLink;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns stored menu items into links, with the {@link LinkTargets} of each kind: one batch per kind for all the
 * items of both menus. Also what the admin page offers to link to, and reading its choice back.
 *
 * <p>A choice is sent as {@code home}, {@code url} (with the address in a field of its own) or
 * {@code <kind>:<id>} ({@code category:0190…}).
 *
 * <p>Menus are shown in the site's language: a new site's own items ({@link DefaultMenuItem}) say their label in
 * it until an admin renames them, and the admin page's words come from the bundles.
 */
@Component
public class Menus {

    static final String HOME = "home";
    static final String ADDRESS = "url";

    private final Map<LinkKind, LinkTargets> targets = new EnumMap<>(LinkKind.class);
    private final MessageSource messages;

    Menus(List<LinkTargets> targets, MessageSource messages) {
        this.messages = messages;
        for (LinkTargets kind : targets) {
            if (!kind.kind().isReference() || this.targets.putIfAbsent(kind.kind(), kind) != null) {
                throw new IllegalStateException("One LinkTargets bean per kind of reference, not " + kind.kind());
            }
        }
    }

    /** Both menus as links, in the language given; items whose target is gone are left out. */
    public ResolvedMenus resolve(Site site, Locale locale) {
        Map<LinkKind, Map<UUID, ResolvedLink>> found = resolveAll(Stream.concat(site.header().stream(), site.footer().stream()).toList());
        return new ResolvedMenus(links(site.header(), found, locale), links(site.footer(), found, locale));
    }

    /**
     * Both menus' stored items for the admin page (where each leads, which are gone) and what a new item may lead
     * to. One statement per kind lists the choices, and the items are resolved from them; only an item whose thing
     * is not among the choices (a tag past the most used, one deleted) is looked up, in one batch per kind.
     */
    public MenuEntries entries(Site site, Locale locale) {
        Map<LinkKind, List<LinkOption>> options = new EnumMap<>(LinkKind.class);
        targets.forEach((kind, things) -> options.put(kind, things.options()));
        List<NavigationItem> items = Stream.concat(site.header().stream(), site.footer().stream()).toList();
        Map<LinkKind, Map<UUID, ResolvedLink>> found = new EnumMap<>(LinkKind.class);
        options.forEach((kind, offered) -> {
            Map<UUID, ResolvedLink> links = new HashMap<>();
            offered.forEach(option -> links.put(option.id(), new ResolvedLink(option.name(), option.path())));
            found.put(kind, links);
        });
        resolveAll(items.stream().filter(item -> item.target().kind().isReference()
                && !found.getOrDefault(item.target().kind(), Map.of()).containsKey(item.target().id())).toList())
                .forEach((kind, links) -> found.computeIfAbsent(kind, k -> new HashMap<>()).putAll(links));
        return new MenuEntries(entries(site.header(), found, locale), entries(site.footer(), found, locale),
                choices(options, locale));
    }

    private List<MenuEntry> entries(List<NavigationItem> items, Map<LinkKind, Map<UUID, ResolvedLink>> found, Locale locale) {
        List<MenuEntry> entries = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            NavigationItem item = items.get(i);
            entries.add(new MenuEntry(item.id(), label(item, locale), leadsTo(item.target(), found, locale),
                    href(item.target(), found), i == 0, i == items.size() - 1));
        }
        return entries;
    }

    /** What an admin may link to: the home page, every category, page and tag offered, or an address typed in. */
    private List<Choice> choices(Map<LinkKind, List<LinkOption>> options, Locale locale) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(HOME, word("admin.navigation.list.homePage", locale)));
        options.forEach((kind, offered) -> {
            for (LinkOption option : offered) {
                choices.add(new Choice(value(kind, option.id()), thing(kind, option.name(), locale)));
            }
        });
        choices.add(new Choice(ADDRESS, word("admin.navigation.list.address", locale)));
        return choices;
    }

    /** The label as typed, or a new site's own label in the language given. */
    private String label(NavigationItem item, Locale locale) {
        return DefaultMenuItem.labelCodeOf(item).map(code -> messages.getMessage(code, null, item.label(), locale))
                .orElse(item.label());
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** "Category: Java", in the language given. */
    private String thing(LinkKind kind, String name, Locale locale) {
        String key = switch (kind) {
            case CATEGORY -> "admin.navigation.list.category";
            case PAGE -> "admin.navigation.list.page";
            case TAG -> "admin.navigation.list.tag";
            default -> throw new IllegalArgumentException(kind + " names no thing of the site");
        };
        return messages.getMessage(key, new Object[] {name}, locale);
    }

    /** The target a choice names, if it is one the site offers now (a category deleted meanwhile is not). */
    public Optional<LinkTarget> target(String choice, String address) {
        if (HOME.equals(choice)) {
            return Optional.of(LinkTarget.home());
        }
        if (ADDRESS.equals(choice)) {
            return Optional.of(LinkTarget.address(address));
        }
        int colon = choice == null ? -1 : choice.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        LinkTargets things = kindNamed(choice.substring(0, colon));
        UUID id = uuid(choice.substring(colon + 1));
        if (things == null || id == null || !things.resolve(Set.of(id)).containsKey(id)) {
            return Optional.empty();
        }
        return Optional.of(LinkTarget.to(things.kind(), id));
    }

    private Map<LinkKind, Map<UUID, ResolvedLink>> resolveAll(List<NavigationItem> items) {
        Map<LinkKind, Set<UUID>> ids = new EnumMap<>(LinkKind.class);
        for (NavigationItem item : items) {
            if (item.target().kind().isReference()) {
                ids.computeIfAbsent(item.target().kind(), kind -> new HashSet<>()).add(item.target().id());
            }
        }
        Map<LinkKind, Map<UUID, ResolvedLink>> found = new EnumMap<>(LinkKind.class);
        ids.forEach((kind, wanted) -> {
            LinkTargets things = targets.get(kind);
            found.put(kind, things == null ? Map.of() : things.resolve(wanted));
        });
        return found;
    }

    private List<MenuLink> links(List<NavigationItem> items, Map<LinkKind, Map<UUID, ResolvedLink>> found, Locale locale) {
        List<MenuLink> links = new ArrayList<>(items.size());
        for (NavigationItem item : items) {
            String href = href(item.target(), found);
            if (href != null) {
                links.add(new MenuLink(label(item, locale), href));
            }
        }
        return links;
    }

    /** Where the target leads, or null when it is gone. */
    private static String href(LinkTarget target, Map<LinkKind, Map<UUID, ResolvedLink>> found) {
        return switch (target.kind()) {
            case HOME -> "/";
            case URL -> target.url();
            default -> {
                ResolvedLink link = found.getOrDefault(target.kind(), Map.of()).get(target.id());
                yield link == null ? null : link.path();
            }
        };
    }

    private String leadsTo(LinkTarget target, Map<LinkKind, Map<UUID, ResolvedLink>> found, Locale locale) {
        return switch (target.kind()) {
            case HOME -> word("admin.navigation.list.homePage", locale);
            case URL -> target.url();
            default -> {
                ResolvedLink link = found.getOrDefault(target.kind(), Map.of()).get(target.id());
                yield thing(target.kind(), link == null ? word("admin.navigation.list.gone", locale) : link.name(), locale);
            }
        };
    }

    private LinkTargets kindNamed(String name) {
        for (LinkKind kind : targets.keySet()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(name)) {
                return targets.get(kind);
            }
        }
        return null;
    }

    private static String value(LinkKind kind, UUID id) {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
