package org.husnu.symposium.submission.people;

import java.time.Duration;
import java.util.List;

import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.test.Browser;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chairs' people page and the profile page with its API tokens, in Chromium.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "symposium.bootstrap.chairs=pagechair@hokudai.ac.jp")
@Import(EmbeddedStoreTestConfiguration.class)
@TestInstance(Lifecycle.PER_CLASS)
class PeopleAndProfilePagesBrowserTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	LoginTokenService tokens;

	Browser browser;

	Logins logins;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start();
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void chairsImportTheListSeeBadRowsAndGrantRoles() {
		WebDriver page = this.logins.loggedIn(this.browser, "pagechair@hokudai.ac.jp");
		open("/people");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("People");
		page.findElement(By.id("csv-text"))
			.sendKeys("email,name,institution,position\nrow2@gmail.com,Row Two,SNU,STUDENT\nbroken,,HU,DEAN\n");
		page.findElement(By.id("import-button")).click();
		assertThat(page.findElement(By.id("import-errors")).getText()).contains("Nothing was imported", "Line 3",
				"'broken' is not a valid e-mail address", "the name is empty", "DEAN");
		assertThat(page.findElements(By.cssSelector("#pre-registrations tr[data-email='row2@gmail.com']"))).isEmpty();

		page.findElement(By.id("csv-text"))
			.sendKeys("email,name,institution,position\nrow2@gmail.com,Row Two,SNU,STUDENT\n");
		page.findElement(By.id("import-button")).click();
		assertThat(page.findElement(By.id("import-done")).getText()).contains("1 new");
		assertThat(page.findElement(By.cssSelector("#pre-registrations tr[data-email='row2@gmail.com']")).getText())
			.contains("Row Two", "SNU", "Student");

		this.logins.loggedIn(this.browser, "future.reviewer@snu.ac.kr");
		this.logins.loggedIn(this.browser, "pagechair@hokudai.ac.jp");
		open("/people");
		page.findElement(
				By.cssSelector("#accounts tr[data-email='future.reviewer@snu.ac.kr'] button[data-role='REVIEWER']"))
			.click();
		assertThat(
				textOf(page, By.cssSelector("#accounts tr[data-email='future.reviewer@snu.ac.kr'] .roles"), "REVIEWER"))
			.contains("REVIEWER");
		assertThat(page.findElement(By.id("activity")).getText()).contains("role.granted", "future.reviewer@snu.ac.kr",
				"pre-registrations.imported");
	}

	@Test
	void authorsCompleteTheProfileAndManageTokensInTheirLanguage() {
		WebDriver page = this.logins.loggedIn(this.browser, "token.owner@snu.ac.kr");
		assertThat(page.findElement(By.id("welcome")).isDisplayed()).isTrue();
		page.findElement(By.id("name")).sendKeys("Token Owner");
		page.findElement(By.id("institution")).sendKeys("S");
		page.findElement(By.id("position")).sendKeys("F");
		page.findElement(By.id("language")).sendKeys("한");
		page.findElement(By.id("save-profile")).click();
		open("/profile");
		assertThat(page.findElement(By.tagName("h1")).getText()).as("preferred language applied").isEqualTo("내 프로필");
		page.findElement(By.id("lang-en")).click();

		page.findElement(By.id("token-name")).sendKeys("nightly export");
		page.findElement(By.id("create-token-button")).click();
		assertThat(page.findElement(By.id("created-token")).getText()).startsWith("hsn_");
		assertThat(page.findElement(By.cssSelector("#token-list .token-status")).getText()).isEqualTo("active");
		page.findElement(By.cssSelector("#token-list button.revoke")).click();
		assertThat(page.findElement(By.id("token-revoked")).isDisplayed()).isTrue();
		assertThat(textOf(page, By.cssSelector("#token-list .token-status"), "revoked")).isEqualTo("revoked");
	}

	/**
	 * The text of an element once it contains a text, waiting for the page a click loads.
	 * An element read while the old page goes away is stale, or (Chromium) "does not
	 * belong to the document"; both mean: look again.
	 */
	private static String textOf(WebDriver page, By element, String expected) {
		return new WebDriverWait(page, Duration.ofSeconds(10))
			.ignoreAll(List.of(StaleElementReferenceException.class, NoSuchElementException.class,
					WebDriverException.class))
			.until((driver) -> {
				String text = driver.findElement(element).getText();
				return text.contains(expected) ? text : null;
			});
	}

	private WebDriver open(String path) {
		return this.browser.open("http://127.0.0.1:" + this.port + path);
	}

}
