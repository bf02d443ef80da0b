package cn.tangshan.minsheng.notification;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.tangshan.minsheng.MutableClock;
import cn.tangshan.minsheng.PortalTest;
import cn.tangshan.minsheng.account.PortalUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notifications belong to a unit and are read per unit; opening one leads where it says;
 * reminders are not repeated while unread; a returned report and an approaching deadline
 * notify the unit. Works on 迁安市 (qianan), 汉沽管理区 (hangu), 玉田县 (yutian) and project 1-16
 * 法律援助 (市司法局, sfj), which no other test uses, and removes their notifications, shares and
 * reports before and after each test.
 */
@PortalTest
class NotificationTests {

	static final YearMonth JUNE = YearMonth.of(2024, 6);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Notifications notifications;

	@Autowired
	ReportingNotices reportingNotices;

	@Autowired
	MutableClock clock;

	Long qianan;

	Long hangu;

	Long yutian;

	Long fgw;

	Long project;

	Long indicator;

	@BeforeEach
	void units() {
		this.qianan = unitId("qianan");
		this.hangu = unitId("hangu");
		this.yutian = unitId("yutian");
		this.fgw = this.jdbc.queryForObject("select id from user_account where username = 'fgw'", Long.class);
		this.project = this.jdbc.queryForObject("""
				select p.id from project p join project_group g on g.id = p.group_id
				where g.group_no = 1 and p.project_no = 16""", Long.class);
		this.indicator = this.jdbc.queryForObject("select min(id) from indicator where project_id = ?", Long.class,
				this.project);
		clean();
	}

	@AfterEach
	void clean() {
		this.clock.reset();
		for (Long unit : List.of(this.qianan, this.hangu, this.yutian)) {
			this.jdbc.update("delete from notification where unit_id = ?", unit);
			this.jdbc.update("delete from audit_entry where report_id in (select id from report where unit_id = ?)",
					unit);
			this.jdbc.update("delete from report where unit_id = ?", unit);
			this.jdbc.update("delete from allocation where unit_id = ?", unit);
		}
	}

	@Test
	void homePageHighlightsUnreadAndOpeningMarksReadForTheWholeUnit() throws Exception {
		this.notifications.send(List.of(this.qianan), NotificationKind.REPORT_REMINDER, JUNE, this.fgw,
				"/reports?month=2024-06");
		this.clock.set(LocalDateTime.of(2024, 7, 3, 10, 0));
		this.notifications.send(List.of(this.qianan), NotificationKind.REPORT_RETURNED, YearMonth.of(2024, 5), null);
		Long reminder = id(this.qianan, "REPORT_REMINDER");

		this.mvc.perform(get("/").with(PortalUsers.user("qianan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2条未读"), containsString("notification-unread"),
					containsString("2024年6月的月度进展尚未报送，请尽快报送。"), containsString("2024年5月的月度报告被退回"),
					containsString("href=\"/notifications/" + reminder + "\""), containsString("全部标为已读"),
					not(containsString("notification-read\"")))));
		// the navigation bar counts them too, on every page
		this.mvc.perform(get("/projects").with(PortalUsers.user("qianan")))
			.andExpect(content().string(containsString("通知，2条未读")));

		// Another site's page (an <img> or a link) leads through but marks nothing read.
		this.mvc
			.perform(get("/notifications/{id}", reminder).with(PortalUsers.user("qianan"))
				.header("Sec-Fetch-Site", "cross-site"))
			.andExpect(redirectedUrl("/reports?month=2024-06"));
		assertThat(this.jdbc.queryForObject("select read_at from notification where id = ?", OffsetDateTime.class,
				reminder))
			.isNull();
		this.mvc
			.perform(get("/notifications/{id}", reminder).with(PortalUsers.user("qianan"))
				.header("Sec-Fetch-Site", "same-origin"))
			.andExpect(redirectedUrl("/reports?month=2024-06"));
		assertThat(this.jdbc
			.queryForObject("select read_at from notification where id = ?", OffsetDateTime.class, reminder)
			.toInstant()).isEqualTo(instant(LocalDateTime.of(2024, 7, 3, 10, 0)));
		assertThat(this.jdbc.queryForObject("select read_by from notification where id = ?", Long.class, reminder))
			.isEqualTo(this.jdbc.queryForObject("select id from user_account where username = 'qianan'", Long.class));

		// A notification without a link opens the list; POST works as GET does.
		Long returned = id(this.qianan, "REPORT_RETURNED");
		this.mvc.perform(post("/notifications/{id}", returned).with(PortalUsers.user("qianan")).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		this.mvc.perform(get("/").with(PortalUsers.user("qianan")))
			.andExpect(content().string(allOf(not(containsString("条未读")), containsString("notification-read"),
					not(containsString("notification-unread")), not(containsString("全部标为已读")))));
		assertThat(unread(this.qianan)).isZero();
	}

