package org.husnu.symposium.review.speakers;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.mail.OutboxMail;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.SpeakerConfirmation;
import org.husnu.symposium.core.program.SpeakerInvitation;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.program.ProgramService;
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
 * The speakers' pages in Chromium: a Japanese and a Korean presenter answer through their
 * links, each page in their language; the chairs' speakers page shows a confirmed, a
 * declined and a pending speaker in English, Japanese and Korean, with badges that do not
 * wrap.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
@TestInstance(Lifecycle.PER_CLASS)
class SpeakerPagesBrowserTests {

	private static final String CHAIR = "spkpages.chair@hokudai.ac.jp";

	private static final String SATO = "spkpages.sato@hokudai.ac.jp";

	private static final String KIM = "spkpages.kim@snu.ac.kr";

	private static final String LEE = "spkpages.lee@snu.ac.kr";

	@Value("${local.server.port}")
	int port;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	MongoOperations mongo;

	@Autowired
	ProgramService programs;

	@Autowired
	Speakers speakers;

	Browser browser;

	Logins logins;

	Account chair;

	AbstractSubmission first;

	AbstractSubmission second;

	AbstractSubmission third;

	@BeforeAll
	void setUp() {
		this.browser = Browser.start();
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		SpeakerPrograms.clear(this.mongo);
		this.mongo.remove(Query.query(Criteria.where("to").regex("^spkpages\\.")), OutboxMail.class);
		this.chair = store(AccountFixtures.chair(CHAIR).build());
		Account sato = store(AccountFixtures.author(SATO).withLanguage(Language.JA).build());
		Account kim = store(AccountFixtures.author(KIM).withInstitution("SNU").withLanguage(Language.KO).build());
		Account lee = store(AccountFixtures.author(LEE).withInstitution("SNU").build());
		this.first = SpeakerPrograms.accepted(this.mongo,
				AbstractFixtures.submitted()
					.withId(UUID.randomUUID())
					.withNumber("A-901")
					.withSubmitter(sato.id())
					.withTitle("連合学習による多施設生存解析")
					.withAuthors(new Author("佐藤 愛子", "放射線科", "HU", SATO, true))
					.build(),
				DecisionOutcome.ACCEPT_ORAL);
		this.second = SpeakerPrograms.accepted(this.mongo,
				AbstractFixtures.submitted()
					.withId(UUID.randomUUID())
					.withNumber("A-902")
					.withSubmitter(kim.id())
					.withTitle("경도인지장애의 음성 지표")
					.withAuthors(new Author("김민준", "신경과", "SNU", KIM, true))
					.build(),
				DecisionOutcome.ACCEPT_ORAL);
		this.third = SpeakerPrograms.accepted(this.mongo,
				AbstractFixtures.submitted()
					.withId(UUID.randomUUID())
					.withNumber("A-903")
					.withSubmitter(lee.id())
					.withTitle("Wearable sensors for frailty in older adults")
					.withAuthors(new Author("Seoyeon Lee", "Nursing", "SNU", LEE, true))
					.build(),
				DecisionOutcome.ACCEPT_ORAL);
		SpeakerPrograms.save(this.programs, this.chair, SpeakerPrograms.session("Imaging and language", Duration.ZERO,
				List.of(), this.first.id(), this.second.id(), this.third.id()));
		this.speakers.inviteAll(Actor.of(this.chair));
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void presentersAnswerThroughTheirLinksInTheirOwnLanguage() {
		WebDriver page = this.browser.driver();
		page.manage().deleteAllCookies();
		open("/speaker/" + SpeakerPrograms.tokenMailedTo(this.mongo, SATO));
		assertThat(page.getCurrentUrl()).as("the presenter's language").endsWith("?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("あなたの発表");
		assertThat(page.findElement(By.id("speaker-title")).getText()).isEqualTo("連合学習による多施設生存解析");
		assertThat(page.findElement(By.id("speaker-when")).getText()).isEqualTo("2027-03-20 10:00–10:15 (Asia/Tokyo)");
		assertThat(page.findElement(By.id("speaker-state")).getText()).isEqualTo("未回答");
		assertThat(page.getPageSource()).doesNotContain(SATO);
		page.findElement(By.id("confirm")).click();
		assertThat(textOf(page, By.id("speaker-answered"), "ありがとうございます")).contains("確認しました");
		assertThat(page.findElement(By.id("speaker-state")).getText()).isEqualTo("この枠での発表を確認済み");
		assertThat(this.mongo.findById(this.first.id(), SpeakerInvitation.class).state())
			.isEqualTo(SpeakerConfirmation.CONFIRMED);

		page.manage().deleteAllCookies();
		open("/speaker/" + SpeakerPrograms.tokenMailedTo(this.mongo, KIM));
		assertThat(page.getCurrentUrl()).endsWith("?lang=ko");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("내 발표");
		assertThat(page.findElement(By.id("speaker-state")).getText()).isEqualTo("아직 회신하지 않음");
		page.findElement(By.id("note")).sendKeys("학회 출장과 겹칩니다");
		page.findElement(By.id("decline")).click();
		assertThat(textOf(page, By.id("speaker-answered"), "불참 의사를")).isNotBlank();
		assertThat(page.findElement(By.id("speaker-note")).getText()).isEqualTo("학회 출장과 겹칩니다");
		assertThat(page.findElement(By.id("speaker-collaboration")).getText()).contains("상대 대학 연구자");
		SpeakerInvitation declined = this.mongo.findById(this.second.id(), SpeakerInvitation.class);
		assertThat(declined.state()).isEqualTo(SpeakerConfirmation.DECLINED);
		assertThat(declined.declineNote()).isEqualTo("학회 출장과 겹칩니다");
	}

	@Test
	void theChairSeesConfirmedDeclinedAndPendingSpeakersInEveryLanguage() {
		answer(this.first, SpeakerConfirmation.CONFIRMED, null);
		answer(this.second, SpeakerConfirmation.DECLINED, "학회 출장과 겹칩니다");
		WebDriver page = this.browser.driver();
		page.manage().deleteAllCookies();
		this.logins.loggedIn(this.browser, CHAIR);
		open("/program/speakers?lang=en");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Speakers");
		assertThat(page.findElement(By.id("count-confirmed")).getText()).isEqualTo("1");
		assertThat(page.findElement(By.id("count-declined")).getText()).isEqualTo("1");
		assertThat(page.findElement(By.id("count-pending")).getText()).isEqualTo("1");
		assertThat(badge(page, "A-901").getText()).isEqualTo("confirmed");
		assertThat(badge(page, "A-902").getText()).isEqualTo("declined");
		assertThat(badge(page, "A-903").getText()).isEqualTo("waiting for answer");
		assertThat(row(page, "A-902").getText()).contains("김민준", "SNU", KIM, "학회 출장과 겹칩니다");
		assertThat(row(page, "A-903").findElements(By.cssSelector("button.remind"))).hasSize(1);
		assertThat(row(page, "A-901").findElements(By.cssSelector("button.remind"))).isEmpty();

		page.findElement(By.id("invite-all")).click();
		assertThat(textOf(page, By.id("speakers-invited"), "0 presenter(s) invited")).contains("3 already");
		row(page, "A-903").findElement(By.cssSelector("button.remind")).click();
		assertThat(textOf(page, By.id("speakers-error"), "remind again from")).contains("A-903");

		open("/program/speakers?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("発表者");
		assertThat(badge(page, "A-901").getText()).isEqualTo("確認済み");
		assertThat(badge(page, "A-902").getText()).isEqualTo("辞退");
		assertThat(badge(page, "A-903").getText()).isEqualTo("回答待ち");
		assertThat(page.findElement(By.id("invite-all")).getText()).isEqualTo("未依頼の発表者すべてに依頼");
		assertOneLine(page);

		open("/program/speakers?lang=ko");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("발표자");
		assertThat(badge(page, "A-901").getText()).isEqualTo("확인됨");
		assertThat(badge(page, "A-902").getText()).isEqualTo("불참");
		assertThat(badge(page, "A-903").getText()).isEqualTo("회신 대기");
		assertOneLine(page);
		open("/program/speakers?lang=en");
	}

	private void answer(AbstractSubmission submission, SpeakerConfirmation state, String note) {
		Program program = this.programs.current(Actor.of(this.chair));
		SpeakerInvitation invitation = this.mongo.findById(submission.id(), SpeakerInvitation.class);
		var slot = program.sessions()
			.get(0)
			.slots()
			.stream()
			.filter((candidate) -> submission.id().equals(candidate.abstractId()))
			.findFirst()
			.orElseThrow();
		this.mongo.save(
				invitation.answer(state, note, program.sessions().get(0).id(), slot.start(), SpeakerPrograms.MORNING));
	}

	private static WebElement row(WebDriver page, String number) {
		return page.findElement(By.cssSelector("#speakers-table tr[data-number='" + number + "']"));
	}

	private static WebElement badge(WebDriver page, String number) {
		return row(page, number).findElement(By.cssSelector(".speaker-status"));
	}

	private static void assertOneLine(WebDriver page) {
		for (WebElement badge : page.findElements(By.cssSelector(".speaker-status"))) {
			assertThat(badge.getRect().getHeight()).as("badge '%s' stays on one line", badge.getText()).isLessThan(30);
		}
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

	private Account store(Account account) {
		this.mongo.remove(Query.query(Criteria.where("email").is(account.email())), Account.class);
		this.mongo.insert(account);
		return account;
	}

	private WebDriver open(String path) {
		return this.browser.open("http://127.0.0.1:" + this.port + path);
	}

}
