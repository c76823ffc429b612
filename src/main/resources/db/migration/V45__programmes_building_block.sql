-- A Kompetenzbaustein is a building block in code (docs/glossary.md, Conventions): "module" means only an
-- application module. Tables, column, indexes and constraints are renamed; rows, keys and the foreign
-- keys pointing at them stay as they are.
alter table programmes.module rename to building_block;
alter table programmes.module_event rename to building_block_event;
alter table programmes.building_block_event rename column module_id to building_block_id;

alter table programmes.building_block rename constraint module_pkey to building_block_pkey;
alter table programmes.building_block rename constraint module_programme_id_fkey to building_block_programme_id_fkey;
alter table programmes.building_block rename constraint module_tenant_id_fkey to building_block_tenant_id_fkey;
alter table programmes.building_block rename constraint module_hours_check to building_block_hours_check;
alter index programmes.module_programme_idx rename to building_block_programme_idx;

alter table programmes.building_block_event rename constraint module_event_pkey to building_block_event_pkey;
alter table programmes.building_block_event
    rename constraint module_event_module_id_fkey to building_block_event_building_block_id_fkey;
alter table programmes.building_block_event
    rename constraint module_event_event_id_fkey to building_block_event_event_id_fkey;
alter table programmes.building_block_event
    rename constraint module_event_tenant_id_fkey to building_block_event_tenant_id_fkey;
alter index programmes.module_event_event_idx rename to building_block_event_event_idx;

comment on table programmes.building_block is 'A Kompetenzbaustein of a programme, fulfilled by attending one of its events.';
comment on table programmes.building_block_event is 'The events that fulfil a building block; one event may serve several programmes.';
