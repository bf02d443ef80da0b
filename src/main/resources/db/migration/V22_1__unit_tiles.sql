-- #15: the tile map of the counties. Each county-level unit has a tile: a column (west to
-- east) and a row (north to south) on a small grid, placed roughly where the unit lies in
-- Tangshan, so that no boundary data is needed. Positions are data: the administrator
-- sets a new unit's tile on /admin/units; a unit without one is drawn in a spare row.
alter table unit add column tile_col integer, add column tile_row integer;
alter table unit add constraint unit_tile_both check ((tile_col is null) = (tile_row is null));
alter table unit add constraint unit_tile_range check (tile_col between 0 and 11 and tile_row between 0 and 9);

-- The 18 county-level units of the 2024 plan, by their codes:
--        0        1        2        3        4        5
--  0              遵化              迁西
--  1     玉田              丰润              迁安
--  2              高新     路北     开平     古冶     滦州
--  3     芦台     丰南     路南              滦南     乐亭
--  4              汉沽              曹妃甸            海港
create table unit_tile_default (
    code     varchar(40) primary key,
    tile_col integer     not null,
    tile_row integer     not null
);
insert into unit_tile_default (code, tile_col, tile_row) values
    ('zunhua', 1, 0), ('qianxi', 3, 0),
    ('yutian', 0, 1), ('fengrun', 2, 1), ('qianan', 5, 1),
    ('gaoxin', 1, 2), ('lubei', 2, 2), ('kaiping', 3, 2), ('guye', 4, 2), ('luanzhou', 5, 2),
    ('lutai', 0, 3), ('fengnan', 1, 3), ('lunan', 2, 3), ('luannan', 4, 3), ('laoting', 5, 3),
    ('hangu', 1, 4), ('caofeidian', 3, 4), ('haigang', 5, 4);

-- Units already there (an upgraded installation) get their positions now …
update unit u set tile_col = d.tile_col, tile_row = d.tile_row
  from unit_tile_default d
 where u.code = d.code and u.type = 'COUNTY' and u.tile_col is null;

-- … and units registered later from the plan file (a fresh installation) when inserted.
create function unit_tile_default_position() returns trigger language plpgsql as $$
begin
    if new.type = 'COUNTY' and new.tile_col is null and new.tile_row is null then
        select d.tile_col, d.tile_row into new.tile_col, new.tile_row
          from unit_tile_default d where d.code = new.code;
    end if;
    return new;
end;
$$;
create trigger unit_tile_default_position before insert on unit
    for each row execute function unit_tile_default_position();
