package cn.tangshan.minsheng.org;

/**
 * A unit as the administrator's page lists and edits it: with its order and version.
 */
public record UnitRow(Long id, String code, String name, String shortName, UnitType type, int sortOrder, boolean active,
		long version) {

	static UnitRow of(Unit unit) {
		return new UnitRow(unit.getId(), unit.getCode(), unit.getName(), unit.getShortName(), unit.getType(),
				unit.getSortOrder(), unit.isActive(), unit.getVersion());
	}

	/** How the audit trail writes it. */
	String describe() {
		return this.name + " / " + this.shortName + " / " + this.type + " / " + this.sortOrder
				+ (this.active ? "" : " / inactive");
	}

}
