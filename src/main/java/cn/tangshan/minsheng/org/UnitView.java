package cn.tangshan.minsheng.org;

/**
 * What other modules and pages see of a unit.
 */
public record UnitView(Long id, String code, String name, String shortName, UnitType type, boolean active) {

	static UnitView of(Unit unit) {
		return new UnitView(unit.getId(), unit.getCode(), unit.getName(), unit.getShortName(), unit.getType(),
				unit.isActive());
	}

	public boolean isCounty() {
		return this.type == UnitType.COUNTY;
	}

}
