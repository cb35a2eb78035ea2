package org.husnu.symposium.submission.settings;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.store.CollectionNames;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chairs' settings page in Chromium: reached from the navigation, it saves blind
 * review and a deadline, says what changed and shows the saved values; in Japanese too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "symposium.bootstrap.chairs=settings.page.chair@hokudai.ac.jp")
@Import(EmbeddedStoreTestConfiguration.class)
@TestInstance(Lifecycle.PER_CLASS)
class SettingsPageBrowserTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	MongoOperations mongo;

	Browser browser;

	Logins logins;

	EventSettings original;

	@BeforeAll
	void startBrowser() {
		this.original = this.mongo.findById(EventSettings.ID, EventSettings.class);
		this.browser = Browser.start();
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
		Document stored = new Document();
		this.mongo.getConverter().write(this.original, stored);
		this.mongo.getCollection(CollectionNames.EVENT_SETTINGS)
			.replaceOne(new Document("_id", EventSettings.ID), stored);
	}

	@Test
	void aChairTurnsOnBlindReviewMovesTheDeadlineAndSeesThemSaved() {
		WebDriver page = this.logins.loggedIn(this.browser, "settings.page.chair@hokudai.ac.jp");
		open("/");
		// the navigation links to the configured public address of submission-service
		assertThat(page.findElement(By.id("nav-settings")).getDomAttribute("href")).endsWith("/settings");
		open("/settings");
		assertThat(textOf(page, By.tagName("h1"), "Event settings")).isEqualTo("Event settings");
		WebElement blind = page.findElement(By.id("blindReview"));
		assertThat(blind.isSelected()).isFalse();
		assertThat(page.findElement(By.id("submissionDeadline")).getDomProperty("value")).isEqualTo("2027-01-31T23:59");

		blind.click();
		((JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1]",
				page.findElement(By.id("submissionDeadline")), "2027-02-14T12:00");
		page.findElement(By.id("save-settings")).click();

		String changes = textOf(page, By.id("settings-changes"), "Blind review");
		assertThat(changes).contains("Blind review", "false → true", "Submission deadline",
				"2027-01-31T23:59 → 2027-02-14T12:00");
		assertThat(changes).doesNotContain("Review deadline");
		assertThat(page.findElement(By.id("blindReview")).isSelected()).isTrue();
		assertThat(page.findElement(By.id("submissionDeadline")).getDomProperty("value")).isEqualTo("2027-02-14T12:00");

		open("/settings");
		assertThat(page.findElements(By.id("settings-saved"))).isEmpty();
		assertThat(page.findElement(By.id("blindReview")).isSelected()).isTrue();
		assertThat(page.findElement(By.id("submissionDeadline")).getDomProperty("value")).isEqualTo("2027-02-14T12:00");

		open("/settings?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("イベント設定");
		assertThat(page.findElement(By.id("save-settings")).getText()).isEqualTo("設定を保存");
		open("/settings?lang=en");
	}

	@Test
	void aBadValueIsExplainedAndNothingIsSaved() {
		WebDriver page = this.logins.loggedIn(this.browser, "settings.page.chair@hokudai.ac.jp");
		open("/settings");
		String before = page.findElement(By.id("reviewDeadline")).getDomProperty("value");
		((JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1]",
				page.findElement(By.id("reviewDeadline")), "2026-12-01T09:00");
		page.findElement(By.id("save-settings")).click();
		assertThat(textOf(page, By.id("settings-error"), "review deadline"))
			.contains("The review deadline must come after the submission deadline");
		assertThat(page.findElement(By.id("reviewDeadline")).getDomProperty("value")).isEqualTo(before);
	}

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
