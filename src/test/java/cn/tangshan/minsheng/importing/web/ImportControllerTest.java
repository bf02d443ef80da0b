package cn.tangshan.minsheng.importing.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.account.Role;
import cn.tangshan.minsheng.importing.AllocationWorkbooks;
import cn.tangshan.minsheng.importing.ReportWorkbooks;
import cn.tangshan.minsheng.reporting.ReportingCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A concurrent change that surfaces only when the import's transaction commits: the file
 * is rejected with a message, never a 500.
 */
class ImportControllerTest {

	private final AllocationWorkbooks allocations = mock(AllocationWorkbooks.class);

	private final ReportWorkbooks reports = mock(ReportWorkbooks.class);

	private final ReportingCalendar calendar = mock(ReportingCalendar.class);

	private final ImportController controller;

	ImportControllerTest() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		this.controller = new ImportController(this.allocations, this.reports, this.calendar, messages);
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aReportImportThatFailsOnCommitIsRejectedAsChanged() {
		when(this.calendar.isInPlanYear(any())).thenReturn(true);
		when(this.reports.importFile(any(), any(), anyLong(), any()))
			.thenThrow(new ObjectOptimisticLockingFailureException("Report", 1L));
		ExtendedModelMap model = new ExtendedModelMap();
		String view = this.controller.importReports(user(Role.COUNTY), YearMonth.of(2024, 6), file(), model,
				new RedirectAttributesModelMap());
		assertThat(view).isEqualTo("importing/result");
		assertThat(problems(model)).extracting(ImportController.ProblemLine::reason)
			.containsExactly("下载模板后这份报告已被修改，请重新下载模板后再填写");
		assertThat(model.getAttribute("back")).isEqualTo("/reports?month=2024-06");
		assertThat(model.getAttribute("fileName")).isEqualTo("月报.xlsx");
	}

	@Test
	void anAllocationImportThatFailsOnCommitIsRejectedAsChanged() {
		when(this.allocations.importFile(any(), anyLong(), any()))
			.thenThrow(new ObjectOptimisticLockingFailureException("Allocation", 1L));
		ExtendedModelMap model = new ExtendedModelMap();
		String view = this.controller.importAllocations(user(Role.DEPARTMENT), file(), model,
				new RedirectAttributesModelMap());
		assertThat(view).isEqualTo("importing/result");
		assertThat(problems(model)).extracting(ImportController.ProblemLine::reason)
			.containsExactly("导入期间任务分解已被他人修改，文件未导入，请重新下载模板后再填写");
		assertThat(model.getAttribute("back")).isEqualTo("/allocations");
	}

	@SuppressWarnings("unchecked")
	private static List<ImportController.ProblemLine> problems(ExtendedModelMap model) {
		return (List<ImportController.ProblemLine>) model.getAttribute("problems");
	}

	private static CurrentUser user(Role role) {
		CurrentUser user = mock(CurrentUser.class);
		when(user.is(role)).thenReturn(true);
		return user;
	}

	private static MockMultipartFile file() {
		return new MockMultipartFile("file", "月报.xlsx", "application/octet-stream", new byte[10]);
	}

}
