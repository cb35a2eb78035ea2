package org.husnu.symposium.review.publication;

import java.util.List;

import org.husnu.symposium.test.Browser;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public program in Chromium, without login: the "not out yet" page before the first
 * publication, then the published program in English, Japanese and Korean with the
 * presenter marked, parallel sessions side by side on a wide screen and stacked on a
 * phone (390 px) without sideways scrolling, and the downloads linked.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(EmbeddedStoreTestConfiguration.class)
@TestInstance(Lifecycle.PER_CLASS)
class PublicProgramBrowserTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start();
	}

	@AfterAll
	void stopBrowser() {
		PublicationFixtures.clear(this.mongo);
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void anyoneReadsTheProgramInThreeLanguagesOnAWideScreenAndAPhone() {
		PublicationFixtures.clear(this.mongo);
		WebDriver page = open("/program?lang=en");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("The program is not out yet");
		assertThat(page.findElements(By.id("nav-login"))).as("anonymous").hasSize(1);

		PublicationFixtures.published(1).store(this.mongo);
		page = open("/program?lang=en");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Program");
		assertThat(page.findElement(By.id("program-zone")).getText()).contains("Asia/Tokyo", "Seoul");
		assertThat(page.findElement(By.cssSelector(".program-day h2")).getText()).contains("March", "2027");
		WebElement talk = page.findElement(By.cssSelector("li.talk[data-number='P-101']"));
		assertThat(talk.getText()).contains("10:00–10:15", PublicationFixtures.EN_TITLE, "Hanako Suzuki",
				"Ichiro Tanaka", "Graduate School of Health Sciences, HU");
		assertThat(talk.findElement(By.cssSelector(".presenter strong")).getText()).isEqualTo("Hanako Suzuki");
		assertThat(page.findElement(By.cssSelector("li.talk[data-number='P-102']")).getText())
			.contains(PublicationFixtures.JA_TITLE, "Student");
		assertThat(page.findElement(By.cssSelector("li.break")).getText()).contains("Coffee break");
		List<WebElement> sessions = page.findElements(By.cssSelector(".program-block .program-session"));
		assertThat(sessions).hasSize(2);
		assertThat(sessions.get(0).getRect().getY()).as("parallel rooms side by side")
			.isEqualTo(sessions.get(1).getRect().getY());
		assertThat(page.findElement(By.id("download-pdf")).getDomAttribute("href")).contains("/program.pdf");
		assertThat(page.findElement(By.id("download-book")).getDomAttribute("href")).contains("/book.pdf");
		assertThat(page.findElement(By.id("download-ics")).getDomAttribute("href")).isEqualTo("/program.ics");

		page = open("/program?lang=ja");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("プログラム");
		assertThat(page.findElement(By.id("program-zone")).getText()).contains("日本標準時");
		assertThat(page.findElement(By.cssSelector(".program-day h2")).getText()).contains("2027年3月4日");
		assertThat(page.findElement(By.id("download-book")).getText()).isEqualTo("抄録集（PDF）");
		assertThat(page.findElement(By.cssSelector("li.talk[data-number='P-102']")).getText()).contains("学生");

		page = open("/program?lang=ko");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("프로그램");
		assertThat(page.findElement(By.cssSelector(".program-day h2")).getText()).contains("2027년 3월 4일");
		assertThat(page.findElement(By.cssSelector("li.talk[data-number='P-103']")).getText())
			.contains(PublicationFixtures.KO_TITLE, "김민준");

		page.manage().window().setSize(new Dimension(390, 844));
		try {
			page = open("/program?lang=ko");
			sessions = page.findElements(By.cssSelector(".program-block .program-session"));
			assertThat(sessions.get(1).getRect().getY()).as("stacked on a phone")
				.isGreaterThan(sessions.get(0).getRect().getY());
			Object overflow = ((JavascriptExecutor) page)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(((Number) overflow).intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
		}
		finally {
			page.manage().window().setSize(new Dimension(1280, 1000));
			open("/program?lang=en");
		}
	}

	private WebDriver open(String path) {
		return this.browser.open("http://127.0.0.1:" + this.port + path);
	}

}
