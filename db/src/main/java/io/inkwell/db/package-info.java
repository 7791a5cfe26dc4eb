/**
 * What every context shares about the database: the one schema (Flyway migrations, each context in its
 * own number range), the embedded PostgreSQL used when none is configured, MyBatis conventions (type
 * handlers, {@link io.inkwell.db.Page} and {@link io.inkwell.db.PagedQueries} for counted pages), the rules
 * of what the database takes ({@link io.inkwell.db.StorableText} for text, {@link io.inkwell.db.KeysetTokens}
 * for paging tokens, {@link io.inkwell.db.TimeOrderedIds} for ids), {@link io.inkwell.db.Savepoints} for a
 * write that may lose a unique-constraint race, the statement timeout of read-only transactions, and read
 * replicas for those transactions ({@link io.inkwell.db.ReadReplicas}, when configured). Its test-jar gives
 * every test a real PostgreSQL.
 *
 * <p>It holds no business rule and no mapper of any context's tables, and depends on no other module.
 */
package io.inkwell.db;
