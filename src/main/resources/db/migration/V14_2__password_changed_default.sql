-- An account created by other means than the portal's own forms (an import, a script)
-- starts its password age at its creation.
alter table user_account alter column password_changed_at set default now();
