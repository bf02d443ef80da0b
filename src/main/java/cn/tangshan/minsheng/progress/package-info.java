/**
 * The progress rules, in one place: completion rate, expected progress (序时进度), status
 * lights, county ranking, reporting completeness and the headline counts. Plain Java
 * without Spring or a database, so the dashboard, the bulletins and the Excel ledger
 * compute every figure the same way.
 *
 * <p>
 * Percentages are {@link java.math.BigDecimal}s in percent (50.0 means 50%), rounded
 * half-up to one decimal wherever a rate is derived from figures. Rules that compare a
 * rate with a threshold use that rounded rate, so a boundary falls where a reader sees
 * it. Types expose enum values and message keys, never user-facing text.
 */
package cn.tangshan.minsheng.progress;
