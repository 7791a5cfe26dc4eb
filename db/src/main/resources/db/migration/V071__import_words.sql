-- The import page speaks the site's language, so what an import says is kept as words it can say in any of them:
-- the reason of a report entry, and why a run stopped, as a refusal (its message code of the web application's
-- bundles, its English pattern and its arguments; the exchange context's RefusalJson). The English text stays in
-- reason and message, for whoever reads the tables. Entries and runs written before this migration have none:
-- the page shows their English.
alter table import_report
  add column reason_words jsonb,
  add constraint import_report_reason_words_ck check (reason_words is null or jsonb_typeof(reason_words) = 'object');

alter table import_runs
  add column message_words jsonb,
  add constraint import_runs_message_words_ck check (message_words is null or jsonb_typeof(message_words) = 'object');
