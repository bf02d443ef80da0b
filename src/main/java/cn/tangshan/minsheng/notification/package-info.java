/**
 * In-app notifications to units, e.g. the coordinator's reminder to report a month. A
 * unit reads them on its home page.
 */
package cn.tangshan.minsheng.notification;
