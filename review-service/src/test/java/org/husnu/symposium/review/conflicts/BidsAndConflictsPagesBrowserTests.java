package org.husnu.symposium.review.conflicts;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.abstracts.DeclaredConflict;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.conflicts.ConflictReason;
import org.husnu.symposium.core.reviewers.Bid;
import org.husnu.symposium.core.reviewers.BidLevel;
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
import org.openqa.selenium.Keys;
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
 * The reviewers' bid page and the chairs' conflicts page, in Chromium: a bid is chosen
 * and saved with the keyboard, a declared conflict takes the abstract off the page, and
 * the chair overrides a computed same-lab conflict and one the authors declared.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
@TestInstance(Lifecycle.PER_CLASS)
class BidsAndConflictsPagesBrowserTests {

	private static final String CHAIR = "bidpages.chair@hokudai.ac.jp";

	private static final String REVIEWER = "bidpages.lee@snu.ac.kr";

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
		this.mongo.insert(AccountFixtures.chair(CHAIR).build());
		Account reviewer = this.mongo.insert(AccountFixtures.reviewer(REVIEWER)
			.withId(Account.idFor(REVIEWER))
			.withName("Seoyeon Lee")
			.withInstitution("SNU")
			.withDepartment("VitalLab")
			.build());
		this.mongo.insert(ReviewerFixtures.profile(reviewer.id()).withEmail(REVIEWER).build());
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(UUID.randomUUID())
			.withNumber("A-911")
			.withTitle("Biosignals in the operating room")
			.withAuthors(new Author("Daiki Mori", null, "HU", "daiki.mori@hokudai.ac.jp", true),
					new Author("Hana Choi", "VitalLab", "SNU", "hana.choi@snu.ac.kr", false))
			.build());
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(UUID.randomUUID())
			.withNumber("A-912")
			.withTitle("Federated learning across hospitals")
			.withAuthors(new Author("Daiki Mori", null, "HU", "daiki.mori@hokudai.ac.jp", true))
			.build());
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aReviewerBidsAndDeclaresAConflictAndTheChairOverridesAComputedOne() {
		WebDriver page = this.logins.loggedIn(this.browser, REVIEWER);
		open("/?lang=en");
		assertThat(page.findElement(By.id("nav-bids")).getDomAttribute("href")).endsWith("/bids");
		page.findElement(By.id("home-bids")).click();
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Bids");
		assertThat(page.findElements(By.id("bid-A-911"))).as("same lab as Hana Choi").isEmpty();
		assertThat(page.findElement(By.id("bid-A-912")).getText()).contains("Federated learning across hospitals")
			.as("topic areas by name, not code")
			.contains("Genome medicine")
			.doesNotContain("GENOME_MEDICINE");

		// search: words and a topic area, submitted with Enter; the count says how many
		// of all
		// (other test classes share the store: the number makes the search unique here)
		page.findElement(By.id("bid-search")).sendKeys("a-912 federated hospitals");
		new Select(page.findElement(By.id("bid-topic"))).selectByValue("GENOME_MEDICINE");
		page.findElement(By.id("bid-search")).sendKeys(Keys.ENTER);
		new WebDriverWait(page, Duration.ofSeconds(10)).until((driver) -> driver.getCurrentUrl().contains("q="));
		assertThat(page.findElements(By.cssSelector("article.bid"))).hasSize(1);
		assertThat(page.findElement(By.id("bid-A-912")).isDisplayed()).isTrue();
		assertThat(page.findElement(By.id("bids-count")).getText()).startsWith("Showing 1 of the");
		assertThat(page.findElement(By.id("bid-search")).getDomProperty("value"))
			.isEqualTo("a-912 federated hospitals");
		page.findElement(By.id("bid-filter-clear")).click();
		new WebDriverWait(page, Duration.ofSeconds(10)).until((driver) -> !driver.getCurrentUrl().contains("q="));
		assertThat(page.findElements(By.id("bid-filter-clear"))).isEmpty();

		// with the keyboard only: select +2 with the space bar, save with Enter
		page.findElement(By.id("level-A-912-2")).sendKeys(Keys.SPACE);
		page.findElement(By.id("save-A-912")).sendKeys(Keys.ENTER);
		assertThat(textOf(page, By.id("bids-status"), "saved")).contains("A-912");
		assertThat(this.mongo.findById(Bid.idFor(Account.idFor(REVIEWER), idOf("A-912")), Bid.class).level())
			.isEqualTo(BidLevel.EAGER);

		page.findElement(By.id("conflict-note-A-912")).sendKeys("my former supervisor");
		page.findElement(By.id("conflict-A-912")).sendKeys(Keys.ENTER);
		assertThat(textOf(page, By.id("bids-status"), "conflict declared")).contains("A-912");
		assertThat(page.findElements(By.id("bid-A-912"))).isEmpty();
		assertThat(this.mongo
			.findById(Conflict.idFor(Account.idFor(REVIEWER), idOf("A-912"), ConflictReason.DECLARED), Conflict.class)
			.note()).isEqualTo("my former supervisor");
		open("/bids?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("入札");
		open("/bids?lang=ko");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("입찰");
		assertThat(page.findElements(By.id("nav-conflicts"))).isEmpty();

		this.logins.loggedIn(this.browser, CHAIR);
		open("/?lang=en");
		page.findElement(By.id("home-conflicts")).click();
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Conflicts of interest");
		assertThat(page.findElements(By.id("nav-conflicts"))).isNotEmpty();
		String computed = "#conflicts-table tr[data-number='A-911'][data-reviewer='" + REVIEWER + "']";
		String declared = "#conflicts-table tr[data-number='A-912'][data-reviewer='" + REVIEWER + "']";
		assertThat(page.findElement(By.cssSelector(computed)).getText()).contains("Same department or lab", "computed");
		assertThat(page.findElement(By.cssSelector(declared)).getText()).contains("Declared", REVIEWER,
				"my former supervisor");
		assertThat(page.findElements(By.cssSelector(declared + " form"))).as("declared ones are not overridden")
			.isEmpty();
		page.findElement(By.cssSelector(computed + " input[name=reason]")).sendKeys("different projects");
		page.findElement(By.cssSelector(computed + " button")).click();
		assertThat(textOf(page, By.id("conflicts-overridden"), "overridden")).contains("SAME_LAB");
		assertThat(page.findElement(By.cssSelector(computed)).getText()).contains("Overridden by " + CHAIR,
				"different projects");
		open("/conflicts?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("利益相反");
		open("/conflicts?lang=ko");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("이해충돌");

		this.logins.loggedIn(this.browser, REVIEWER);
		open("/bids?lang=en");
		assertThat(page.findElement(By.id("bid-A-911")).getText()).as("the override lets the reviewer bid")
			.contains("Biosignals in the operating room");
	}

	@Test
	void theChairOverridesAConflictTheAuthorsDeclaredWithTheKeyboard() {
		Account author = this.mongo.insert(AccountFixtures.author("bidpages.author@hokudai.ac.jp").build());
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(UUID.randomUUID())
			.withNumber("A-913")
			.withSubmitter(author.id())
			.withTitle("Waveform foundation models")
			.withAuthors(new Author("Daiki Mori", null, "HU", "bidpages.author@hokudai.ac.jp", true))
			.withDeclaredConflicts(new DeclaredConflict(Account.idFor(REVIEWER), "competing grant"))
			.build());
		WebDriver page = this.logins.loggedIn(this.browser, REVIEWER);
		open("/bids?lang=en");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Bids");
		assertThat(page.findElements(By.id("bid-A-913"))).as("the authors named this reviewer").isEmpty();

		this.logins.loggedIn(this.browser, CHAIR);
		open("/conflicts?lang=en");
		String row = "#conflicts-table tr[data-number='A-913'][data-reviewer='" + REVIEWER + "']";
		assertThat(page.findElement(By.cssSelector(row)).getText()).contains("Declared by the authors",
				"competing grant", "bidpages.author@hokudai.ac.jp (authors)");
		page.findElement(By.cssSelector(row + " input[name=reason]")).sendKeys("different field");
		page.findElement(By.cssSelector(row + " button")).sendKeys(Keys.ENTER);
		assertThat(textOf(page, By.id("conflicts-overridden"), "overridden")).contains("AUTHOR_DECLARED");
		assertThat(page.findElement(By.cssSelector(row)).getText()).contains("Overridden by " + CHAIR,
				"different field");
		open("/conflicts?lang=ja");
		assertThat(page.findElement(By.cssSelector(row)).getText()).contains("著者が申告");
		open("/conflicts?lang=ko");
		assertThat(page.findElement(By.cssSelector(row)).getText()).contains("저자가 신고");

		this.logins.loggedIn(this.browser, REVIEWER);
		open("/bids?lang=en");
		assertThat(page.findElement(By.id("bid-A-913")).getText()).contains("Waveform foundation models")
			.doesNotContain("competing grant");
	}

	private UUID idOf(String number) {
		return this.mongo.findOne(Query.query(Criteria.where("number").is(number)), AbstractSubmission.class).id();
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
