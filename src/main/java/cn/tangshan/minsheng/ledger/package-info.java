/**
 * 工作台账: the work ledger of a month as the coordinator keeps it, as a page, an Excel
 * workbook (Apache POI) and a CSV of the raw values. Every figure comes from the
 * {@code dashboard} module, with its rules and its scope; this module only lays them out.
 */
package cn.tangshan.minsheng.ledger;
