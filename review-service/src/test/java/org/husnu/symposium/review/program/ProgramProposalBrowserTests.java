package org.husnu.symposium.review.program;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.program.Program;
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
 * The chairs' proposal page in Chromium: the frames form prefilled with two rooms × two
 * sessions, a suggestion shown session by session with each talk's reasons and the unmet
 * goals, in English, Japanese and Korean, and "Use this proposal" saving it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
@TestInstance(Lifecycle.PER_CLASS)
class ProgramProposalBrowserTests {

	private static final String CHAIR = "ppages.chair@hokudai.ac.jp";

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
		this.mongo.remove(new Query(), Program.class);
		Account chair = AccountFixtures.chair(CHAIR).build();
		this.mongo.remove(Query.query(Criteria.where("email").is(CHAIR)), Account.class);
		this.mongo.insert(chair);
		talk("A-901", "Genome sequencing of rare disease families", "GENOME_MEDICINE", "HU", false);
		talk("A-902", "Rare variants found by genome sequencing", "GENOME_MEDICINE", "SNU", true);
		talk("A-903", "Deep learning for chest CT reading", "DIAGNOSTIC_IMAGING", "HU", false);
		talk("A-904", "CT image reconstruction with deep learning", "DIAGNOSTIC_IMAGING", "SNU", false);
		talk("A-905", "Hospital-wide sepsis alerts", "DIAGNOSTIC_IMAGING", "HU", false);
	}

	private void talk(String number, String title, String topic, String institution, boolean student) {
		UUID id = UUID.randomUUID();
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(id)
			.withNumber(number)
			.withTitle(title)
			.withText(title + ".")
			.withPrimaryTopic(topic)
			.withStudentPresenter(student)
			.withAuthors(new Author("Presenter " + number, "Dept", institution,
					number.toLowerCase() + "@" + ("HU".equals(institution) ? "hokudai.ac.jp" : "snu.ac.kr"), true))
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
	void aChairSuggestsSessionsReadsWhyAndUsesTheProposal() {
		WebDriver page = this.logins.loggedIn(this.browser, CHAIR);
		open("/program/proposal?lang=en");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Suggest sessions");
		List<WebElement> rooms = page.findElements(By.cssSelector(".frame-row input[name='room']"));
		assertThat(rooms).hasSize(6);
		assertThat(rooms.get(0).getDomProperty("value")).isEqualTo("Room A");
		assertThat(rooms.get(1).getDomProperty("value")).isEqualTo("Room B");
		page.findElement(By.id("suggest-button")).click();
		String proposal = textOf(page, By.id("proposal"), "Use this proposal");
		assertThat(proposal).contains("A-901", "A-905", "Same topic as", "Keeps HU and SNU speakers balanced",
				"Student talk");
		assertThat(page.findElements(By.cssSelector(".proposal-session"))).hasSize(4);
		assertThat(page.findElement(By.cssSelector(".proposal-session .session-title")).getText())
			.isIn("Diagnostic imaging support", "Genome medicine");

		open("/program/proposal?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("セッションの提案");
		page.findElement(By.id("suggest-button")).click();
		assertThat(textOf(page, By.id("proposal"), "この提案を使う")).contains("同じトピック", "そろえる");

		open("/program/proposal?lang=ko");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("세션 제안");
		page.findElement(By.id("suggest-button")).click();
		assertThat(textOf(page, By.id("proposal"), "이 제안 사용")).contains("같은 주제", "학생 발표");
		assertThat(this.mongo.count(new Query(), Program.class)).as("nothing saved yet").isZero();

		page.findElement(By.id("apply-button")).click();
		new WebDriverWait(page, Duration.ofSeconds(10))
			.until((driver) -> this.mongo.findById(Program.ID, Program.class) != null);
		assertThat(page.getCurrentUrl()).contains("/program/edit");
		assertThat(this.mongo.findById(Program.ID, Program.class).talks()).hasSize(5);
		open("/program/proposal?lang=en");
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
