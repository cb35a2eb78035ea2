package org.husnu.symposium.review.assignment;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
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
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chairs' assignment page (compute, preview, apply, remove) and the reviewer's list
 * of assigned abstracts, in Chromium.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
@TestInstance(Lifecycle.PER_CLASS)
class AssignmentPagesBrowserTests {

	private static final String CHAIR = "apages.chair@hokudai.ac.jp";

	private static final String REVIEWER = "apages.snu@snu.ac.kr";

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
		// the store is shared with the other tests of this module: start from an empty
		// pool
		this.mongo.remove(new Query(), Assignment.class);
		this.mongo.remove(new Query(), ReviewerProfile.class);
		this.mongo.remove(new Query(), AbstractSubmission.class);
		this.mongo.insert(AccountFixtures.chair(CHAIR).build());
		Account hu = AccountFixtures.author("apages.hu@hokudai.ac.jp").withInstitution("HU").build();
		Account snu = AccountFixtures.author(REVIEWER).withInstitution("SNU").build();
		this.mongo.insert(hu);
		this.mongo.insert(snu);
		this.mongo.insert(ReviewerFixtures.profile(hu.id()).withEmail(hu.email()).withMaxLoad(3).build());
		this.mongo.insert(ReviewerFixtures.profile(snu.id())
			.withEmail(snu.email())
			.withMaxLoad(3)
			.withStatement("Federated learning across hospitals without moving patient data")
			.build());
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(UUID.randomUUID())
			.withNumber("A-301")
			.withTitle("Federated learning across hospitals")
			.build());
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aChairPreviewsAndAppliesAProposalAndTheReviewerSeesTheAbstract() {
		WebDriver page = this.logins.loggedIn(this.browser, CHAIR);
		open("/?lang=en");
		assertThat(page.findElement(By.id("nav-assignments")).getDomAttribute("href"))
			.isEqualTo("http://localhost:8082/assignments");
		open("/assignments");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Assignments");
		page.findElement(By.id("compute-k")).sendKeys("2");
		page.findElement(By.id("compute-button")).click();
		assertThat(textOf(page, By.id("proposal-pairs"), "A-301")).contains("apages.snu@snu.ac.kr",
				"apages.hu@hokudai.ac.jp", "expertise");
		assertThat(page.findElement(By.id("proposal-coverage")).getText()).contains("A-301", "2 / 2", "HU, SNU");
		assertThat(page.findElement(By.id("proposal-loads")).getText()).contains("1 / 3");
		assertThat(page.findElement(By.id("proposal-affinity")).getText()).contains("own papers");
		assertThat(page.findElement(By.id("proposal-pairs")).getText()).contains("Why (text affinity)")
			.as("the statement is named in the page's language, not by the API's English title")
			.contains("the reviewer's research statement and keywords")
			.doesNotContain("Research statement and keywords");
		page.findElement(By.id("apply-button")).click();
		assertThat(textOf(page, By.id("assignments-applied"), "2 pairs written")).isNotBlank();
		assertThat(page.findElement(By.id("assignments-table")).getText()).contains("A-301", "automatic");
		assertThat(this.mongo.count(new Query(), Assignment.class)).isEqualTo(2);

		open("/assignments?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("査読割り当て");
		open("/assignments?lang=ko");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("심사 배정");

		this.logins.loggedIn(this.browser, REVIEWER);
		open("/?lang=en");
		assertThat(page.findElements(By.id("nav-assignments"))).isEmpty();
		assertThat(page.findElement(By.id("nav-my-assignments")).getDomAttribute("href"))
			.isEqualTo("http://localhost:8082/assignments/mine");
		open("/assignments/mine");
		assertThat(textOf(page, By.id("mine-table"), "A-301")).contains("Federated learning across hospitals")
			.contains("Genome medicine")
			.doesNotContain("GENOME_MEDICINE")
			.doesNotContain("Aiko Sato");
		open("/assignments");
		assertThat(page.findElements(By.id("compute-form"))).isEmpty();

		this.logins.loggedIn(this.browser, CHAIR);
		open("/assignments?lang=en");
		page.findElements(By.cssSelector("#assignments-table button.remove")).get(0).click();
		assertThat(textOf(page, By.id("assignments-removed"), "removed")).isNotBlank();
		assertThat(this.mongo.count(new Query(), Assignment.class)).isEqualTo(1);
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
