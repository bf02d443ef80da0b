-- A TOTP code logs in once (等保2.0 level 3: replay protection of the second factor):
-- the time step of the last code accepted at login. A code of that step or an earlier
-- one is refused, so a code seen over a shoulder or relayed by a phishing page cannot be
-- used again within its 90 seconds of validity.
alter table user_account add column totp_last_step bigint;
