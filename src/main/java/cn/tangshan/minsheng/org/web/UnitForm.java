package cn.tangshan.minsheng.org.web;

import cn.tangshan.minsheng.org.UnitCommand;
import cn.tangshan.minsheng.org.UnitRow;
import cn.tangshan.minsheng.org.UnitType;

/**
 * The unit form as typed (a record, never the entity); the version the administrator saw.
 * The type and the version are kept as sent, so that a value no option has is refused
 * next to the field (or as a conflict) instead of failing the binding; so are the tile's
 * column and row (blank for none).
 */
record UnitForm(String code, String name, String shortName, String type, String version, String tileCol,
		String tileRow) {

	static UnitForm empty() {
		return new UnitForm("", "", "", UnitType.COUNTY.name(), null, "", "");
	}

	static UnitForm of(UnitRow row) {
		return new UnitForm(row.code(), row.name(), row.shortName(), row.type().name(), String.valueOf(row.version()),
				(row.tileCol() != null) ? String.valueOf(row.tileCol()) : "",
				(row.tileRow() != null) ? String.valueOf(row.tileRow()) : "");
	}

	UnitCommand command() {
		return new UnitCommand(this.code, this.name, this.shortName, unitType(), this.tileCol, this.tileRow);
	}

	/**
	 * The version the administrator saw; -1 (a conflict) when it is missing or malformed.
	 */
	long versionSeen() {
		try {
			return Long.parseLong((this.version != null) ? this.version.strip() : "");
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** The type chosen, or null for none or a value that is not a type. */
	private UnitType unitType() {
		for (UnitType candidate : UnitType.values()) {
			if (candidate.name().equals(this.type)) {
				return candidate;
			}
		}
		return null;
	}

}
