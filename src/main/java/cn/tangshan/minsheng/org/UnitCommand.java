package cn.tangshan.minsheng.org;

/**
 * What the administrator typed for a unit: its code (only when adding), names and type.
 */
public record UnitCommand(String code, String name, String shortName, UnitType type) {
}
