package org.husnu.symposium.submission.abstracts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.platform.login.LoginTokenService;
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
import org.openqa.selenium.WebDriver;

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
 * The author's abstract page and list with a released decision, in Chromium, in English,
 * Japanese and Korean; and nothing of it while the decision is held.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(EmbeddedStoreTestConfiguration.class)
@TestInstance(Lifecycle.PER_CLASS)
class DecisionPageBrowserTests {

	private static final String AUTHOR = "decision.page@hokudai.ac.jp";

	private static final String COMMENT = "Please add the size of the validation cohort.";

	@Value("${local.server.port}")
	int port;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	MongoOperations mongo;

	Browser browser;

	Logins logins;

	UUID released;

	UUID held;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start();
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		this.mongo.remove(Query.query(Criteria.where("number").in("A-851", "A-852")), AbstractSubmission.class);
		this.mongo.remove(Query.query(Criteria.where("email").is(AUTHOR)), Account.class);
		Account author = AccountFixtures.author(AUTHOR).build();
		this.mongo.insert(author);
		this.released = UUID.randomUUID();
		this.held = UUID.randomUUID();
		for (UUID id : new UUID[] { this.released, this.held }) {
			this.mongo.insert(AbstractFixtures.submitted()
				.withId(id)
				.withNumber(id.equals(this.released) ? "A-851" : "A-852")
				.withSubmitter(author.id())
				.withTitle(id.equals(this.released) ? "Released abstract" : "Held abstract")
				.withAuthors(new Author("Aiko Sato", "Radiology", "HU", AUTHOR, true))
				.build());
			Instant at = Instant.parse("2027-02-10T00:00:00Z");
			this.mongo.insert(
					new Review(null, id, UUID.randomUUID(), Map.of("ORIGINALITY", 4), 3, Recommendation.ACCEPT_POSTER,
							COMMENT, "CONFIDENTIAL-remark", ReviewStatus.SUBMITTED, at, at, null));
		}
		Instant at = Instant.parse("2027-03-01T03:00:00Z");
		this.mongo
			.insert(Decision.held(this.released, DecisionOutcome.ACCEPT_POSTER, UUID.randomUUID(), at).release(at));
		this.mongo.insert(Decision.held(this.held, DecisionOutcome.REJECT, UUID.randomUUID(), at));
	}

	@AfterAll
	void stopBrowser() {
		this.mongo.remove(Query.query(Criteria.where("_id").in(this.released, this.held)), Decision.class);
		this.mongo.remove(Query.query(Criteria.where("abstractId").in(this.released, this.held)), Review.class);
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void theAuthorSeesTheReleasedDecisionWithTheCommentsInTheirLanguage() {
		WebDriver page = this.logins.loggedIn(this.browser, AUTHOR);
		open("/abstracts/" + this.released + "?lang=en");
		assertThat(page.findElement(By.id("abstract-status")).getText()).isEqualTo("Accepted (poster)");
		assertThat(page.findElement(By.id("decision")).getText()).contains("Decision", "Accepted (poster)",
				"released 2027-03-01 12:00 JST", "Reviewer 1", COMMENT);
		assertThat(page.getPageSource()).doesNotContain("CONFIDENTIAL-remark");
		assertThat(page.findElements(By.id("edit-abstract"))).isEmpty();
		assertThat(page.findElements(By.id("withdraw-abstract"))).isEmpty();

		open("/abstracts/" + this.released + "?lang=ja");
		assertThat(page.findElement(By.id("decision")).getText()).contains("採否の結果", "2027-03-01 12:00（日本時間）に公開",
				"査読者 1", COMMENT);
		open("/abstracts/" + this.released + "?lang=ko");
		assertThat(page.findElement(By.id("decision")).getText()).contains("심사 결과", "심사위원 1", COMMENT);

		open("/abstracts?lang=en");
		String list = page.findElement(By.tagName("main")).getText();
		assertThat(list).contains("A-851", "Accepted (poster)", "A-852");

		open("/abstracts/" + this.held + "?lang=en");
		assertThat(page.findElement(By.id("abstract-status")).getText()).isEqualTo("Submitted");
		assertThat(page.findElements(By.id("decision"))).isEmpty();
		assertThat(page.getPageSource()).doesNotContain(COMMENT, "Not accepted");
	}

	private WebDriver open(String path) {
		return this.browser.open("http://127.0.0.1:" + this.port + path);
	}

}
