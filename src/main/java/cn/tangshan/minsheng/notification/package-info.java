/**
 * In-app notifications to units: the coordinator's reminder to report a month, a returned
 * report, an approaching deadline, and whatever other modules send through
 * {@link cn.tangshan.minsheng.notification.Notifications}. A unit reads them on its home
 * page and on {@code /notifications}; opening one marks it read for the whole unit.
 * Learns about reporting from its events, so reporting does not depend on this module.
 */
package cn.tangshan.minsheng.notification;
