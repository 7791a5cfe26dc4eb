-- A page view is not an edit: updated_at (the sitemap's lastmod, "last edited") moves only when
-- what a reader sees changes, not when the batched view counts are flushed.
drop trigger posts_set_updated_at on posts;

create trigger posts_set_updated_at before update on posts
  for each row
  when ((old.title, old.slug, old.content, old.content_html, old.excerpt, old.featured_image_url, old.status,
         old.published_at, old.author_id)
        is distinct from
        (new.title, new.slug, new.content, new.content_html, new.excerpt, new.featured_image_url, new.status,
         new.published_at, new.author_id))
  execute function set_updated_at();
