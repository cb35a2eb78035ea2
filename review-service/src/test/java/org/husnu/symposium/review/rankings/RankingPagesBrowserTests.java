package org.husnu.symposium.review.rankings;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.decisions.DecisionState;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewForm;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
import org.husnu.symposium.test.Browser;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.husnu.symposium.test.fixtures.ReviewerFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
 * The chairs' ranking page (filters, balance of the top N, the decision form's
 * checkboxes) and the reviews of one abstract side by side, in Chromium, in English,
 * Japanese and Korean.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
@TestInstance(Lifecycle.PER_CLASS)
class RankingPagesBrowserTests {

	private static final String CHAIR = "rankpages.chair@hokudai.ac.jp";

	private static final String REVIEWER = "rankpages.snu@snu.ac.kr";

	private static final Instant AT = Instant.parse("2027-01-15T03:00:00Z");

	@Value("${local.server.port}")
	int port;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	MongoOperations mongo;

	Browser browser;

	Logins logins;

	final Map<String, UUID> abstracts = new HashMap<>();

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start();
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		for (Class<?> type : List.of(Review.class, Decision.class, Assignment.class, AbstractSubmission.class,
				ReviewForm.class, ReviewerProfile.class)) {
			this.mongo.remove(new Query(), type);
		}
		store(AccountFixtures.chair(CHAIR).build());
		Account hu = AccountFixtures.author("rankpages.hu@hokudai.ac.jp")
			.withName("Hanako Kita")
			.withInstitution("HU")
			.build();
		Account snu = AccountFixtures.author(REVIEWER).withName("Jisoo Park").withInstitution("SNU").build();
		store(hu);
		store(snu);
		this.mongo.insert(ReviewerFixtures.profile(hu.id()).withEmail(hu.email()).build());
		this.mongo.insert(ReviewerFixtures.profile(snu.id()).withEmail(snu.email()).build());
		abstractOf("A-601", "Sepsis prediction", "HU", "GENOME_MEDICINE", true);
		abstractOf("A-602", "Care robots", "SNU", "DEMENTIA_CARE", false);
		abstractOf("A-603", "Genome screening", "HU", "GENOME_MEDICINE", false);
		review(hu, "A-601", 5, "Excellent", "Oral for sure");
		review(snu, "A-601", 2, "Needs work", "Weak methods");
		review(hu, "A-602", 4, "Good", "Fine");
		review(snu, "A-602", 4, "Good", "Fine");
		review(snu, "A-603", 3, "Fair", "Average");
		this.mongo
			.insert(Decision.held(this.abstracts.get("A-602"), DecisionOutcome.ACCEPT_POSTER, UUID.randomUUID(), AT));
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aChairFiltersTheRankingSeesTheBalanceAndReadsTheReviewsSideBySide() {
		WebDriver page = this.logins.loggedIn(this.browser, CHAIR);
		open("/?lang=en");
		assertThat(page.findElement(By.id("nav-rankings")).getDomAttribute("href"))
			.isEqualTo("http://localhost:8082/rankings");
		open("/rankings");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Ranking");
		assertThat(page.findElements(By.cssSelector("#ranking-table tbody tr"))).hasSize(3);
		assertThat(page.findElements(By.cssSelector("#ranking-table input[type=checkbox][name=abstract]"))).hasSize(3);
		WebElement form = page.findElement(By.id("decide-form"));
		assertThat(form.getDomAttribute("action")).isEqualTo("/decisions/bulk");
		assertThat(form.getDomAttribute("method")).isEqualTo("post");
		assertThat(form.findElement(By.name("returnTo")).getDomAttribute("value")).isEqualTo("/rankings");
		assertThat(form.findElement(By.name("_csrf")).getDomAttribute("value")).isNotBlank();
		assertThat(new Select(page.findElement(By.id("decide-outcome"))).getOptions()).extracting(WebElement::getText)
			.containsExactly("Accept (oral)", "Accept (poster)", "Reject");
		assertThat(page.findElement(By.id("row-A-601")).getText()).contains("disputed");
		assertThat(page.findElement(By.id("row-A-602")).getText()).contains("Accept (poster)", "held")
			.doesNotContain("disputed");
		assertThat(page.findElement(By.id("balance")).getText()).contains("Balance of the top 3 (of 3 abstracts)");
		assertThat(page.findElement(By.id("balance-institutions")).getText()).contains("HU 2 (67%) 2 (67%)",
				"SNU 1 (33%) 1 (33%)", "Student presenters 1 (33%) 1 (33%)");

		new Select(page.findElement(By.id("filter-institution"))).selectByValue("HU");
		page.findElement(By.id("filter-top")).clear();
		page.findElement(By.id("filter-top")).sendKeys("1");
		page.findElement(By.id("filter-apply")).click();
		waitForUrl(page, "top=1");
		assertThat(page.getCurrentUrl()).contains("institution=HU");
		assertThat(page.findElements(By.cssSelector("#ranking-table tbody tr"))).hasSize(2);
		assertThat(page.findElement(By.id("ranking-table")).getText()).doesNotContain("A-602");
		assertThat(page.findElement(By.id("balance")).getText()).contains("Balance of the top 1 (of 3 abstracts)");
		assertThat(page.findElement(By.id("decide-form")).findElement(By.name("returnTo")).getDomAttribute("value"))
			.isEqualTo("/rankings?institution=HU&top=1");
		page.findElement(By.id("check-all")).click();
		assertThat(page.findElements(By.cssSelector("#ranking-table input[name=abstract]")))
			.allSatisfy((box) -> assertThat(box.isSelected()).isTrue());
		// deciding from the ranking: held decisions, back on the same filtered ranking
		new Select(page.findElement(By.id("decide-outcome"))).selectByValue("ACCEPT_ORAL");
		page.findElement(By.id("decide-button")).click();
		new WebDriverWait(page, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("rankings-decided")));
		assertThat(page.findElement(By.id("rankings-decided")).getText()).isEqualTo("2 abstracts decided (held).");
		assertThat(page.getCurrentUrl()).contains("institution=HU", "top=1");
		assertThat(page.findElement(By.id("row-A-601")).getText()).contains("Accept (oral)", "held");
		assertThat(page.findElement(By.id("row-A-603")).getText()).contains("Accept (oral)", "held");
		assertThat(this.mongo.findById(this.abstracts.get("A-601"), Decision.class).state())
			.isEqualTo(DecisionState.HELD);

