-- 三员分立 (issue #13): the security administrator and the audit administrator.
alter table user_account drop constraint user_account_role_check;
alter table user_account add constraint user_account_role_check
    check (role in ('ADMIN', 'COORDINATOR', 'DEPARTMENT', 'COUNTY', 'LEADER', 'SECURITY', 'AUDITOR'));
