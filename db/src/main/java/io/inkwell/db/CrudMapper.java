package io.inkwell.db;

import java.util.List;
import java.util.Optional;

/**
 * The base repository every context's mapper extends: the same six statements, each written in the
 * context's own XML mapper against its own table. Paged finds go through {@link PagedQueries}.
 *
 * @param <T>  the row type
 * @param <ID> the primary-key type
 */
public interface CrudMapper<T, ID> {

    Optional<T> selectById(ID id);

    /** Every row in the table's natural listing order; meant to be paged with {@link PagedQueries}. */
    List<T> selectAll();

    int insert(T row);

    int update(T row);

    int deleteById(ID id);

    boolean existsById(ID id);
}
