package org.husnu.symposium.review.progress;

import java.time.Duration;
import java.util.List;

import org.husnu.symposium.core.mail.OutboxMail;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chairs' progress page in Chromium, in English, Japanese and Korean: both tables,
 * the "only incomplete" filter, a reminder previewed and sent, then "remind all
 * incomplete" with the reviewer just reminded held back by the rate limit.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
@TestInstance(Lifecycle.PER_CLASS)
class ProgressPagesBrowserTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	MongoOperations mongo;

	Browser browser;

	Logins logins;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start();
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		ProgressIntegrationTests.Seeded.into(this.mongo);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aChairFollowsProgressAndRemindsAfterReadingThePreviewInEveryLanguage() {
		WebDriver page = this.logins.loggedIn(this.browser, ProgressIntegrationTests.CHAIR);
		open("/progress?lang=en");
		assertThat(page.findElement(By.id("nav-progress")).getDomAttribute("href")).endsWith("/progress");
		assertThat(textOf(page, By.id("reviewers-table"), "Lee Done")).contains("山田 太郎", "김민준", "never");
		assertThat(page.findElement(By.id("abstracts-table")).getText()).contains("A-601", "A-603", "2 / 3")
			.doesNotContain("A-604");
		assertThat(page.findElement(By.id("totals-reviews")).getText()).isEqualTo("3 / 7 (42%)");
		page.findElement(By.id("filter-incomplete")).click();
		page.findElement(By.id("filter-button")).click();
		assertThat(textOf(page, By.id("reviewers-table"), "김민준")).doesNotContain("Lee Done");

		row(page, ProgressIntegrationTests.YAMADA).findElement(By.cssSelector("a.remind")).click();
		assertThat(textOf(page, By.cssSelector(".mail-preview .mail-text"), "A-602")).contains("山田 太郎 様",
				"Retinal screening", "A-603", "(Asia/Tokyo)");
		assertThat(page.findElement(By.cssSelector(".mail-preview .mail-subject")).getText()).contains("査読");
		assertThat(outbox()).as("nothing before confirming").isEmpty();
		page.findElement(By.id("send-button")).click();
		assertThat(textOf(page, By.id("progress-sent"), "1 reminder")).contains("0 skipped");
		assertThat(outbox()).extracting(OutboxMail::to).containsExactly(ProgressIntegrationTests.YAMADA);
		assertThat(row(page, ProgressIntegrationTests.YAMADA).findElement(By.cssSelector("td.when")).getText())
			.contains("Asia/Tokyo");

		open("/progress?lang=ja");
		assertThat(textOf(page, By.tagName("h1"), "査読の進捗")).isNotBlank();
		assertThat(page.findElement(By.id("remind-all")).getText()).contains("リマインド");
		page.findElement(By.id("remind-all")).click();
		assertThat(textOf(page, By.id("preview-rate-limited"), "12")).contains("強制");
		assertThat(page.findElements(By.cssSelector(".mail-preview"))).hasSize(2);
		assertThat(page.findElement(By.tagName("main")).getText()).contains("심사", "김민준 님");
		page.findElement(By.id("send-button")).click();
		assertThat(textOf(page, By.id("progress-sent"), "1")).contains("対象外");
		assertThat(outbox()).extracting(OutboxMail::to)
			.containsExactlyInAnyOrder(ProgressIntegrationTests.YAMADA, ProgressIntegrationTests.KIM);

		open("/progress?lang=ko");
		assertThat(textOf(page, By.tagName("h1"), "심사 진행 현황")).isNotBlank();
		assertThat(page.findElement(By.id("reviewers-table")).getText()).contains("마지막 알림", "임시 저장");
		row(page, ProgressIntegrationTests.KIM).findElement(By.cssSelector("a.remind")).click();
		assertThat(textOf(page, By.cssSelector(".mail-preview .notice"), "강제")).isNotBlank();
		page.findElement(By.id("send-force")).click();
		page.findElement(By.id("send-button")).click();
		assertThat(textOf(page, By.id("progress-sent"), "1")).contains("제외");
		assertThat(outbox()).hasSize(3);

		this.logins.loggedIn(this.browser, ProgressIntegrationTests.YAMADA);
		open("/?lang=en");
		assertThat(page.findElements(By.id("nav-progress"))).isEmpty();
	}

	private static WebElement row(WebDriver page, String email) {
		return page.findElements(By.cssSelector("#reviewers-table tbody tr"))
			.stream()
			.filter((row) -> row.getText().contains(email))
			.findFirst()
			.orElseThrow();
	}

	private List<OutboxMail> outbox() {
		return this.mongo.find(Query.query(Criteria.where("to").regex("^prog\\.")), OutboxMail.class);
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
