package org.husnu.symposium.submission.abstracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.DeclaredConflict;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.mail.OutboxMail;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.test.Browser;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.MutableClock;
import org.husnu.symposium.test.TestPdfs;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.husnu.symposium.test.fixtures.ReviewerFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The author's and the chair's abstract pages in Chromium: the form with its authors
 * editor, the upload with its immediate check verdict, the abstract page with preview,
 * submit and withdraw, the deadline on the pages, and the chairs' overview.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "symposium.bootstrap.chairs=overview.chair@hokudai.ac.jp")
@Import({ EmbeddedStoreTestConfiguration.class, AbstractPagesBrowserTests.Clocks.class })
@TestInstance(Lifecycle.PER_CLASS)
class AbstractPagesBrowserTests {

	static final Instant START = Instant.parse("2027-01-25T00:00:00Z");

	@Value("${local.server.port}")
	int port;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	MongoOperations mongo;

	@Autowired
	MutableClock clock;

	Browser browser;

	Logins logins;

	Path files;

	@BeforeAll
	void startBrowser() throws IOException {
		this.browser = Browser.start();
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		this.files = Files.createTempDirectory("abstract-pages");
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@BeforeEach
	void resetClock() {
		this.clock.set(START);
	}

	@Test
	void anAuthorWritesAbstractUploadsACheckedPdfSubmitsAndWithdraws() {
		WebDriver page = this.logins.loggedIn(this.browser, "page.author@med.hokudai.ac.jp");
		open("/");
		page.findElement(By.id("home-my-abstracts")).click();
		wait(page).until(ExpectedConditions.urlContains("/abstracts"));
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("My abstracts");
		assertThat(page.findElement(By.id("no-abstracts")).isDisplayed()).isTrue();
		assertThat(page.findElement(By.id("deadline-open")).getText()).contains("2027-01-31 23:59");
		page.findElement(By.id("new-abstract")).click();

		wait(page).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#author-rows tr"), 1));
		page.findElement(By.id("title")).sendKeys("Hypotension prediction from arterial waveforms");
		WebElement first = page.findElement(By.cssSelector("#author-rows tr"));
		assertThat(first.findElement(By.className("author-email")).getAttribute("value"))
			.as("the person starts as the first, presenting author")
			.isEqualTo("page.author@med.hokudai.ac.jp");
		first.findElement(By.className("author-name")).sendKeys("Page Author");
		page.findElement(By.id("add-author")).click();
		WebElement second = page.findElements(By.cssSelector("#author-rows tr")).get(1);
		second.findElement(By.className("author-name")).sendKeys("Co Author");
		second.findElement(By.className("author-affiliation")).sendKeys("VitalLab");
		new Select(second.findElement(By.className("author-institution"))).selectByValue("SNU");
		second.findElement(By.className("author-email")).sendKeys("co.author@snu.ac.kr");
		second.findElement(By.className("author-up")).click();
		assertThat(page.findElements(By.cssSelector("#author-rows tr"))
			.get(0)
			.findElement(By.className("author-name"))
			.getAttribute("value")).as("reordered").isEqualTo("Co Author");
		new Select(page.findElement(By.id("primaryTopic"))).selectByValue("PERIOPERATIVE_BIOSIGNALS");
		page.findElement(By.id("secondary-CLINICAL_DATA_PLATFORMS")).click();
		page.findElement(By.id("keywords")).sendKeys("VitalDB, hypotension");
		page.findElement(By.id("presentation-ORAL")).click();
		page.findElement(By.id("text")).sendKeys("We predict hypotension five minutes ahead from arterial waveforms.");
		assertThat(page.findElement(By.id("word-count")).getText()).startsWith("9 ").contains("400");

		// the first try is refused with a clear message (no presenter chosen twice is
		// fine;
		// an invalid address is not)
		second = page.findElements(By.cssSelector("#author-rows tr")).get(0);
		second.findElement(By.className("author-email")).clear();
		second.findElement(By.className("author-email")).sendKeys("not-an-address");
		page.findElement(By.id("save-abstract")).click();
		assertThat(wait(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error"))).getText())
			.contains("not-an-address");
		second.findElement(By.className("author-email")).clear();
		second.findElement(By.className("author-email")).sendKeys("co.author@snu.ac.kr");
		page.findElement(By.id("save-abstract")).click();

		wait(page).until(ExpectedConditions.urlContains("/edit?created"));
		assertThat(page.findElement(By.id("created-notice")).isDisplayed()).isTrue();
		wait(page).until((driver) -> "Hypotension prediction from arterial waveforms"
			.equals(driver.findElement(By.id("title")).getAttribute("value")));
		assertThat(page.findElements(By.cssSelector("#author-rows tr"))).hasSize(2);

		// a file that fails the checks: the verdict at once, and no upload
		page.findElement(By.id("pdf-file")).sendKeys(file("three-pages.pdf", TestPdfs.a4Pages(3)));
		WebElement rejected = wait(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("check-rejected")));
		assertThat(rejected.getText()).isNotBlank();
		assertThat(page.findElement(By.cssSelector("#check-list li[data-code='too-many-pages']")).getText())
			.contains("3");
		assertThat(page.findElement(By.id("upload-pdf")).isEnabled()).isFalse();

		// a good file: accepted, then stored
		page.findElement(By.id("pdf-file"))
			.sendKeys(file("abstract.pdf", TestPdfs.a4WithText("Hypotension prediction from arterial waveforms.")));
		wait(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("check-accepted")));
		wait(page).until(ExpectedConditions.elementToBeClickable(By.id("upload-pdf"))).click();
		assertThat(wait(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-done"))).getText())
			.contains("1");

		// an edit after the upload keeps working (the form took the new version)
		page.findElement(By.id("title")).sendKeys(" (v2)");
		page.findElement(By.id("save-abstract")).click();
		wait(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("form-saved")));

		page.findElement(By.id("view-abstract")).click();
		wait(page).until(ExpectedConditions.presenceOfElementLocated(By.id("abstract-number")));
		assertThat(page.findElement(By.id("abstract-title")).getText()).endsWith("(v2)");
		assertThat(page.findElement(By.id("abstract-status")).getText()).isEqualTo("Draft");
		assertThat(page.findElement(By.id("pdf-version")).getText()).isEqualTo("1");
		assertThat(page.findElement(By.id("checks-passed")).isDisplayed()).isTrue();
		assertThat(page.findElement(By.id("author-list")).getText()).contains("Co Author", "Page Author");
		assertThat(page.findElement(By.id("abstract-topic")).getText()).contains("Perioperative",
				"Clinical data platforms");
		WebElement preview = page.findElement(By.id("pdf-preview"));
		wait(page).until((driver) -> (Boolean) ((JavascriptExecutor) driver)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", preview));
		assertThat(page.findElement(By.id("pdf-download")).getAttribute("href")).endsWith("/pdf");

		page.findElement(By.id("submit-abstract")).click();
		wait(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("submitted-notice")));
		assertThat(page.findElement(By.id("abstract-status")).getText()).isEqualTo("Submitted");
		String number = page.findElement(By.id("abstract-number")).getText();
		assertThat(this.mongo.exists(Query.query(Criteria.where("to")
			.is("page.author@med.hokudai.ac.jp")
			.and("template")
			.is("receipt")
			.and("subject")
			.regex(number)), OutboxMail.class)).isTrue();

		open("/abstracts");
		assertThat(page.findElement(By.cssSelector("#abstract-list tr[data-number='" + number + "']")).getText())
			.contains("Submitted", "Perioperative");

		open("/abstracts/" + number);
		page.findElement(By.id("withdraw-abstract")).click();
		page.switchTo().alert().accept();
		wait(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("withdrawn-notice")));
		assertThat(page.findElement(By.id("abstract-status")).getText()).isEqualTo("Withdrawn");
		assertThat(page.findElements(By.id("edit-abstract"))).isEmpty();
		assertThat(page.findElements(By.id("withdraw-abstract"))).isEmpty();
	}

	@Test
	void afterTheDeadlineAuthorsReadButCannotEditAndThePagesSaySo() {
		WebDriver page = this.logins.loggedIn(this.browser, "late.author@snu.ac.kr");
		open("/abstracts/new");
		wait(page).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#author-rows tr"), 1));
		page.findElement(By.id("title")).sendKeys("A draft that misses the deadline");
		page.findElement(By.cssSelector("#author-rows .author-name")).sendKeys("Late Author");
		new Select(page.findElement(By.id("primaryTopic"))).selectByValue("OTHER");
		page.findElement(By.id("save-abstract")).click();
		wait(page).until(ExpectedConditions.urlContains("/edit?created"));
		String editUrl = page.getCurrentUrl();

		this.clock.set(Instant.parse("2027-01-31T16:00:00Z"));
		open("/abstracts");
		assertThat(page.findElement(By.id("deadline-closed")).getText()).contains("2027-01-31 23:59");
		assertThat(page.findElements(By.id("new-abstract"))).isEmpty();
		page.get(editUrl);
		wait(page).until(ExpectedConditions.urlContains("readonly"));
		assertThat(page.findElement(By.id("readonly-notice")).isDisplayed()).isTrue();
		assertThat(page.findElement(By.id("abstract-title")).getText()).isEqualTo("A draft that misses the deadline");
		assertThat(page.findElements(By.id("edit-abstract"))).isEmpty();
		assertThat(page.findElements(By.id("submit-abstract"))).isEmpty();
	}

	@Test
	void anAuthorDeclaresAndWithdrawsAConflictWithAReviewerOfThePoolOnTheForm() {
		UUID reviewer = Account.idFor("form.reviewer@snu.ac.kr");
		this.mongo.insert(ReviewerFixtures.profile(reviewer).withEmail("form.reviewer@snu.ac.kr").build());
		this.mongo.insert(AccountFixtures.author("form.reviewer@snu.ac.kr")
			.withId(reviewer)
			.withName("Form Reviewer")
			.withInstitution("SNU")
			.withDepartment("Dept. of Anesthesiology")
			.build());
		WebDriver page = this.logins.loggedIn(this.browser, "conflict.author@med.hokudai.ac.jp");
		open("/abstracts/new?lang=en");
		wait(page).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#author-rows tr"), 1));
		page.findElement(By.id("title")).sendKeys("Declaring a conflict");
		page.findElement(By.cssSelector("#author-rows .author-name")).sendKeys("Conflict Author");
		new Select(page.findElement(By.id("primaryTopic"))).selectByValue("OTHER");
		page.findElement(By.id("save-abstract")).click();
		wait(page).until(ExpectedConditions.urlContains("/edit?created"));
		String editUrl = page.getCurrentUrl();
		String id = editUrl.replaceAll(".*/abstracts/([^/]+)/edit.*", "$1");

		wait(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("conflicts-none")));
		Select reviewers = new Select(page.findElement(By.id("conflict-reviewer")));
		assertThat(reviewers.getOptions()).extracting(WebElement::getText)
			.anySatisfy((label) -> assertThat(label).contains("Form Reviewer", "Seoul National University",
					"Dept. of Anesthesiology"))
			.noneSatisfy((label) -> assertThat(label).contains("@"));
		reviewers.selectByValue(reviewer.toString());
		page.findElement(By.id("conflict-reason")).sendKeys("former supervisor");
		page.findElement(By.id("add-conflict")).sendKeys(Keys.ENTER);
		wait(page).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.declared-conflict"), 1));
		assertThat(page.findElement(By.cssSelector("li.declared-conflict")).getText()).contains("Form Reviewer",
				"former supervisor");
		assertThat(page.findElement(By.id("conflicts-none")).isDisplayed()).isFalse();
		assertThat(this.mongo.findById(UUID.fromString(id), AbstractSubmission.class).declaredConflicts())
			.extracting(DeclaredConflict::reviewerId)
			.containsExactly(reviewer);

		// the form keeps the version the declaration saved, so the next save is no
		// conflict
		page.findElement(By.id("title")).sendKeys(" (renamed)");
		page.findElement(By.id("save-abstract")).click();
		wait(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("form-saved")));

