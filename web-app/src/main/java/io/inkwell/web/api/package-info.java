/**
 * The read-only Content API, {@code /api/v1/…}: published posts, pages, categories, tags, authors and search as
 * JSON, for other programs. It has a security filter chain of its own ({@link io.inkwell.web.api.ApiSecurityConfiguration}):
 * no session, no CSRF, no login page; a request carries an API key ({@code Authorization: Bearer …} or
 * {@code Inkwell-Api-Key}), which also decides the browser origins allowed (CORS) and is rate limited. Every error
 * is {@code application/problem+json} ({@link io.inkwell.web.api.ApiProblems}), never a page. Listings page by
 * keyset with a {@code next} cursor bound to the listing that made it ({@link io.inkwell.web.api.ApiCursor});
 * answers carry a strong ETag (304 to {@code If-None-Match}) and {@code Cache-Control}. The OpenAPI description is
 * made from these controllers by springdoc at {@code /api/v1/openapi.json}; docs/api.md has examples.
 */
package io.inkwell.web.api;
