-- A recommendation's page lists the examples that implement it: look the links up by recommendation too.
create index example_recommendation_recommendation_idx on practice.example_recommendation (recommendation_id);
