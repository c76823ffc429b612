-- Published contract of feedback (ADR 0018): the standard ratings of each anonymous response, without
-- the free-text comment and the answers to additional questions. Reporting's period report averages them.
create view feedback.v_rating as
select tenant_id, event_id, submitted_on, overall, relevance, trainers, organisation
  from feedback.response;