		page.findElement(By.cssSelector("li.declared-conflict .remove-conflict")).sendKeys(Keys.ENTER);
		wait(page).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.declared-conflict"), 0));
		assertThat(this.mongo.findById(UUID.fromString(id), AbstractSubmission.class).declaredConflicts()).isEmpty();

		page.get(editUrl.replace("?created", "?lang=ja"));
		assertThat(page.findElement(By.cssSelector("#declared-conflicts h2")).getText()).isEqualTo("査読者との利益相反");
		page.get(editUrl.replace("?created", "?lang=ko"));
		assertThat(page.findElement(By.cssSelector("#declared-conflicts h2")).getText()).isEqualTo("심사위원과의 이해충돌");
		open("/abstracts?lang=en");
	}

	@Test
	void chairsFilterCountAndExportEveryAbstract() {
		List<AbstractSubmission> before = this.mongo.findAll(AbstractSubmission.class);
		WebDriver page = this.logins.loggedIn(this.browser, "snu.presenter@snu.ac.kr");
		open("/abstracts/new");
		wait(page).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#author-rows tr"), 1));
		page.findElement(By.id("title")).sendKeys("VitalDB 기반 마취 깊이 예측");
		page.findElement(By.cssSelector("#author-rows .author-name")).sendKeys("Presenter");
		new Select(page.findElement(By.cssSelector("#author-rows .author-institution"))).selectByValue("SNU");
		new Select(page.findElement(By.id("primaryTopic"))).selectByValue("DIAGNOSTIC_IMAGING");
		page.findElement(By.id("save-abstract")).click();
		wait(page).until(ExpectedConditions.urlContains("/edit?created"));

		this.logins.loggedIn(this.browser, "overview.chair@hokudai.ac.jp");
		open("/abstracts?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("全演題");
		open("/abstracts?lang=en");
		assertThat(page.findElement(By.id("count-total")).getText()).isEqualTo(Integer.toString(before.size() + 1));
		new Select(page.findElement(By.id("filter-institution"))).selectByValue("SNU");
		new Select(page.findElement(By.id("filter-status"))).selectByValue("DRAFT");
		page.findElement(By.id("apply-filters")).click();
		wait(page).until(ExpectedConditions.urlContains("institution=SNU"));
		assertThat(page.findElement(By.id("abstract-list")).getText()).contains("VitalDB 기반 마취 깊이 예측");
		assertThat(page.findElement(By.id("count-institution")).getText()).contains("Seoul National University");
		assertThat(page.findElement(By.id("export-csv")).getAttribute("href"))
			.endsWith("/api/abstracts/export.csv?institution=SNU&status=DRAFT");
		assertThat(page.findElement(By.id("export-zip")).getAttribute("href")).contains("pdfs.zip");
		assertThat(this.mongo.count(Query.query(Criteria.where("status").is(AbstractStatus.DRAFT)),
				AbstractSubmission.class))
			.isGreaterThanOrEqualTo(1);
	}

	private String file(String name, byte[] content) {
		try {
			Path file = this.files.resolve(name);
			Files.write(file, content);
			return file.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private WebDriverWait wait(WebDriver page) {
		return new WebDriverWait(page, Duration.ofSeconds(15));
	}

	private WebDriver open(String path) {
		return this.browser.open("http://127.0.0.1:" + this.port + path);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock pagesTestClock() {
			return new MutableClock(START);
		}

	}

}
