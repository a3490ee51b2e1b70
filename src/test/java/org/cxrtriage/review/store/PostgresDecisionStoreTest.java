package org.cxrtriage.review.store;

/** The store contract against the real PostgreSQL server CI starts (scripts/test-postgres.sh). */
class PostgresDecisionStoreTest extends DecisionStoreContract {
    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
