package org.husnu.symposium.review.decisions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.decisions.DecisionState;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
import org.husnu.symposium.test.Browser;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
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
import org.openqa.selenium.support.ui.Select;
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
 * The chairs' decisions page in Chromium: counts, the mail preview per recipient language
 * with the comments to the authors only, the release behind its confirmation, a change
 * after release that holds the decision again; in English, Japanese and Korean.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
@TestInstance(Lifecycle.PER_CLASS)
class DecisionPagesBrowserTests {

	private static final String CHAIR = "dpages.chair@hokudai.ac.jp";

	private static final String REVIEWER = "dpages.reviewer@snu.ac.kr";

	private static final String AUTHOR = "dpages.author@snu.ac.kr";

	@Value("${local.server.port}")
	int port;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	MongoOperations mongo;

	Browser browser;

	Logins logins;

	UUID first;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start();
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		this.mongo.remove(new Query(), Decision.class);
		this.mongo.remove(new Query(), Review.class);
		this.mongo.remove(new Query(), AbstractSubmission.class);
		for (Account account : List.of(AccountFixtures.chair(CHAIR).build(),
				AccountFixtures.reviewer(REVIEWER).withInstitution("SNU").build(),
				AccountFixtures.author(AUTHOR).withInstitution("SNU").withLanguage(Language.KO).build())) {
			this.mongo.remove(Query.query(Criteria.where("email").is(account.email())), Account.class);
			this.mongo.insert(account);
		}
		Account author = this.mongo.findOne(Query.query(Criteria.where("email").is(AUTHOR)), Account.class);
		this.first = UUID.randomUUID();
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(this.first)
			.withNumber("A-601")
			.withSubmitter(author.id())
			.withTitle("Speech markers of mild cognitive impairment")
			.withAuthors(new Author("Minjun Kim", "Neurology", "SNU", AUTHOR, true))
			.build());
		this.mongo.insert(
				AbstractFixtures.submitted().withId(UUID.randomUUID()).withNumber("A-602").withTitle("Second").build());
		Instant at = Instant.parse("2027-02-10T01:00:00Z");
		this.mongo.insert(new Review(null, this.first, UUID.randomUUID(), Map.of("originality", 4), 3,
				Recommendation.ACCEPT_ORAL, "Add the cohort size to the title.", "CONFIDENTIAL borderline",
				ReviewStatus.SUBMITTED, at, at, null));
		UUID chair = UUID.randomUUID();
		this.mongo.insert(Decision.held(this.first, DecisionOutcome.ACCEPT_ORAL, chair, at));
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aChairPreviewsTheMailsReleasesAfterConfirmingAndChangesAReleasedDecision() {
		WebDriver page = this.logins.loggedIn(this.browser, CHAIR);
		open("/?lang=en");
		assertThat(page.findElement(By.id("nav-decisions")).getDomAttribute("href"))
			.isEqualTo("http://localhost:8082/decisions");
		open("/decisions");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Decisions");
		assertThat(page.findElement(By.id("decisions-table")).getText()).contains("A-601",
				"Speech markers of mild cognitive impairment", "Accept (oral)", "Held");
		assertThat(page.findElement(By.id("count-held")).getText()).isEqualTo("1");

		page.findElement(By.id("preview-link")).click();
		assertThat(textOf(page, By.cssSelector(".mail-preview"), AUTHOR)).contains("KO")
			.contains("A-601: 구두 발표로 채택되었습니다")
			.contains("심사위원 1", "Add the cohort size to the title.")
			.doesNotContain("CONFIDENTIAL");
		page.findElement(By.id("back-link")).click();

		textOf(page, By.id("release-start"), "Release 1 held decisions");
		page.findElement(By.id("release-start")).click();
		assertThat(textOf(page, By.id("release-confirm"), "cannot be taken back")).contains("Release 1");
		assertThat(this.mongo.findById(this.first, Decision.class).state()).as("nothing before confirming")
			.isEqualTo(DecisionState.HELD);
		page.findElement(By.id("release-button")).click();
		assertThat(textOf(page, By.id("decisions-released"), "Released 1 decisions")).contains("1 mails");
		assertThat(this.mongo.findById(this.first, Decision.class).state()).isEqualTo(DecisionState.RELEASED);
		assertThat(page.findElement(By.id("decisions-table")).getText()).contains("Released");

		new Select(page.findElement(By.cssSelector("tr[data-number='A-601'] select[name='outcome']")))
			.selectByValue("ACCEPT_POSTER");
		page.findElement(By.cssSelector("tr[data-number='A-601'] button.change")).click();
		assertThat(textOf(page, By.id("decisions-held-again"), "holds it again")).isNotBlank();
		Decision changed = this.mongo.findById(this.first, Decision.class);
		assertThat(changed.state()).isEqualTo(DecisionState.HELD);
		assertThat(changed.outcome()).isEqualTo(DecisionOutcome.ACCEPT_POSTER);

		open("/decisions?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("採否の決定");
		assertThat(page.findElement(By.id("decisions-table")).getText()).contains("採択（ポスター）", "保留中");
		open("/decisions/preview?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("決定通知メール");
		open("/decisions?lang=ko");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("채택 결정");
		assertThat(page.findElement(By.id("release-start")).getText()).isEqualTo("보류 중인 1건 공개");
		open("/decisions?lang=en");
	}

	@Test
	void aReviewerFindsNoDecisions() {
		WebDriver page = this.logins.loggedIn(this.browser, REVIEWER);
		open("/?lang=en");
		assertThat(page.findElements(By.id("nav-decisions"))).isEmpty();
		open("/decisions");
		assertThat(page.findElements(By.id("decisions-table"))).isEmpty();
		assertThat(page.getPageSource()).doesNotContain("A-601");
	}

	private static String textOf(WebDriver page, By element, String expected) {
		return new WebDriverWait(page, Duration.ofSeconds(10))
			.ignoreAll(List.of(StaleElementReferenceException.class, NoSuchElementException.class,
					WebDriverException.class))
			.until((driver) -> {
				String text = driver.findElements(element)
					.stream()
					.map((found) -> found.getText())
					.reduce("", (a, b) -> a + "\n" + b);
				return text.contains(expected) ? text : null;
			});
	}

	private WebDriver open(String path) {
		return this.browser.open("http://127.0.0.1:" + this.port + path);
	}

}
