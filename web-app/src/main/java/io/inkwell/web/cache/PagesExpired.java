package io.inkwell.web.cache;

/**
 * Published when this instance expires its kept pages because something they show may have changed (a write
 * through this instance or another, a scheduled post going out): whatever else keeps what pages show listens.
 */
public record PagesExpired() {
}
