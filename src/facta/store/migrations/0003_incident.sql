-- facta store schema, migration 0003: the ACLED sub-event type of the incident an article reports, on
-- the mention of the event it was read from (NULL on other mentions and on articles saved before).
ALTER TABLE event_mentions ADD COLUMN incident_sub_event_type TEXT;
