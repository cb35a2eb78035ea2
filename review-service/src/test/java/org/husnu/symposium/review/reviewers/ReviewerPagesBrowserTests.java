package org.husnu.symposium.review.reviewers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.test.Browser;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.husnu.symposium.test.fixtures.ReviewerFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
 * The chairs' reviewer pool page and the reviewer's profile page, in Chromium.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
@TestInstance(Lifecycle.PER_CLASS)
class ReviewerPagesBrowserTests {

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
		this.mongo.insert(AccountFixtures.chair("pages.chair@hokudai.ac.jp").build());
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aChairInvitesAndTheReviewerDeclaresExpertise() {
		WebDriver page = this.logins.loggedIn(this.browser, "pages.chair@hokudai.ac.jp");
		open("/?lang=en");
		page.findElement(By.id("home-reviewer-pool")).click();
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Reviewer pool");

		page.findElement(By.id("invite-email")).sendKeys("someone@gmail.com");
		page.findElement(By.id("invite-button")).click();
		assertThat(textOf(page, By.id("reviewers-error"), "pre-registration")).contains("someone@gmail.com");

		page.findElement(By.id("invite-email")).sendKeys("pages.reviewer@snu.ac.kr");
		WebElement load = page.findElement(By.id("invite-load"));
		load.clear();
		load.sendKeys("7");
		page.findElement(By.id("invite-button")).click();
		assertThat(textOf(page, By.id("reviewers-invited"), "invited")).contains("pages.reviewer@snu.ac.kr");
		assertThat(page.findElement(By.cssSelector("#pool-table tr[data-email='pages.reviewer@snu.ac.kr']")).getText())
			.contains("SNU", "0 / 7", "not logged in yet");

		// the reviewer's first login creates the account (submission-service does that)
		this.mongo.insert(Account.newAuthor("pages.reviewer@snu.ac.kr", "SNU", Instant.now()));
		this.logins.loggedIn(this.browser, "pages.reviewer@snu.ac.kr");
		open("/");
		assertThat(page.findElement(By.id("nav-reviewer-profile")).getDomAttribute("href"))
			.isEqualTo("http://localhost:8082/profile/reviewer");
		page.findElement(By.id("home-reviewer-profile")).click();
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Reviewer profile");
		page.findElement(By.id("expertise-GENOME_MEDICINE-3")).click();
		page.findElement(By.id("expertise-DEMENTIA_CARE-1")).click();
		page.findElement(By.id("profile-statement")).sendKeys("Perioperative biosignals and deep learning");
		page.findElement(By.id("profile-keywords")).sendKeys("biosignals, 생체신호");
		page.findElement(By.id("profile-department")).sendKeys("VitalLab");
		page.findElement(By.id("profile-save")).click();
		assertThat(textOf(page, By.id("profile-saved"), "saved")).isNotBlank();
		assertThat(page.findElement(By.id("expertise-GENOME_MEDICINE-3")).isSelected()).isTrue();
		assertThat(page.findElement(By.id("profile-keywords")).getDomProperty("value")).isEqualTo("biosignals, 생체신호");

		WebElement maxLoad = page.findElement(By.id("profile-max-load"));
		maxLoad.clear();
		maxLoad.sendKeys("50");
		page.findElement(By.id("profile-save")).click();
		assertThat(textOf(page, By.id("profile-load"), "50")).contains("0");

		open("/profile/reviewer?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("査読者プロフィール");
		open("/profile/reviewer?lang=ko");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("심사위원 프로필");
		open("/?lang=en");

		this.logins.loggedIn(this.browser, "pages.chair@hokudai.ac.jp");
		open("/reviewers?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("査読者プール");
		open("/reviewers?lang=ko");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("심사위원 풀");
		assertThat(page.findElement(By.cssSelector("#pool-table tr[data-email='pages.reviewer@snu.ac.kr']")).getText())
			.contains("유전체 의료 3");
		open("/reviewers?lang=en");
		assertThat(page.findElement(By.cssSelector("#pool-table tr[data-email='pages.reviewer@snu.ac.kr']")).getText())
			.contains("SNU", "VitalLab", "0 / 50", "3")
			.doesNotContain("not logged in yet");
	}

	@Test
	void aReviewerKeepsOwnPapersAndAChairImportsPapers() throws IOException {
		this.mongo.insert(AccountFixtures.author("pages.papers@hokudai.ac.jp").build());
		UUID id = this.mongo
			.findOne(Query.query(Criteria.where("email").is("pages.papers@hokudai.ac.jp")), Account.class)
			.id();
		this.mongo.insert(ReviewerFixtures.profile(id).withEmail("pages.papers@hokudai.ac.jp").build());
		WebDriver page = this.logins.loggedIn(this.browser, "pages.papers@hokudai.ac.jp");
		open("/profile/reviewer?lang=en");
		assertThat(page.findElement(By.id("archive-none")).getText()).isEqualTo("No papers yet.");

		page.findElement(By.id("archive-title")).sendKeys("Early prediction of sepsis in the ICU");
		page.findElement(By.id("archive-abstract")).sendKeys("Vital signs and deep learning.");
		page.findElement(By.id("archive-add")).click();
		assertThat(textOf(page, By.id("archive-added"), "added")).isNotBlank();
		assertThat(page.findElement(By.id("archive-table")).getText()).contains("Early prediction of sepsis", "pasted");

		Path file = Files.createTempFile("archive", ".jsonl");
		Files.writeString(file, "{\"id\":\"u1\",\"content\":{\"title\":\"Septic shock mortality\"}}\n"
				+ "{\"id\":\"u2\",\"content\":{\"title\":{\"value\":\"敗血症の予後\"}}}\n", StandardCharsets.UTF_8);
		page.findElement(By.id("archive-file")).sendKeys(file.toAbsolutePath().toString());
		page.findElement(By.id("archive-upload")).click();
		assertThat(textOf(page, By.id("archive-uploaded"), "2 papers read")).contains("3 papers now");
		page.findElement(By.cssSelector("#archive-table tr[data-paper='u1'] .remove-paper")).click();
		assertThat(textOf(page, By.id("archive-removed"), "removed")).isNotBlank();
		assertThat(page.findElement(By.id("archive-table")).getText()).doesNotContain("Septic shock mortality")
			.contains("敗血症の予後", "uploaded");

		Files.writeString(file, "not json\n", StandardCharsets.UTF_8);
		page.findElement(By.id("archive-file")).sendKeys(file.toAbsolutePath().toString());
		page.findElement(By.id("archive-upload")).click();
		assertThat(textOf(page, By.id("archive-error"), "Line 1")).contains("JSON");
		open("/profile/reviewer?lang=ja");
		assertThat(page.findElement(By.cssSelector("#archive h2")).getText()).isEqualTo("自身の論文");
		open("/profile/reviewer?lang=ko");
		assertThat(page.findElement(By.cssSelector("#archive h2")).getText()).isEqualTo("본인 논문");

		this.logins.loggedIn(this.browser, "pages.chair@hokudai.ac.jp");
		open("/reviewers?lang=en");
		Files.writeString(file,
				"{\"email\":\"pages.papers@hokudai.ac.jp\",\"id\":\"i1\",\"content\":{\"title\":\"Imported\"}}\n",
				StandardCharsets.UTF_8);
		page.findElement(By.id("archives-file")).sendKeys(file.toAbsolutePath().toString());
		page.findElement(By.id("archives-import")).click();
		assertThat(textOf(page, By.id("archives-imported"), "imported")).contains("1 papers imported for 1 reviewers");
		assertThat(page.findElement(By.cssSelector("#pool-table tr[data-email='pages.papers@hokudai.ac.jp'] .papers"))
			.getText()).isEqualTo("3");
		Files.delete(file);
	}

	@Test
	void aChairChangesACapAndRemovesAReviewerWithTheKeyboard() {
		UUID reviewer = Account.idFor("pages.cap@hokudai.ac.jp");
		this.mongo.insert(ReviewerFixtures.profile(reviewer).withEmail("pages.cap@hokudai.ac.jp").build());
		this.mongo.insert(Assignment.of(reviewer, UUID.randomUUID(), AssignmentSource.MANUAL, Instant.now()));
		WebDriver page = this.logins.loggedIn(this.browser, "pages.chair@hokudai.ac.jp");
		open("/reviewers?lang=en");
		By row = By.cssSelector("#pool-table tr[data-email='pages.cap@hokudai.ac.jp']");
		WebElement cap = page.findElement(row).findElement(By.className("cap-input"));
		cap.clear();
		cap.sendKeys("0", Keys.ENTER);
		assertThat(textOf(page, By.id("reviewers-error"), "cannot be below")).contains("pages.cap@hokudai.ac.jp", "1");
		cap = page.findElement(row).findElement(By.className("cap-input"));
		cap.clear();
		cap.sendKeys("4", Keys.ENTER);
		assertThat(textOf(page, By.id("reviewers-cap-changed"), "4")).contains("pages.cap@hokudai.ac.jp");
		assertThat(page.findElement(row).getText()).contains("1 / 4");

		page.findElement(row).findElement(By.className("remove-link")).sendKeys(Keys.ENTER);
		assertThat(textOf(page, By.id("remove-confirm"), "pages.cap@hokudai.ac.jp")).contains("1");
		assertThat(page.findElement(By.id("remove-assignments")).getText()).contains("1");
		page.findElement(By.id("remove-confirm-button")).sendKeys(Keys.ENTER);
		assertThat(textOf(page, By.id("reviewers-removed"), "pages.cap@hokudai.ac.jp")).contains("1");
		assertThat(page.findElements(row)).isEmpty();
		assertThat(this.mongo.findById(reviewer, ReviewerProfile.class)).isNull();
		assertThat(this.mongo.find(Query.query(Criteria.where("reviewerId").is(reviewer)), Assignment.class)).isEmpty();

		open("/reviewers?lang=ja");
		assertThat(page.findElement(By.cssSelector("#pool-table th:last-child")).getText()).isEqualTo("管理");
		open("/reviewers?lang=ko");
		assertThat(page.findElement(By.cssSelector("#pool-table th:last-child")).getText()).isEqualTo("관리");
	}

	@Test
	void theLandingPageShowsEachRoleItsOwnSteps() {
		WebDriver page = this.logins.loggedIn(this.browser, "pages.chair@hokudai.ac.jp");
		open("/?lang=en");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Abstract review");
		assertThat(page.findElements(By.cssSelector("#home-chair a")))
			.extracting((link) -> link.getDomAttribute("href"))
			.containsExactly("/reviewers", "/conflicts", "/assignments", "/review-form", "/progress", "/rankings",
					"/decisions", "/program/edit", "http://localhost:8081/settings");
		assertThat(page.findElements(By.id("home-reviewer"))).isEmpty();
		assertThat(page.findElements(By.id("home-others"))).isEmpty();
		open("/?lang=ja");
		assertThat(page.findElement(By.id("home-chair")).getText()).contains("査読者プール", "利益相反", "進捗", "ランキング", "採否");
		open("/?lang=ko");
		assertThat(page.findElement(By.id("home-chair")).getText()).contains("심사위원 풀", "이해충돌", "진행 현황", "순위", "채택 결정");

		UUID reviewer = Account.idFor("pages.home@snu.ac.kr");
		this.mongo.insert(ReviewerFixtures.profile(reviewer).withEmail("pages.home@snu.ac.kr").build());
		this.mongo.insert(Account.newAuthor("pages.home@snu.ac.kr", "SNU", Instant.now()));
		this.logins.loggedIn(this.browser, "pages.home@snu.ac.kr");
		open("/?lang=en");
		assertThat(page.findElements(By.cssSelector("#home-reviewer a")))
			.extracting((link) -> link.getDomAttribute("href"))
			.containsExactly("/reviews", "/profile/reviewer", "/bids", "/assignments/mine");
		assertThat(page.findElements(By.id("home-chair"))).isEmpty();
		open("/?lang=ko");
		assertThat(page.findElement(By.id("home-reviewer")).getText()).contains("입찰");

		this.mongo.insert(AccountFixtures.author("pages.home.author@hokudai.ac.jp").build());
		this.logins.loggedIn(this.browser, "pages.home.author@hokudai.ac.jp");
		open("/?lang=en");
		assertThat(page.findElement(By.id("home-others")).getText()).contains("invitation");
		assertThat(page.findElement(By.id("home-submission")).getDomAttribute("href"))
			.isEqualTo("http://localhost:8081");
		assertThat(page.findElements(By.id("home-chair"))).isEmpty();
		assertThat(page.findElements(By.id("home-reviewer"))).isEmpty();
	}

	@Test
	void someoneWhoIsNoChairIsRefusedThePool() {
		this.mongo.insert(AccountFixtures.author("pages.author@hokudai.ac.jp").build());
		WebDriver page = this.logins.loggedIn(this.browser, "pages.author@hokudai.ac.jp");
		open("/?lang=en");
		assertThat(page.findElements(By.id("nav-reviewers"))).isEmpty();
		open("/reviewers");
		assertThat(page.findElements(By.id("invite-form"))).isEmpty();
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
