/**
 * The coordinator's dashboard (调度总览): the whole plan against the schedule, status lights,
 * the county ranking, who has not reported, and the plan's progress settings. Reads
 * figures through {@code reporting.ProgressFigures} and judges them with the
 * {@code progress} rules only; it keeps no copy of reported data.
 */
package cn.tangshan.minsheng.dashboard;
