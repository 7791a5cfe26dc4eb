-- Every listing card shows a reading time. Computing it per request split each row's 1-3 KB of
-- Markdown into words: at 1M posts that was 1.8 ms of the home page's ~2.2 ms in PostgreSQL, and it
-- read the content column a listing otherwise never touches. The count is now stored when the
-- content is written, by whatever writes it (the app, a bulk load). regexp_count needs PostgreSQL 15.
alter table posts add column word_count integer not null generated always as (regexp_count(content, '\S+')) stored;
