/**
 * The users context: accounts and their public profiles, roles and statuses, sign-in (passwords, the
 * login throttle, remembered logins, the generation of an account's sessions) and the rights of each role,
 * held by {@link io.inkwell.users.Actor}.
 *
 * <p>Its API is split by who calls it: {@link io.inkwell.users.UserDirectory} for other contexts and pages
 * that show people next to posts and comments (always a whole page's ids at once),
 * {@link io.inkwell.users.UserAccounts} for a person's own account, {@link io.inkwell.users.UserSignIn} and
 * {@link io.inkwell.users.RememberedLogins} for the web layer's sign-in adapter,
 * {@link io.inkwell.users.UserAdministration} for the admin pages, and
 * {@link io.inkwell.users.AdminBootstrap} for start-up. It publishes
 * {@link io.inkwell.users.AccountSuspended}, {@link io.inkwell.users.AccountDeleted} and
 * {@link io.inkwell.users.UserAccessChanged} in the transaction of the change.
 *
 * <p>It never lets a password hash leave the module, never deletes an account row (a deletion is a status),
 * never reads another context's tables, and knows nothing of HTTP or Spring Security beyond its password
 * encoder: the web module adapts it to Spring Security.
 */
package io.inkwell.users;
