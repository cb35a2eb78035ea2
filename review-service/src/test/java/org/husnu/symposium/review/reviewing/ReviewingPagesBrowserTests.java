package org.husnu.symposium.review.reviewing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewForm;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.reading.UploadedAbstracts;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
import org.husnu.symposium.test.Browser;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.TestPdfs;
import org.husnu.symposium.test.WebSession;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.husnu.symposium.test.fixtures.ReviewerFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewing pages in Chromium: a chair edits the review form with its buttons (and
 * the keyboard), a reviewer finds an abstract on their dashboard, reads it blind beside
 * the form, saves a draft, meets a stale version with their text kept, and submits, in
 * English, Japanese and Korean.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
@TestInstance(Lifecycle.PER_CLASS)
class ReviewingPagesBrowserTests {

	private static final String CHAIR = "rvpages.chair@snu.ac.kr";

	private static final String REVIEWER = "rvpages.reviewer@snu.ac.kr";

	private static final List<String> CODES = List.of("ORIGINALITY", "CLINICAL_IMPACT", "METHODOLOGY", "CLARITY",
			"COLLABORATION");

	@Value("${local.server.port}")
	int port;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	MongoTemplate mongo;

	Browser browser;

	Logins logins;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start();
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
	}

	@BeforeEach
	void setUp() {
		// the store is shared with the other tests of this module
		for (Class<?> type : List.of(Assignment.class, ReviewerProfile.class, AbstractSubmission.class, Conflict.class,
				Review.class, ReviewForm.class)) {
			this.mongo.remove(new Query(), type);
		}
		this.mongo.remove(new Query(), "rate_limits");
		this.mongo.remove(Query.query(Criteria.where("email").regex("^rvpages\\.")), Account.class);
		this.mongo.insert(AccountFixtures.chair(CHAIR).withInstitution("SNU").build());
		Account reviewer = this.mongo.insert(AccountFixtures.reviewer(REVIEWER).withInstitution("SNU").build());
		this.mongo.insert(ReviewerFixtures.profile(reviewer.id()).withEmail(REVIEWER).build());
		AbstractSubmission submission = UploadedAbstracts.store(this.mongo,
				AbstractFixtures.submitted()
					.withId(UUID.randomUUID())
					.withNumber("A-701")
					.withTitle("Wearable sensors for delirium")
					.withText("Wrist sensors flag delirium in older inpatients a day early."),
				"sato-delirium.pdf", TestPdfs.a4WithText("Wearable sensors for delirium, an anonymous abstract."));
		this.mongo
			.insert(Assignment.of(reviewer.id(), submission.id(), AssignmentSource.MANUAL, submission.createdAt()));
		setBlindReview(true);
	}

	@AfterAll
	void stopBrowser() {
		setBlindReview(false);
		this.mongo.remove(new Query(), ReviewForm.class);
		this.mongo.remove(new Query(), Review.class);
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aChairAddsMovesAndRemovesCriteriaWithButtonsAndSeesWhatChanged() {
		WebDriver page = this.logins.loggedIn(this.browser, CHAIR);
		open("/review-form?lang=en");
		assertThat(page.findElements(By.cssSelector("#form-editor fieldset[id^=criterion-]"))).hasSize(5);
		page.findElement(By.id("add-criterion")).sendKeys(Keys.ENTER);
		// Enter on the button posts the editor: wait for the page it answers with
		new WebDriverWait(page, Duration.ofSeconds(20))
			.until((driver) -> !driver.findElements(By.id("code-5")).isEmpty());
		assertThat(page.findElements(By.cssSelector("#form-editor fieldset[id^=criterion-]"))).hasSize(6);
		page.findElement(By.id("code-5")).sendKeys("ETHICS");
		page.findElement(By.id("labelEn-5")).sendKeys("Ethics and consent");
		post(page, () -> page.findElement(By.id("up-5")).click());
		assertThat(page.findElement(By.id("code-4")).getDomProperty("value")).as("moved up, text kept")
			.isEqualTo("ETHICS");
		assertThat(page.findElement(By.id("code-5")).getDomProperty("value")).isEqualTo("COLLABORATION");
		post(page, () -> page.findElement(By.id("remove-0")).click());
		assertThat(page.findElement(By.id("code-0")).getDomProperty("value")).isEqualTo("CLINICAL_IMPACT");
		WebElement weight = page.findElement(By.id("weight-2"));
		weight.clear();
		weight.sendKeys("2");
		post(page, () -> page.findElement(By.id("save-form")).click());

		assertThat(page.findElement(By.id("form-saved")).getText()).contains("The review form is saved.");
		assertThat(page.findElements(By.cssSelector("#form-changes li"))).extracting(WebElement::getText)
			.contains("Criterion ORIGINALITY removed; 0 submitted reviews scored it (their scores stay readable).",
					"Weight of CLARITY: 0.5 → 2.0",
					"Criterion ETHICS added; 0 submitted reviews do not score it and are ranked on the criteria they have.");
		ReviewForm stored = this.mongo.findById(ReviewForm.CURRENT, ReviewForm.class);
		assertThat(stored.criteria()).extracting((criterion) -> criterion.code())
			.containsExactly("CLINICAL_IMPACT", "METHODOLOGY", "CLARITY", "ETHICS", "COLLABORATION");

		open("/review-form?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("査読フォーム");
		assertThat(page.findElement(By.id("add-criterion")).getText()).isEqualTo("評価項目を追加");
		open("/review-form?lang=ko");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("심사 양식");
		assertThat(page.findElement(By.id("save-form")).getText()).isEqualTo("양식 저장");
	}

	@Test
	void aReviewerSavesADraftMeetsAStaleVersionWithTheirTextKeptAndSubmits() {
		WebDriver page = this.logins.loggedIn(this.browser, REVIEWER);
		open("/?lang=en");
		post(page, () -> page.findElement(By.id("home-reviews")).click());
		assertThat(page.findElement(By.id("reviews-progress")).getText()).isEqualTo("0 of 1 submitted");
		assertThat(page.findElement(By.id("status-A-701")).getText()).isEqualTo("Not started");
		assertThat(page.findElement(By.id("reviews-due")).getText()).contains("Asia/Tokyo");
		post(page, () -> page.findElement(By.id("review-A-701")).click());
		assertThat(page.getCurrentUrl()).endsWith("/reviews/A-701");
		assertThat(page.findElement(By.id("abstract-text")).getText()).contains("a day early");
		assertThat(page.findElement(By.id("authors-hidden")).getText()).isNotBlank();
		assertThat(page.findElement(By.id("pdf-inline")).getDomAttribute("data"))
			.isEqualTo("/api/abstracts/A-701/pdf?inline=true");
		assertThat(page.findElement(By.tagName("main")).getText()).doesNotContain("Aiko", "Sato", "sato-delirium");
		assertThat(page.findElement(By.cssSelector("label[for=commentsToChairs]")).getText())
			.isEqualTo("Confidential comments to the chairs");

		page.findElement(By.id("score-ORIGINALITY-4")).click();
		page.findElement(By.id("commentsToAuthors")).sendKeys("A careful study.");
		post(page, () -> page.findElement(By.id("save-draft")).click());
		assertThat(page.findElement(By.id("review-saved")).getText()).startsWith("Draft saved.");
		assertThat(page.findElement(By.id("review-status")).getText()).isEqualTo("Draft");
		assertThat(page.findElement(By.id("score-ORIGINALITY-4")).isSelected()).isTrue();

		// another tab saves first
		WebSession otherTab = this.logins.loggedIn(REVIEWER);
		Review stored = this.mongo.findAll(Review.class).get(0);
		HttpResponse<String> saved = otherTab.putJson(url("/api/reviews/A-701"),
				"{\"scores\":{\"ORIGINALITY\":2},\"commentsToAuthors\":\"From the other tab\",\"version\":"
						+ stored.version() + "}");
		assertThat(saved.statusCode()).isEqualTo(200);
		page.findElement(By.id("commentsToAuthors")).sendKeys(" With more detail typed here.");
		post(page, () -> page.findElement(By.id("save-draft")).click());
		assertThat(page.findElement(By.id("review-error")).getText()).contains("another tab");
		assertThat(page.findElement(By.id("commentsToAuthors")).getDomProperty("value"))
			.isEqualTo("A careful study. With more detail typed here.");
		assertThat(page.findElement(By.id("score-ORIGINALITY-4")).isSelected()).isTrue();
		assertThat(this.mongo.findAll(Review.class).get(0).commentsToAuthors()).isEqualTo("From the other tab");

		for (String code : CODES) {
			page.findElement(By.id("score-" + code + "-4")).click();
		}
		page.findElement(By.id("confidence-3")).click();
		page.findElement(By.id("recommendation-ACCEPT_POSTER")).click();
		page.findElement(By.id("commentsToChairs")).sendKeys("Only for the chairs.");
		post(page, () -> page.findElement(By.id("submit-review")).click());
		assertThat(page.findElement(By.id("review-saved")).getText()).startsWith("Review submitted.");
		assertThat(page.findElement(By.id("review-status")).getText()).isEqualTo("Submitted");
		Review submitted = this.mongo.findAll(Review.class).get(0);
		assertThat(submitted.status()).isEqualTo(ReviewStatus.SUBMITTED);
		assertThat(submitted.commentsToAuthors()).isEqualTo("A careful study. With more detail typed here.");
		assertThat(submitted.confidentialComments()).isEqualTo("Only for the chairs.");

		open("/reviews?lang=ja");
		assertThat(page.findElement(By.id("status-A-701")).getText()).isEqualTo("提出済み");
		assertThat(page.findElement(By.id("reviews-progress")).getText()).isEqualTo("1 件中 1 件提出済み");
		assertThat(page.findElement(By.id("review-A-701")).getText()).isEqualTo("編集");
		open("/reviews/A-701?lang=ko");
		assertThat(page.findElement(By.cssSelector("#criterion-ORIGINALITY legend")).getText()).isEqualTo("독창성");
		assertThat(page.findElement(By.id("submit-review")).getText()).isEqualTo("변경 내용 제출");
		assertThat(page.findElements(By.id("save-draft"))).as("a submitted review is changed by re-submitting")
			.isEmpty();
		open("/reviews/A-701?lang=ja");
		assertThat(page.findElement(By.cssSelector("label[for=commentsToAuthors]")).getText()).isEqualTo("著者へのコメント");
	}

	/**
	 * Presses a button or link that loads a page and waits for the page the server
	 * answers with (a click returns before the next page is there).
	 */
	private static void post(WebDriver page, Runnable press) {
		WebElement before = page.findElement(By.tagName("html"));
		press.run();
		WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.stalenessOf(before));
		wait.until((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	private void setBlindReview(boolean blind) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is("event")), new Update().set("blindReview", blind),
				"event_settings");
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private WebDriver open(String path) {
		return this.browser.open(url(path));
	}

}
