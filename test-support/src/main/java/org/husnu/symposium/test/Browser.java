package org.husnu.symposium.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's {@code /usr/bin/chromium} through
 * {@code /usr/bin/chromedriver}) for page tests, with a fresh profile per session and the
 * flags that keep it off the network this machine does not have.
 * <p>
 * Where Chromium is not installed the test is skipped with a message, unless
 * {@code -Dsymposium.browser.required=true} (set by CI, which installs it) makes that a
 * failure.
 */
public final class Browser implements AutoCloseable {

	private static final String CHROMIUM = System.getProperty("symposium.browser.chromium", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getProperty("symposium.browser.chromedriver",
			"/usr/bin/chromedriver");

	private final WebDriver driver;

	private final Path profile;

	private Browser(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Starts a browser, or skips the calling test when Chromium is missing and not
	 * required.
	 * @return the browser
	 */
	public static Browser start() {
		boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
		if (!installed) {
			String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ " (Debian: apt-get install -y chromium chromium-driver)";
			if (Boolean.getBoolean("symposium.browser.required")) {
				throw new IllegalStateException(message);
			}
			Assumptions.abort(message);
		}
		try {
			Path profile = Files.createTempDirectory("symposium-chromium-");
			ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
				.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--disable-quic", "--no-first-run", "--window-size=1280,1000", "--lang=en-US",
						"--user-data-dir=" + profile);
			// no built-in PDF viewer: its renderer crashed under the load of a full build
			// ("Unable to receive message from renderer") on a page that embeds a PDF;
			// the
			// tests check the page and its links, the PDFs are checked as files
			options.setExperimentalOption("prefs",
					Map.of("plugins.always_open_pdf_externally", true, "download.default_directory",
							profile.resolve("downloads").toString(), "download.prompt_for_download", false));
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(CHROMEDRIVER))
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			// a click that submits a form returns before the next page is there; finding
			// an
			// element waits for it (checks for absence therefore take this long)
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
			return new Browser(driver, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * Opens a page.
	 * @param url the URL
	 * @return the driver, on that page
	 */
	public WebDriver open(String url) {
		this.driver.get(url);
		return this.driver;
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	private void deleteProfile() {
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary profile is harmless
		}
	}

}
