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
import org.husnu.symposium.core.program.ProgramPublication;
import org.husnu.symposium.core.program.ProgramSession;
import org.husnu.symposium.core.program.Slot;
import org.husnu.symposium.core.program.SlotKind;
import org.husnu.symposium.core.program.SpeakerInvitation;
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
 * The chairs' program editor in Chromium, with buttons only: a talk moved to another
 * session and up, a break added, an unplaced talk added, a warning seen, the program
 * published after the confirmation that lists the warnings; in English, Japanese and
 * Korean. A reviewer is refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
@TestInstance(Lifecycle.PER_CLASS)
class ProgramEditorBrowserTests {

	private static final String CHAIR = "peditor.chair@hokudai.ac.jp";

	private static final String REVIEWER = "peditor.reviewer@snu.ac.kr";

	private static final Instant MORNING = Instant.parse("2027-03-10T00:00:00Z");

	private static final Instant AFTERNOON = Instant.parse("2027-03-10T04:00:00Z");

	@Value("${local.server.port}")
	int port;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	MongoOperations mongo;

	Browser browser;

	Logins logins;

	final UUID[] talks = { UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID() };

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start();
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		clean();
		for (Account account : List.of(AccountFixtures.chair(CHAIR).withName("Haruto Chair").build(),
				AccountFixtures.reviewer(REVIEWER).withInstitution("SNU").build())) {
			this.mongo.remove(Query.query(Criteria.where("email").is(account.email())), Account.class);
			this.mongo.insert(account);
		}
		Instant at = Instant.parse("2027-02-10T01:00:00Z");
		String[][] people = { { "Aiko Sato", "HU" }, { "Minjun Kim", "SNU" }, { "Jiwoo Park", "SNU" } };
		for (int i = 0; i < 3; i++) {
			this.mongo.insert(AbstractFixtures.submitted()
				.withId(this.talks[i])
				.withNumber("A-90" + (i + 1))
				.withTitle("Editor talk " + (i + 1))
				.withAuthors(new Author(people[i][0], "Lab", people[i][1], "peditor" + i + "@example.org", true))
				.build());
			this.mongo
				.insert(Decision.held(this.talks[i], DecisionOutcome.ACCEPT_ORAL, UUID.randomUUID(), at).release(at));
		}
		ProgramSession morning = new ProgramSession(UUID.randomUUID(), "Imaging", List.of(), List.of(), "Room A",
				MORNING, MORNING.plus(Duration.ofMinutes(90)), null, null,
				List.of(Slot.talk(this.talks[0], MORNING, Duration.ofMinutes(15))));
		ProgramSession afternoon = new ProgramSession(UUID.randomUUID(), "Clinical AI", List.of(), List.of(), "Room B",
				AFTERNOON, AFTERNOON.plus(Duration.ofMinutes(60)), null, null,
				List.of(Slot.talk(this.talks[1], AFTERNOON, Duration.ofMinutes(15))));
		this.mongo.insert(new Program(Program.ID, List.of(morning, afternoon), at, null, null));
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
		clean();
	}

	private void clean() {
		this.mongo.remove(new Query(), Program.class);
		this.mongo.remove(new Query(), ProgramPublication.class);
		this.mongo.remove(new Query(), SpeakerInvitation.class);
		this.mongo.remove(new Query(), Decision.class);
		this.mongo.remove(new Query(), AbstractSubmission.class);
	}

	@Test
	void aChairMovesReordersAddsABreakAndPublishesWithTheConfirmation() {
		WebDriver page = this.logins.loggedIn(this.browser, CHAIR);
		open("/?lang=en");
		page.findElement(By.id("home-program")).click();
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Oral program");
		assertThat(page.findElement(By.id("program-warnings")).getText())
			.contains("Aiko Sato has not been invited to confirm A-901 yet.");
		assertThat(page.findElement(By.id("publication-none")).getText()).isEqualTo("Not published yet.");
		assertThat(page.findElement(By.id("link-suggest")).getDomAttribute("href")).isEqualTo("/program/proposal");
		assertThat(page.findElement(By.id("link-speakers")).getDomAttribute("href")).isEqualTo("/program/speakers");

		// A-902 from the afternoon into the morning, then up before A-901
		WebElement row = talkRow(page, "A-902");
		new Select(row.findElement(By.cssSelector("select[name='session']"))).selectByVisibleText("Imaging 09:00");
		row.findElement(By.cssSelector("button.move")).click();
		textOf(page, By.id("program-notice"), "Moved");
		assertThat(sessionText(page, "Imaging")).contains("09:00–09:15 A-901", "09:15–09:30 A-902");
		talkRow(page, "A-902").findElement(By.cssSelector("button.up")).click();
		textOf(page, By.id("program-notice"), "Moved");
		assertThat(sessionText(page, "Imaging")).contains("09:00–09:15 A-902", "09:15–09:30 A-901");

		// a ten-minute coffee break before A-901
		WebElement breakForm = session(page, "Imaging").findElement(By.cssSelector("form.break-form"));
		breakForm.findElement(By.name("label")).clear();
		breakForm.findElement(By.name("label")).sendKeys("Coffee");
		breakForm.findElement(By.name("minutes")).clear();
		breakForm.findElement(By.name("minutes")).sendKeys("10");
		new Select(breakForm.findElement(By.name("position"))).selectByVisibleText("Before 09:15");
		breakForm.findElement(By.cssSelector("button.add-break")).click();
		textOf(page, By.id("program-notice"), "Break added");
		assertThat(sessionText(page, "Imaging")).contains("09:15–09:25 Coffee", "09:25–09:40 A-901");

		// the unplaced A-903 into the afternoon
		WebElement unplaced = page.findElement(By.cssSelector("#unplaced-table tr[data-talk='A-903']"));
		new Select(unplaced.findElement(By.name("session"))).selectByVisibleText("Clinical AI 13:00");
		unplaced.findElement(By.cssSelector("button.add")).click();
		textOf(page, By.id("program-notice"), "Moved");
		assertThat(sessionText(page, "Clinical AI")).contains("13:00–13:15 A-903");
		assertThat(page.findElement(By.id("unplaced")).getText()).contains("Every accepted talk has a slot.");

		// publish: the confirmation lists the warnings; nothing is published before
		page.findElement(By.id("publish-start")).click();
		assertThat(textOf(page, By.id("publish-confirm"), "3 warnings")).contains("Jiwoo Park");
		assertThat(this.mongo.count(new Query(), ProgramPublication.class)).isZero();
		assertThat(page.findElement(By.id("publish-button")).getText()).isEqualTo("Publish anyway");
		page.findElement(By.id("publish-button")).click();
		textOf(page, By.id("program-published-now"), "publication 1");
		assertThat(page.findElement(By.id("publication-number")).getText()).startsWith("Publication 1 (");
		assertThat(page.findElement(By.id("link-public")).getDomAttribute("href")).isEqualTo("/program");
		ProgramPublication published = this.mongo.findById(1, ProgramPublication.class);
		assertThat(published.sessions().get(0).slots()).extracting(ProgramPublication.PublishedSlot::kind)
			.containsExactly(SlotKind.TALK, SlotKind.BREAK, SlotKind.TALK);

		open("/program/edit?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("口頭発表プログラム");
		assertThat(page.findElement(By.id("program-warnings")).getText())
			.contains("Aiko Sato さんには A-901 の確認依頼をまだ送っていません。");
		assertThat(talkRow(page, "A-901").findElement(By.cssSelector("button.up")).getText()).isEqualTo("↑ 上へ");
		open("/program/edit?lang=ko");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("구두 발표 프로그램");
		assertThat(page.findElement(By.id("publish-start")).getText()).isEqualTo("공개…");
		assertThat(talkRow(page, "A-901").findElement(By.cssSelector("button.move")).getText()).isEqualTo("세션으로 이동");
		open("/program/edit?lang=en");
	}

	@Test
	void aReviewerFindsNoProgramEditor() {
		WebDriver page = this.logins.loggedIn(this.browser, REVIEWER);
		open("/?lang=en");
		assertThat(page.findElements(By.id("home-program"))).isEmpty();
		open("/program/edit");
		assertThat(page.findElements(By.id("program-warnings"))).isEmpty();
		assertThat(page.getPageSource()).doesNotContain("A-901");
	}

	private static WebElement talkRow(WebDriver page, String number) {
		return page.findElement(By.cssSelector("section.program-session tr[data-talk='" + number + "']"));
	}

	private static WebElement session(WebDriver page, String title) {
		return page.findElements(By.cssSelector("section.program-session"))
			.stream()
			.filter((section) -> section.findElement(By.cssSelector(".session-title")).getText().equals(title))
			.findFirst()
			.orElseThrow();
	}

	private static String sessionText(WebDriver page, String title) {
		return session(page, title).findElement(By.cssSelector("table.slots")).getText();
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
