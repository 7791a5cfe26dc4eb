package io.inkwell.settings.internal;

import io.inkwell.db.Refusal;
import static io.inkwell.settings.SettingsLimits.MENU_ITEMS_MAX;

import io.inkwell.db.TimeOrderedIds;
import io.inkwell.settings.InvalidNavigationItemException;
import io.inkwell.settings.LinkTarget;
import io.inkwell.settings.Menu;
import io.inkwell.settings.Navigation;
import io.inkwell.settings.NavigationItem;
import io.inkwell.settings.NavigationItemNotFoundException;
import io.inkwell.settings.Site;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Menu changes lock the settings row first, so two admins' changes take turns and positions stay distinct. */
@Service
@Transactional
class NavigationService implements Navigation {

    private final NavigationMapper navigation;
    private final SiteStore store;
    private final SiteLoader loader;
    private final SiteSettingsCache cache;

    NavigationService(NavigationMapper navigation, SiteStore store, SiteLoader loader, SiteSettingsCache cache) {
        this.navigation = navigation;
        this.store = store;
        this.loader = loader;
        this.cache = cache;
    }

    @Override
    @Transactional(readOnly = true)
    public Site stored() {
        return loader.load();
    }

    @Override
    public NavigationItem add(Actor actor, Menu menu, String label, LinkTarget target) {
        checkMayManage(actor);
        NavigationRules.Checked item = NavigationRules.validated(label, target);
        store.ensureStoredAndLock();
        List<NavigationItemRow> items = navigation.selectByMenu(menu);
        if (items.size() >= MENU_ITEMS_MAX) {
            throw new InvalidNavigationItemException(Map.of("menu", Refusal.of("refused.navigation.menuFull",
                    "A menu holds at most {0} items: remove one before adding another.", MENU_ITEMS_MAX)));
        }
        int position = items.isEmpty() ? 0 : items.get(items.size() - 1).position() + 1;
        NavigationItemRow row = NavigationItemRow.of(TimeOrderedIds.next(), menu, position, item.label(), item.target());
        navigation.insert(row);
        cache.reloadAfterCommit();
        return row.toItem();
    }

    @Override
    public void moveUp(Actor actor, UUID itemId) {
        move(actor, itemId, -1);
    }

    @Override
    public void moveDown(Actor actor, UUID itemId) {
        move(actor, itemId, 1);
    }

    @Override
    public void remove(Actor actor, UUID itemId) {
        checkMayManage(actor);
        store.ensureStoredAndLock();
        if (navigation.deleteById(itemId) == 0) {
            throw notFound(itemId);
        }
        cache.reloadAfterCommit();
    }

    /** Swaps the item with its neighbour; the first item moved up, or the last one down, stays. */
    private void move(Actor actor, UUID itemId, int step) {
        checkMayManage(actor);
        store.ensureStoredAndLock();
        NavigationItemRow item = navigation.selectById(itemId).orElseThrow(() -> notFound(itemId));
        List<NavigationItemRow> items = navigation.selectByMenu(item.menu());
        int neighbour = indexOf(items, itemId) + step;
        if (neighbour < 0 || neighbour >= items.size()) {
            return;
        }
        navigation.swapPositions(itemId, items.get(neighbour).id());
        cache.reloadAfterCommit();
    }

    private static int indexOf(List<NavigationItemRow> items, UUID itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(itemId)) {
                return i;
            }
        }
        throw new IllegalStateException("Item " + itemId + " is not in its own menu");
    }

    private static void checkMayManage(Actor actor) {
        if (!actor.mayManageSettings()) {
            throw new NotAllowedException("Only admins may change the site's menus.");
        }
    }

    private static NavigationItemNotFoundException notFound(UUID itemId) {
        return new NavigationItemNotFoundException("No menu item " + itemId);
    }
}
