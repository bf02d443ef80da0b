package cn.tangshan.minsheng.org.web;

import cn.tangshan.minsheng.org.UnitCommand;
import cn.tangshan.minsheng.org.UnitRow;
import cn.tangshan.minsheng.org.UnitType;

/**
 * The unit form as typed (a record, never the entity); the version the administrator saw.
 * The type is kept as sent, so that a value no option has is refused next to the field
 * instead of failing the binding.
 */
record UnitForm(String code, String name, String shortName, String type, Long version) {

	static UnitForm empty() {
		return new UnitForm("", "", "", UnitType.COUNTY.name(), null);
	}

	static UnitForm of(UnitRow row) {
		return new UnitForm(row.code(), row.name(), row.shortName(), row.type().name(), row.version());
	}

	UnitCommand command() {
		return new UnitCommand(this.code, this.name, this.shortName, unitType());
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
