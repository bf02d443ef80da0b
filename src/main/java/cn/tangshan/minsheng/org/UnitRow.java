package cn.tangshan.minsheng.org;

/**
 * A unit as the administrator's page lists and edits it: with its order, its tile on the
 * county map (both null for none) and version.
 */
public record UnitRow(Long id, String code, String name, String shortName, UnitType type, int sortOrder, boolean active,
		long version, Integer tileCol, Integer tileRow) {

	static UnitRow of(Unit unit) {
		return new UnitRow(unit.getId(), unit.getCode(), unit.getName(), unit.getShortName(), unit.getType(),
				unit.getSortOrder(), unit.isActive(), unit.getVersion(), unit.getTileCol(), unit.getTileRow());
	}

	public boolean hasTile() {
		return this.tileCol != null && this.tileRow != null;
	}

	/** How the audit trail writes it. */
	String describe() {
		return this.name + " / " + this.shortName + " / " + this.type + " / " + this.sortOrder
				+ (this.active ? "" : " / inactive");
	}

	/** How the audit trail writes its tile on the county map. */
	String describeTile() {
		return hasTile() ? "tile " + this.tileCol + "," + this.tileRow : "no tile";
	}

}
