package cn.tangshan.minsheng.org;

/**
 * A county-level unit with its tile on the county map: column west to east, row north to
 * south, both null when the administrator has not placed it yet.
 */
public record UnitTile(UnitView unit, Integer col, Integer row) {

	/** The largest column and row a tile may have. */
	public static final int MAX_COL = 11;

	public static final int MAX_ROW = 9;

	public boolean placed() {
		return this.col != null && this.row != null;
	}

}
