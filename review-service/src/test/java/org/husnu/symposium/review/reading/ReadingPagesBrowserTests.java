package org.husnu.symposium.review.reading;

import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.conflicts.ConflictReason;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
import org.husnu.symposium.test.Browser;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.TestPdfs;
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
 * The abstract page in Chromium: a reviewer opens an assigned abstract from their list
 * and reads it blind in English, Japanese and Korean, with the PDF in the page and for
 * download; a reviewer who conflicts with it gets the not-found page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
@TestInstance(Lifecycle.PER_CLASS)
class ReadingPagesBrowserTests {

	private static final String REVIEWER = "rpages.snu@snu.ac.kr";

	private static final String CONFLICTED = "rpages.hu@hokudai.ac.jp";

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
		// the store is shared with the other tests of this module
		this.mongo.remove(new Query(), Assignment.class);
		this.mongo.remove(new Query(), ReviewerProfile.class);
		this.mongo.remove(new Query(), AbstractSubmission.class);
		this.mongo.remove(new Query(), Conflict.class);
		Account snu = AccountFixtures.author(REVIEWER).withInstitution("SNU").withDepartment("Nursing").build();
		Account hu = AccountFixtures.author(CONFLICTED).withInstitution("HU").withDepartment("Radiology").build();
		this.mongo.insert(snu);
		this.mongo.insert(hu);
		this.mongo.insert(ReviewerFixtures.profile(snu.id()).withEmail(snu.email()).build());
		this.mongo.insert(ReviewerFixtures.profile(hu.id()).withEmail(hu.email()).build());
		AbstractSubmission submission = UploadedAbstracts.store(this.mongo,
				AbstractFixtures.submitted()
					.withId(UUID.randomUUID())
					.withNumber("A-501")
					.withTitle("Federated sepsis prediction across two hospitals")
					.withAuthors(AbstractFixtures.presenter(),
							new Author("Minjun Kim", "Biomedical Informatics", "SNU", "minjun.kim@snu.ac.kr", false))
					.withSecondaryTopics("DEMENTIA_CARE")
					.withKeywords("sepsis", "federated learning")
					.withText("We trained one model on the records of both hospitals without moving them."),
				"sato-final.pdf", TestPdfs.a4WithText("Federated sepsis prediction, an anonymous abstract."));
		this.mongo.insert(Assignment.of(snu.id(), submission.id(), AssignmentSource.MANUAL, submission.createdAt()));
		this.mongo.insert(Assignment.of(hu.id(), submission.id(), AssignmentSource.MANUAL, submission.createdAt()));
		this.mongo.insert(Conflict.of(hu.id(), submission.id(), ConflictReason.DECLARED, "Former student",
				submission.createdAt()));
		setBlindReview(true);
	}

	@AfterAll
	void stopBrowser() {
		setBlindReview(false);
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aReviewerOpensAnAssignedAbstractFromTheirListAndReadsItBlindInEachLanguage() {
		WebDriver page = this.logins.loggedIn(this.browser, REVIEWER);
		open("/assignments/mine?lang=en");
		page.findElement(By.id("open-A-501")).click();
		assertThat(page.getCurrentUrl()).endsWith("/abstracts/A-501");
		assertThat(page.findElement(By.id("abstract-title")).getText())
			.isEqualTo("Federated sepsis prediction across two hospitals");
		assertThat(page.findElement(By.id("abstract-topics")).getText()).contains("Genome medicine")
			.doesNotContain("GENOME_MEDICINE", "DEMENTIA_CARE");
		assertThat(page.findElement(By.id("abstract-presentation")).getText()).contains("Oral");
		assertThat(page.findElement(By.id("abstract-text")).getText()).contains("without moving them");
		assertThat(page.findElement(By.id("authors-hidden")).getText()).isNotBlank();
		assertThat(page.findElements(By.id("author-list"))).isEmpty();
		assertThat(page.findElement(By.tagName("main")).getText()).doesNotContain("Aiko", "Sato", "Minjun",
				"sato-final");
		assertThat(page.findElement(By.id("pdf-download")).getDomAttribute("href"))
			.isEqualTo("/api/abstracts/A-501/pdf");
		assertThat(page.findElement(By.id("pdf-inline")).getDomAttribute("data"))
			.isEqualTo("/api/abstracts/A-501/pdf?inline=true");
		assertThat(page.findElement(By.id("pdf-version")).getText()).isEqualTo("1");
		String english = page.findElement(By.id("abstract-topics")).getText();

		open("/abstracts/A-501?lang=ja");
		assertThat(page.findElement(By.id("authors-hidden")).getText()).contains("ブラインド査読");
		assertThat(page.findElement(By.id("pdf-download")).getText()).isEqualTo("PDF をダウンロード");
		assertThat(page.findElement(By.id("abstract-topics")).getText()).isNotEqualTo(english)
			.doesNotContain("GENOME_MEDICINE");
		open("/abstracts/A-501?lang=ko");
		assertThat(page.findElement(By.id("authors-hidden")).getText()).contains("블라인드 심사");
		assertThat(page.findElement(By.id("pdf-download")).getText()).isEqualTo("PDF 내려받기");
		assertThat(page.findElement(By.id("back-to-mine")).getText()).isEqualTo("내 배정 초록");
	}

	@Test
	void aConflictedReviewerGetsTheNotFoundPageAndNoLink() {
		WebDriver page = this.logins.loggedIn(this.browser, CONFLICTED);
		open("/assignments/mine?lang=en");
		assertThat(page.findElement(By.id("mine-none")).getText()).isNotBlank();
		assertThat(page.findElements(By.id("open-A-501"))).isEmpty();
		open("/abstracts/A-501");
		assertThat(page.findElement(By.id("error-message")).getText()).isEqualTo("There is no page here.");
		assertThat(page.findElement(By.tagName("body")).getText()).doesNotContain("Federated sepsis");
	}

	private void setBlindReview(boolean blind) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is("event")), new Update().set("blindReview", blind),
				"event_settings");
	}

	private WebDriver open(String path) {
		return this.browser.open("http://127.0.0.1:" + this.port + path);
	}

}
