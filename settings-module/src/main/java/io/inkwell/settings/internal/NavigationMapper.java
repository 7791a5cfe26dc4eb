package io.inkwell.settings.internal;

import io.inkwell.settings.Menu;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NavigationMapper {

    /** Both menus, header first, each in order: at most twice SettingsLimits.MENU_ITEMS_MAX rows. */
    List<NavigationItemRow> selectAll();

    List<NavigationItemRow> selectByMenu(@Param("menu") Menu menu);

    Optional<NavigationItemRow> selectById(@Param("id") UUID id);

    int insert(NavigationItemRow row);

    int insertAll(@Param("rows") List<NavigationItemRow> rows);

    /** Gives each of the two items the other's position, in one statement. */
    int swapPositions(@Param("first") UUID first, @Param("second") UUID second);

    int deleteById(@Param("id") UUID id);
}
