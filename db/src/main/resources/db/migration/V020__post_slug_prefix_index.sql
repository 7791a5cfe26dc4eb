-- Finding the free "-N" suffix for a title scanned every slug with a regular expression; these
-- pattern-ops indexes let "slugs starting with base-" be a range scan, with bind parameters too.
create index posts_slug_prefix_idx on posts (slug text_pattern_ops);
create index post_slug_history_prefix_idx on post_slug_history (old_slug text_pattern_ops);
