package cn.tangshan.minsheng.e2e;

import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gives each browser test method a fresh {@link Browser} on the portal's random port, and
 * afterwards fails the test if the browser console showed an error, keeps a screenshot
 * and the HTML of the last page of a failed test, and closes the browser. Without
 * Chromium and chromedriver the tests are skipped (before any application context is
 * started) with the command that installs them.
 */
class BrowserExtension implements ExecutionCondition, ParameterResolver, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Browser.installed()) {
			return ConditionEvaluationResult.enabled("Chromium found at " + Browser.CHROMIUM);
		}
		return ConditionEvaluationResult.disabled("Browser tests need Chromium (" + Browser.CHROMIUM
				+ ") and chromedriver (" + Browser.CHROMEDRIVER + "); install them with: " + Browser.INSTALL);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		Browser browser = new Browser("http://localhost:" + port);
		context.getStore(NAMESPACE).put(Browser.class, browser);
		return browser;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser == null) {
			return;
		}
		try {
			String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName();
			List<String> errors = browser.consoleErrors();
			if (context.getExecutionException().isPresent()) {
				browser.screenshot(name);
				browser.savePage(name);
				errors.forEach((error) -> System.err.println("Browser console: " + error));
				return;
			}
			if (!errors.isEmpty()) {
				browser.screenshot(name);
			}
			assertThat(errors).as("errors in the browser console").isEmpty();
		}
		finally {
			browser.close();
		}
	}

}
