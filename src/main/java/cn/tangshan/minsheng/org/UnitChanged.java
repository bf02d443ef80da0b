package cn.tangshan.minsheng.org;

/**
 * An administrator's change to a unit, published in the transaction that makes it so that
 * the audit trail records it alongside.
 *
 * @param action {@code CREATED}, {@code RENAMED}, {@code MOVED}, {@code DEACTIVATED},
 * {@code ACTIVATED} or {@code TILE_PLACED} (its tile on the county map)
 * @param unitId the unit changed
 * @param code its code
 * @param oldValue what it was (name, short name, type, order, state), if anything
 * @param newValue what it is now
 */
public record UnitChanged(String action, Long unitId, String code, String oldValue, String newValue) {
}
