/**
 * The integrations context: how other programs read and follow the site. Keys of the read-only Content API
 * ({@link io.inkwell.integrations.ApiKeys}: made by admins, shown once, stored as digests, revocable), and
 * webhooks ({@link io.inkwell.integrations.Webhooks}): addresses told of the site's events by signed JSON POSTs,
 * sent from a durable outbox by a background worker ({@link io.inkwell.integrations.WebhookDispatch}).
 *
 * <p>It hears of posts and pages through the posts context's events ({@code posts :: events}), its only use of
 * that module: each event is stored with the transaction that made it (the event publication registry) and
 * turned into one delivery per subscribed webhook once it commits. Sending happens later, off every request
 * thread, so a slow or failing receiver never slows or fails what caused the event. Every command asks the
 * {@link io.inkwell.users.Actor} ({@link io.inkwell.users.Actor#mayManageIntegrations()}) and refuses anyone else
 * with {@link io.inkwell.users.NotAllowedException}.
 */
@ApplicationModule(allowedDependencies = {"db", "users", "posts :: events"})
package io.inkwell.integrations;

import org.springframework.modulith.ApplicationModule;
