-- The publishing workflow's other states (V028), taken from the drafts (which have no comments, no listed
-- categories or tags and no publication date): a third of them await review, and one post in 500 is scheduled for a
-- time in the next 30 days, so the scheduling sweep's partial index has rows to skip past.
update posts p
   set status = 'pending'
  from bench.post_meta m
 where m.id = p.id and m.status = 'draft' and bench.u(m.g, 72) < 0.33;

update posts p
   set status = 'scheduled', scheduled_at = now() + bench.u(m.g, 74) * interval '30 days'
  from bench.post_meta m
 where m.id = p.id and m.status = 'draft' and bench.u(m.g, 72) >= 0.33 and bench.u(m.g, 73) < 0.04;