	@Test
	void anotherUnitsNotificationIsNotFoundAndStaysUnread() throws Exception {
		this.notifications.send(List.of(this.qianan), NotificationKind.REPORT_REMINDER, JUNE, this.fgw,
				"/reports?month=2024-06");
		Long reminder = id(this.qianan, "REPORT_REMINDER");
		this.mvc.perform(get("/notifications/{id}", reminder).with(PortalUsers.user("hangu")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/notifications/{id}", reminder).with(PortalUsers.user("fgw")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/notifications/{id}", 999_999_999L).with(PortalUsers.user("qianan")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/notifications").with(PortalUsers.user("hangu")))
			.andExpect(content().string(allOf(containsString("暂无通知"), not(containsString("尚未报送")))));
		assertThat(unread(this.qianan)).isEqualTo(1);
	}

	@Test
	void listPagesAllOfTheUnitsNotificationsAndMarksAllRead() throws Exception {
		for (int i = 0; i < 25; i++) {
			this.clock.set(LocalDateTime.of(2024, 7, 1, 8, 0).plusMinutes(i));
			this.notifications.send(List.of(this.hangu), NotificationKind.REPORT_RETURNED,
					YearMonth.of(2024, 1 + i % 6), null, "/reports?month=2024-0" + (1 + i % 6));
		}
		this.notifications.send(List.of(this.qianan), NotificationKind.REPORT_RETURNED, JUNE, null);
		String first = this.mvc.perform(get("/notifications").with(PortalUsers.user("hangu")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("25条未读"), containsString("第1页，共2页"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(count(first, "class=\"list-group-item")).isEqualTo(20);
		// newest first: the 25th (2024-07-01 08:24, January) leads
		assertThat(first.indexOf("2024年1月的月度报告被退回")).isLessThan(first.indexOf("2024年6月的月度报告被退回"));
		String second = this.mvc.perform(get("/notifications?page=2").with(PortalUsers.user("hangu")))
			.andExpect(content().string(containsString("第2页，共2页")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(count(second, "class=\"list-group-item")).isEqualTo(5);

		this.mvc.perform(post("/notifications/read").with(PortalUsers.user("hangu")).with(csrf()).param("from", "home"))
			.andExpect(redirectedUrl("/#notifications"))
			.andExpect(flash().attribute("message", "notifications.allRead"))
			.andExpect(flash().attribute("messageArg", 25));
		assertThat(unread(this.hangu)).isZero();
		assertThat(unread(this.qianan)).as("another unit's are untouched").isEqualTo(1);
		this.mvc.perform(post("/notifications/read").with(PortalUsers.user("hangu")).with(csrf()))
			.andExpect(redirectedUrl("/notifications"))
			.andExpect(flash().attribute("messageArg", 0));
	}

	@Test
	void aSecondReminderWhileTheFirstIsUnreadRefreshesIt() throws Exception {
		this.clock.set(LocalDateTime.of(2024, 7, 1, 9, 0));
		this.notifications.send(List.of(this.qianan, this.hangu), NotificationKind.REPORT_REMINDER, JUNE, this.fgw,
				"/reports?month=2024-06");
		Long first = id(this.qianan, "REPORT_REMINDER");
		this.mvc.perform(get("/notifications/{id}", id(this.hangu, "REPORT_REMINDER")).with(PortalUsers.user("hangu")));

		this.clock.set(LocalDateTime.of(2024, 7, 2, 15, 30));
		int sent = this.notifications.send(List.of(this.qianan, this.hangu, this.qianan),
				NotificationKind.REPORT_REMINDER, JUNE, this.fgw, "/reports?month=2024-06");
		assertThat(sent).isEqualTo(2);
		// 迁安市 had not read the first: still one row, at the new time
		assertThat(this.jdbc.queryForList("select id from notification where unit_id = ?", Long.class, this.qianan))
			.containsExactly(first);
		assertThat(this.jdbc
			.queryForObject("select created_at from notification where id = ?", OffsetDateTime.class, first)
			.toInstant()).isEqualTo(instant(LocalDateTime.of(2024, 7, 2, 15, 30)));
		// 汉沽管理区 had read it: a new, unread one
		assertThat(this.jdbc.queryForList("select read_at is null from notification where unit_id = ? order by id",
				Boolean.class, this.hangu))
			.containsExactly(false, true);
		// another month is another reminder
		this.notifications.send(List.of(this.qianan), NotificationKind.REPORT_REMINDER, YearMonth.of(2024, 5), this.fgw,
				"/reports?month=2024-05");
		assertThat(unread(this.qianan)).isEqualTo(2);
	}

	@Test
	void aReturnedReportNotifiesTheUnitWithALinkToItsForm() throws Exception {
		Long report = submittedReport(this.qianan);
		this.mvc
			.perform(post("/reviews/{id}/return", report).with(PortalUsers.user("sfj"))
				.with(csrf())
				.param("version", "0")
				.param("reason", "请补充法律援助案件清单。"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select status from report where id = ?", String.class, report))
			.isEqualTo("RETURNED");
		assertThat(this.jdbc.queryForList("select kind, period, link from notification where unit_id = ?", this.qianan))
			.containsExactly(Map.of("kind", "REPORT_RETURNED", "period", java.sql.Date.valueOf("2024-06-01"), "link",
					"/reports?month=2024-06#project-" + this.project));
		Long id = id(this.qianan, "REPORT_RETURNED");
		this.mvc.perform(get("/notifications/{id}", id).with(PortalUsers.user("qianan")))
			.andExpect(redirectedUrl("/reports?month=2024-06#project-" + this.project));

		// A refused return (no reason) notifies nobody.
		Long other = submittedReport(this.hangu);
		this.mvc
			.perform(post("/reviews/{id}/return", other).with(PortalUsers.user("sfj"))
				.with(csrf())
				.param("version", "0")
				.param("reason", " "))
			.andExpect(status().isOk());
		assertThat(unread(this.hangu)).isZero();
	}

	@Test
	void theDeadlineNoticeGoesOnceToUnitsThatStillOweReports() throws Exception {
		allocate(this.hangu, 10);
		allocate(this.qianan, 10);
		allocate(this.yutian, 10);
		submittedReport(this.qianan);
		// 2024-07-01 09:00: June closes on 5 July 24:00, more than 3 days away
		this.clock.set(LocalDateTime.of(2024, 7, 1, 9, 0));
		this.mvc.perform(get("/").with(PortalUsers.user("hangu"))).andExpect(status().isOk());
		this.reportingNotices.sendDeadlineNotices();
		assertThat(deadlineNotices()).isEmpty();

		// 2024-07-03 00:00: exactly 3 days left
		this.clock.set(LocalDateTime.of(2024, 7, 3, 0, 0));
		this.mvc.perform(get("/").with(PortalUsers.user("hangu")))
			.andExpect(content().string(containsString("2024年6月的月度进展报送即将截止（不足3天），本单位仍有项目未报送，请抓紧报送。")));
		this.mvc.perform(get("/").with(PortalUsers.user("hangu")));
		this.mvc.perform(get("/").with(PortalUsers.user("qianan")))
			.andExpect(content().string(not(containsString("即将截止"))));
		assertThat(deadlineNotices()).containsExactly("hangu");

		// The morning job adds 玉田县 and no second notice for 汉沽管理区, even once read.
		this.jdbc.update("update notification set read_at = now() where unit_id = ?", this.hangu);
		this.reportingNotices.sendDeadlineNotices();
		this.reportingNotices.sendDeadlineNotices();
		assertThat(deadlineNotices()).containsExactly("hangu", "yutian");
		assertThat(
				this.jdbc.queryForObject("select link from notification where unit_id = ?", String.class, this.yutian))
			.isEqualTo("/reports?month=2024-06");

		// After the deadline: nothing more.
		this.jdbc.update("delete from notification where unit_id = ?", this.yutian);
		this.clock.set(LocalDateTime.of(2024, 7, 6, 0, 0, 1));
		this.reportingNotices.sendDeadlineNotices();
		assertThat(deadlineNotices()).containsExactly("hangu");
	}

	private List<String> deadlineNotices() {
		return this.jdbc.queryForList("""
				select u.code from notification n join unit u on u.id = n.unit_id
				where n.kind = 'DEADLINE_SOON' and n.unit_id in (?, ?, ?) order by u.code""", String.class, this.qianan,
				this.hangu, this.yutian);
	}

	private Long submittedReport(Long unit) {
		OffsetDateTime at = LocalDateTime.of(2024, 7, 2, 10, 0).atZone(MutableClock.ZONE).toOffsetDateTime();
		Long report = this.jdbc.queryForObject("""
				insert into report (unit_id, project_id, period, status, first_submitted_at, submitted_at, updated_at)
				values (?, ?, date '2024-06-01', 'SUBMITTED', ?, ?, ?) returning id""", Long.class, unit, this.project,
				at, at, at);
		this.jdbc.update("insert into report_value (report_id, indicator_id, cumulative) values (?, ?, 3)", report,
				this.indicator);
		return report;
	}

	private void allocate(Long unit, int amount) {
		this.jdbc.update("insert into allocation (indicator_id, unit_id, amount, updated_at) values (?, ?, ?, now())",
				this.indicator, unit, amount);
	}

	private Long id(Long unit, String kind) {
		return this.jdbc.queryForObject("select max(id) from notification where unit_id = ? and kind = ?", Long.class,
				unit, kind);
	}

	private int unread(Long unit) {
		return this.jdbc.queryForObject("select count(*) from notification where unit_id = ? and read_at is null",
				Integer.class, unit);
	}

	private static Instant instant(LocalDateTime time) {
		return time.atZone(MutableClock.ZONE).toInstant();
	}

	private Long unitId(String code) {
		return this.jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

}
