-- External persons (a delegate of a university, a federal agency, a municipality without its own tenant)
-- get an account that belongs to no tenant and opens only the networks they were invited to.
alter table identity.account drop constraint account_check;
alter table identity.account drop constraint account_role_check;
alter table identity.account add constraint account_role_check
    check (role in ('PLATFORM_ADMIN', 'TENANT_ADMIN', 'STAFF', 'TRAINER', 'EXTERNAL'));
alter table identity.account add constraint account_tenant_check
    check ((role in ('PLATFORM_ADMIN', 'EXTERNAL')) = (tenant_id is null));