		page.findElement(By.id("sort-weightedMean")).click();
		waitForUrl(page, "sort=weightedMean");
		assertThat(page.getCurrentUrl()).contains("institution=HU");
		page.findElement(By.linkText("A-601")).click();
		waitForUrl(page, "/rankings/A-601");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("A-601 · Sepsis prediction");
		String side = page.findElement(By.id("side-by-side")).getText();
		assertThat(side).contains("Hanako Kita", "Jisoo Park", "Originality", "Excellent", "Needs work",
				"Oral for sure", "Weak methods", "Accept (oral)");
		assertThat(page.findElement(By.id("pager")).getText()).contains("Place 1 of 2", "A-603");
		page.findElement(By.id("pager-next")).click();
		waitForUrl(page, "/rankings/A-603");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("A-603 · Genome screening");
		page.findElement(By.id("pager-back")).click();
		waitForUrl(page, "/rankings?");
		assertThat(page.getCurrentUrl()).contains("institution=HU");

		open("/rankings?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("ランキング");
		assertThat(page.findElement(By.id("balance")).getText()).contains("上位 3 件のバランス", "学生発表者");
		assertThat(page.findElement(By.id("row-A-601")).getText()).contains("意見相違");
		open("/rankings/A-601?lang=ja");
		assertThat(page.findElement(By.id("reviews")).getText()).contains("査読の比較", "独創性", "座長・プログラム委員長への非公開コメント");
		open("/rankings?lang=ko");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("순위");
		assertThat(page.findElement(By.id("decide-button")).getText()).isEqualTo("보류 결정으로 저장");
		assertThat(page.findElement(By.id("balance")).getText()).contains("상위 3개의 균형");
		open("/rankings/A-601?lang=ko");
		assertThat(page.findElement(By.id("reviews")).getText()).contains("심사 비교", "독창성", "확신도");
		open("/rankings?lang=en");
	}

	@Test
	void aReviewerHasNoRankingLinkAndNoRanking() {
		WebDriver page = this.logins.loggedIn(this.browser, REVIEWER);
		open("/?lang=en");
		assertThat(page.findElements(By.id("nav-rankings"))).isEmpty();
		open("/rankings");
		assertThat(page.findElements(By.id("ranking-table"))).isEmpty();
		assertThat(page.getPageSource()).doesNotContain("Sepsis prediction", "Oral for sure");
	}

	private void store(Account account) {
		this.mongo.remove(Query.query(Criteria.where("email").is(account.email())), Account.class);
		this.mongo.insert(account);
	}

	private void abstractOf(String number, String title, String institution, String topic, boolean student) {
		UUID id = UUID.randomUUID();
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(id)
			.withNumber(number)
			.withTitle(title)
			.withAuthors(new Author("Presenter " + number, "Lab", institution,
					"presenter." + number.toLowerCase() + "@example.org", true))
			.withPrimaryTopic(topic)
			.withStudentPresenter(student)
			.build());
		this.abstracts.put(number, id);
	}

	private void review(Account reviewer, String number, int score, String toAuthors, String toChairs) {
		Map<String, Integer> scores = new HashMap<>();
		ReviewForm.defaultForm().criteria().forEach((criterion) -> scores.put(criterion.code(), score));
		this.mongo.insert(new Review(null, this.abstracts.get(number), reviewer.id(), scores, 3,
				(score >= 5) ? Recommendation.ACCEPT_ORAL : Recommendation.ACCEPT_POSTER, toAuthors, toChairs,
				ReviewStatus.SUBMITTED, AT, AT, null));
	}

	private static void waitForUrl(WebDriver page, String part) {
		new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
	}

	private WebDriver open(String path) {
		return this.browser.open("http://127.0.0.1:" + this.port + path);
	}

}
