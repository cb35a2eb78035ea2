package org.husnu.symposium.review.collaboration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.i18n.Language;
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
import org.openqa.selenium.WebElement;
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
 * The collaboration pages in Chromium: the chairs' pairs with shared terms and the topic
 * filter, and a presenter's closest work of the other university, in English, Japanese
 * and Korean.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
@TestInstance(Lifecycle.PER_CLASS)
class CollaborationBrowserTests {

	private static final String CHAIR = "cpages.chair@hokudai.ac.jp";

	private static final String PRESENTER = "cpages.kim@snu.ac.kr";

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
		this.mongo.remove(new Query(), Decision.class);
		this.mongo.remove(new Query(), AbstractSubmission.class);
		for (Account account : List.of(AccountFixtures.chair(CHAIR).build(),
				AccountFixtures.author(PRESENTER).withInstitution("SNU").withLanguage(Language.KO).build())) {
			this.mongo.remove(Query.query(Criteria.where("email").is(account.email())), Account.class);
			this.mongo.insert(account);
		}
		UUID kim = this.mongo.findOne(Query.query(Criteria.where("email").is(PRESENTER)), Account.class).id();
		abstractOf("A-951", UUID.randomUUID(), "sato@hokudai.ac.jp", "HU", "Aiko Sato",
				"Deep learning predicts sepsis in the ICU", "深層学習で敗血症を早期に予測する。", "DIAGNOSTIC_IMAGING");
		abstractOf("A-952", UUID.randomUUID(), "ito@hokudai.ac.jp", "HU", "Ken Ito",
				"Genome sequencing of rare disease families", "Whole genome sequencing of families.",
				"GENOME_MEDICINE");
		abstractOf("A-961", kim, PRESENTER, "SNU", "Minjun Kim", "딥러닝 기반 패혈증 조기 예측",
				"Deep learning predicts sepsis early in the emergency department.", "DIAGNOSTIC_IMAGING");
		abstractOf("A-962", UUID.randomUUID(), "lee@snu.ac.kr", "SNU", "Jiwoo Lee",
				"Rare variants by genome sequencing", "Genome sequencing of rare disease families.", "GENOME_MEDICINE");
	}

	private void abstractOf(String number, UUID submitter, String email, String institution, String name, String title,
			String text, String topic) {
		UUID id = UUID.randomUUID();
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(id)
			.withNumber(number)
			.withSubmitter(submitter)
			.withTitle(title)
			.withText(text)
			.withPrimaryTopic(topic)
			.withAuthors(new Author(name, "Dept of Medicine", institution, email, true))
			.build());
		this.mongo.insert(Decision.held(id, DecisionOutcome.ACCEPT_ORAL, UUID.randomUUID(), Instant.now())
			.release(Instant.now()));
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aChairReadsThePairsAndFiltersThemByTopic() {
		WebDriver page = this.logins.loggedIn(this.browser, CHAIR);
		open("/collaboration?lang=en");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("HU\u2013SNU collaboration report");
		String table = textOf(page, By.id("collaboration-table"), "A-951");
		assertThat(table).contains("A-961", "A-952", "A-962", "Aiko Sato", "Minjun Kim", "Same topic");
		assertThat(page.findElement(By.cssSelector("tr[data-hu='A-951'][data-snu='A-961']")).getText())
			.containsIgnoringCase("sepsis");
		new Select(page.findElement(By.id("collaboration-topic"))).selectByValue("GENOME_MEDICINE");
		page.findElement(By.id("collaboration-show")).click();
		assertThat(textOf(page, By.id("collaboration-table"), "A-962")).doesNotContain("A-961");
		assertThat(page.findElement(By.id("collaboration-csv")).getDomAttribute("href"))
			.contains("/collaboration.csv?topic=GENOME_MEDICINE");
		open("/collaboration?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("HU–SNU 共同研究レポート");
		assertThat(page.findElement(By.id("collaboration-table")).getText()).contains("共通の語", "画像診断支援");
		open("/collaboration?lang=ko");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("HU–SNU 공동 연구 보고서");
		assertThat(page.findElement(By.id("collaboration-table")).getText()).contains("공통 용어");
		open("/collaboration?lang=en");
	}

	@Test
	void aPresenterSeesTheClosestWorkOfTheOtherUniversity() {
		WebDriver page = this.logins.loggedIn(this.browser, PRESENTER);
		open("/collaboration/mine?lang=ko");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("내 연구와 가까운 연구");
		String mine = textOf(page, By.cssSelector(".mine-abstract"), "A-951");
		assertThat(mine).contains("A-961", "Aiko Sato", "Dept of Medicine, HU").doesNotContain("@", "A-962");
		open("/collaboration/mine?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("あなたの研究に近い研究");
		open("/collaboration/mine?lang=en");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Close to your work");
		open("/collaboration");
		assertThat(page.getPageSource()).doesNotContain("collaboration-table");
	}

	private static String textOf(WebDriver page, By element, String expected) {
		return new WebDriverWait(page, Duration.ofSeconds(10))
			.ignoreAll(List.of(StaleElementReferenceException.class, NoSuchElementException.class,
					WebDriverException.class))
			.until((driver) -> {
				String text = driver.findElements(element)
					.stream()
					.map(WebElement::getText)
					.reduce("", (a, b) -> a + "\n" + b);
				return text.contains(expected) ? text : null;
			});
	}

	private WebDriver open(String path) {
		return this.browser.open("http://127.0.0.1:" + this.port + path);
	}

}
