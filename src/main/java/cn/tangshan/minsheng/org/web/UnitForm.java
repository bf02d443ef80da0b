package cn.tangshan.minsheng.org.web;

import cn.tangshan.minsheng.org.UnitCommand;
import cn.tangshan.minsheng.org.UnitRow;
import cn.tangshan.minsheng.org.UnitType;

/**
 * The unit form as typed (a record, never the entity); the version the administrator saw.
 */
record UnitForm(String code, String name, String shortName, UnitType type, Long version) {

	static UnitForm empty() {
		return new UnitForm("", "", "", UnitType.COUNTY, null);
	}

	static UnitForm of(UnitRow row) {
		return new UnitForm(row.code(), row.name(), row.shortName(), row.type(), row.version());
	}

	UnitCommand command() {
		return new UnitCommand(this.code, this.name, this.shortName, this.type);
	}

}
