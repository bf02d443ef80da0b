package cn.tangshan.minsheng.org;

/**
 * A county-level unit reports progress; a city department leads projects and reviews the
 * counties' reports.
 */
public enum UnitType {

	COUNTY, DEPARTMENT

}
