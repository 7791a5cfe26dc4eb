package io.inkwell.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated method's reads share one read-only transaction: each {@code @Transactional(readOnly = true)} call
 * it makes (one per context's API: the posts, their authors, their comment counts) joins it instead of beginning its
 * own, so a page pays one begin, one read timeout ({@code SET LOCAL}) and one end instead of one of each per call:
 * on a listing, twelve round trips to the database become six.
 *
 * <p>For handlers that only read. A write inside fails, as it should: the connection is read-only, and PostgreSQL
 * refuses it. The transaction ends with a rollback, which undoes nothing (nothing was written) and, unlike a commit,
 * cannot fail because a call inside failed and the method handled it. Inside a transaction already under way the
 * method simply runs in it. Proxied like {@code @Transactional}: the method must be reached through its bean.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OneReadOnlyTransaction {
}
