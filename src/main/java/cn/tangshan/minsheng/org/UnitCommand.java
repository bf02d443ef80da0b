package cn.tangshan.minsheng.org;

/**
 * What the administrator typed for a unit: its code (only when adding), names, type and
 * its tile on the county map (column and row as typed; both blank for none).
 */
public record UnitCommand(String code, String name, String shortName, UnitType type, String tileCol, String tileRow) {

	public UnitCommand(String code, String name, String shortName, UnitType type) {
		this(code, name, shortName, type, null, null);
	}

}
