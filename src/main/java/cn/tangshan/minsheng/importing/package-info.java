/**
 * Excel imports (导入): a lead department's allocation grid and a unit's monthly values,
 * each with a template to download. An import reads the whole file first and goes through
 * the {@code reporting} services in one transaction, so it is stored completely or not at
 * all, with the same rules, workflow state and audit as typed input.
 */
package cn.tangshan.minsheng.importing;
