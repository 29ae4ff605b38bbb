package dev.milepost.browser;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Debian's Chromium driven by Playwright, for tests of what only a browser shows. One
 * Playwright and one headless Chromium serve the whole test JVM (started by the first
 * class that needs them, closed when JUnit ends); every test gets a fresh
 * {@link BrowserContext} (no cookies, no storage) and a {@link Page} in it, as a test
 * method parameter. Errors on the browser console and uncaught page errors fail the test
 * that caused them.
 * <p>
 * Playwright never downloads a browser: it launches {@value #CHROMIUM}. Without it the
 * tests are skipped with a hint how to install it, except under {@code CI=true}, where
 * they fail.
 * <p>
 * Register it on the test class:
 * {@code @RegisterExtension static final BrowserExtension browser =
 * new BrowserExtension();}
 */
public final class BrowserExtension
		implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

	/**
	 * The browser the tests drive: Debian's {@code /usr/bin/chromium}
	 * ({@code apt-get install -y
	 * chromium}), or another Chromium-based browser named by
	 * {@code MILEPOST_TEST_CHROMIUM} (the GitHub workflow uses the runner's Google
	 * Chrome).
	 */
	public static final String CHROMIUM = chromiumPath();

	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--disable-background-networking", "--disable-component-update", "--disable-sync");

	private static final String MISSING = "Browser tests need Chromium at " + CHROMIUM
			+ " (Playwright must not download a browser): install it with 'sudo apt-get install -y chromium'"
			+ " (Debian/Ubuntu; .ci/run does it).";

	private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	// a loaded 2-core machine can need more than Playwright's default of 5 s
	private static final double TIMEOUT_MILLIS = 15_000;

	private BrowserContext context;

	private Page page;

	private final List<String> problems = new CopyOnWriteArrayList<>();

	private final List<Pattern> allowed = new CopyOnWriteArrayList<>();

	@Override
	public void beforeAll(ExtensionContext extensionContext) {
		if (!chromiumInstalled()) {
			if (CI) {
				Assertions.fail(MISSING + " CI=true: failing instead of skipping.");
			}
			// skipped test by test (beforeEach), so that the report counts them
			return;
		}
		// the root store closes it (AutoCloseable) when the whole test plan has run
		extensionContext.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Chromium.class, (key) -> Chromium.launch(), Chromium.class);
	}

	@Override
	public void beforeEach(ExtensionContext extensionContext) {
		Assumptions.assumeTrue(chromiumInstalled(), () -> MISSING + " Skipped because CI is not true.");
		Browser browser = extensionContext.getRoot().getStore(NAMESPACE).get(Chromium.class, Chromium.class).browser;
		this.problems.clear();
		this.allowed.clear();
		this.context = browser.newContext();
		this.context.setDefaultTimeout(TIMEOUT_MILLIS);
		this.context.onPage(this::watch);
		this.page = this.context.newPage();
	}

	private void watch(Page page) {
		page.onConsoleMessage((message) -> {
			String line = message.text() + " (at " + message.location() + ")";
			if ("error".equals(message.type()) && this.allowed.stream().noneMatch((p) -> p.matcher(line).matches())) {
				this.problems.add("console error: " + line);
			}
		});
		page.onPageError((error) -> this.problems.add("page error: " + error));
	}

	/**
	 * Lets the current test cause one kind of console error: Chromium's log line for a
	 * request to {@code path} answered with {@code status}. For the answers the
	 * application gives on purpose (a refused htmx save is a 400 carrying the redrawn
	 * form); every other error still fails.
	 */
	public void allowFailedRequest(int status, String path) {
		this.allowed.add(Pattern
			.compile(Pattern.quote("Failed to load resource: the server responded with a status of " + status + " ")
					+ ".*\\(at https?://[^/]+" + Pattern.quote(path) + ":\\d+:\\d+\\)"));
	}

	@Override
	public void afterEach(ExtensionContext extensionContext) {
		try {
			if (this.page != null && !this.page.isClosed()) {
				// a round trip delivers console messages still on their way
				this.page.title();
			}
		}
		catch (PlaywrightException ex) {
			this.problems.add("browser unreachable at the end of the test: " + ex.getMessage());
		}
		finally {
			if (this.context != null) {
				this.context.close();
			}
			this.context = null;
			this.page = null;
		}
		List<String> seen = List.copyOf(this.problems);
		this.problems.clear();
		Assertions.assertTrue(seen.isEmpty(), () -> "The browser reported errors:\n  " + String.join("\n  ", seen));
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == Page.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return this.page;
	}

	private static String chromiumPath() {
		String configured = System.getenv("MILEPOST_TEST_CHROMIUM");
		return (configured == null || configured.isBlank()) ? "/usr/bin/chromium" : configured.trim();
	}

	private static boolean chromiumInstalled() {
		return Files.isExecutable(Paths.get(CHROMIUM));
	}

	/** Playwright and the launched browser, shared by every browser test of the JVM. */
	private static final class Chromium implements AutoCloseable {

		private final Playwright playwright;

		private final Browser browser;

		private Chromium(Playwright playwright, Browser browser) {
			this.playwright = playwright;
			this.browser = browser;
		}

		static Chromium launch() {
			// here too, not only in Surefire: a run from an IDE must not download either
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			try {
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(CHROMIUM))
						.setHeadless(true)
						.setArgs(ARGS));
				PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
				return new Chromium(playwright, browser);
			}
			catch (RuntimeException ex) {
				playwright.close();
				throw ex;
			}
		}

		@Override
		public void close() {
			try {
				this.browser.close();
			}
			finally {
				this.playwright.close();
			}
		}

	}

}
