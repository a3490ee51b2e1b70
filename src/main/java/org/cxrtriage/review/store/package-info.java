/**
 * The JDBC implementation of {@link org.cxrtriage.review.DecisionStore}: one code path for SQLite (embedded
 * default) and PostgreSQL (shared by several readers), schema managed by Flyway migrations in
 * {@code db/migration}.
 */
package org.cxrtriage.review.store;
