-- A post and a page are written in a language, one the site offers (en, de: SiteLanguage), and each is
-- indexed with that language's text search configuration, so a German post is found by its German word
-- forms ("Häuser" finds "Haus") and an English one by its English forms ("running" finds "run").
--
-- What it costs at 1M posts. search_vector was a generated column: giving it a new expression (SET
-- EXPRESSION on PostgreSQL 17, a drop and re-add before) rewrites the whole table, computes every vector
-- again and rebuilds the GIN index, minutes under a lock that stops every read of posts. Yet every existing
-- row is English and holds exactly the vector the English configuration makes, so nothing needs computing.
-- Instead the column stops being generated (DROP EXPRESSION keeps the stored values and writes no row) and
-- a trigger computes it from now on; the GIN index stays as it is. The new column's constant default is
-- kept in the catalogue, not written into rows. What remains is one read of the table's rows to check the
-- new CHECK against them (no write, no index build). On a site whose language is already German, existing
-- posts and pages take that language below, which re-indexes each of them once.

-- The configuration of a language code; null for a code without one. Immutable (the configurations are
-- fixed OIDs), so queries fold it to a constant and the GIN index serves them.
create function text_search_configuration(language_code text) returns regconfig
language sql immutable strict parallel safe
return case language_code when 'en' then 'pg_catalog.english'::regconfig
                          when 'de' then 'pg_catalog.german'::regconfig end;

alter table posts
  add column language text not null default 'en',
  add constraint posts_language_ck check (language in ('en', 'de'));

alter table pages
  add column language text not null default 'en',
  add constraint pages_language_ck check (language in ('en', 'de'));

alter table posts alter column search_vector drop expression;
alter table pages alter column search_vector drop expression;

-- The same weights as the generated column had. The vector is written by the trigger alone: an update that
-- sets the vector itself gets it computed again, so it cannot drift from the text. A status change or the
-- view-count flush sets none of these columns and computes nothing.
create function posts_set_search_vector() returns trigger
language plpgsql as $$
declare
  configuration regconfig := text_search_configuration(new.language);
begin
  new.search_vector := setweight(to_tsvector(configuration, new.title), 'A')
                    || setweight(to_tsvector(configuration, coalesce(new.excerpt, '')), 'B')
                    || setweight(to_tsvector(configuration, new.content), 'C');
  return new;
end
$$;

create trigger posts_set_search_vector before insert or update of title, excerpt, content, language, search_vector
  on posts for each row execute function posts_set_search_vector();

create function pages_set_search_vector() returns trigger
language plpgsql as $$
declare
  configuration regconfig := text_search_configuration(new.language);
begin
  new.search_vector := setweight(to_tsvector(configuration, new.title), 'A')
                    || setweight(to_tsvector(configuration, new.content), 'C');
  return new;
end
$$;

create trigger pages_set_search_vector before insert or update of title, content, language, search_vector
  on pages for each row execute function pages_set_search_vector();

-- A new post takes the site's language; what was written before this migration is taken to be in it too.
-- On an English site (and a new one, without settings) this reads no row: the condition is a subquery run
-- once, before any row is read.
update posts set language = (select language from site_settings where id = 1)
 where (select language <> 'en' and text_search_configuration(language) is not null from site_settings where id = 1);

update pages set language = (select language from site_settings where id = 1)
 where (select language <> 'en' and text_search_configuration(language) is not null from site_settings where id = 1);

-- The post page says its language when it differs from the site's (<article lang>): a change of it is a
-- change of the page, so updated_at (the sitemap's lastmod) moves with it. Apart from the triggers that
-- already keep updated_at, so that a later change of their column lists cannot lose this one. Created
-- after the backfill above, which changes no page as readers see it.
create trigger posts_language_set_updated_at before update of language on posts
  for each row when (old.language is distinct from new.language) execute function set_updated_at();

create trigger pages_language_set_updated_at before update of language on pages
  for each row when (old.language is distinct from new.language) execute function set_updated_at();
