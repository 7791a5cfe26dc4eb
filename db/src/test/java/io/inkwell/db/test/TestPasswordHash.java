package io.inkwell.db.test;

/**
 * The password hash of accounts that tests write with plain SQL: in the stored form ({@code {bcrypt}}
 * prefix), but one character short of a bcrypt hash, so no password ever matches it. Tests that sign in
 * with a password register the account through the users context instead.
 */
public final class TestPasswordHash {

    public static final String BCRYPT = "{bcrypt}$2a$10$abcdefghijklmnopqrstuuN6hK2n1ZQe9Q8zq1yWnZ0Vb1yH9fQ2";

    private TestPasswordHash() {
    }
}
