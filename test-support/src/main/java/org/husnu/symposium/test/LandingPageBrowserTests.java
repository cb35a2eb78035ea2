package org.husnu.symposium.test;

import java.util.List;

import org.husnu.symposium.core.topics.TopicAreas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The landing page of a service as a person sees it, in headless Chromium. Each service's
 * page test extends this; the layout and the reference-data sections are shared, so their
 * checks are too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(EmbeddedStoreTestConfiguration.class)
@TestInstance(Lifecycle.PER_CLASS)
public abstract class LandingPageBrowserTests {

	@Value("${local.server.port}")
	private int port;

	private Browser browser;

	/**
	 * The main heading of this service's landing page.
	 * @return the heading
	 */
	protected abstract String expectedHeading();

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start();
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	/**
	 * Opens a path of the service under test.
	 * @param path the path, starting with {@code /}
	 * @return the browser on that page
	 */
	protected WebDriver open(String path) {
		return this.browser.open("http://127.0.0.1:" + this.port + path);
	}

	@Test
	void landingPageShowsTheTopicAreasInThreeLanguages() {
		WebDriver page = open("/");
		assertThat(page.getTitle()).contains("HU × SNU Medical AI");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(expectedHeading());
		assertThat(page.findElement(By.id("deadline")).getText()).contains("JST");
		List<WebElement> mhlwRows = page.findElements(By.cssSelector("#topic-areas tbody tr"))
			.stream()
			.filter((row) -> row.getText().contains("MHLW"))
			.toList();
		assertThat(mhlwRows).extracting((row) -> row.getDomAttribute("data-code"))
			.containsExactlyElementsOf(TopicAreas.MHLW_PRIORITY_CODES);
		assertThat(page.findElement(By.cssSelector("#topic-areas tr[data-code='DEMENTIA_CARE']")).getText())
			.contains("Nursing care and dementia", "介護・認知症", "돌봄·치매");
	}

	@Test
	void headerLinksToBothServicesThePublicProgramAndTheApi() {
		WebDriver page = open("/");
		List<String> links = page.findElements(By.cssSelector(".site-nav a"))
			.stream()
			.map((link) -> link.getDomAttribute("href"))
			.toList();
		assertThat(links).containsExactly("http://localhost:8081", "http://localhost:8082",
				"http://localhost:8082/program", "/dev/mail", "/swagger-ui/index.html");
	}

	@Test
	void languageSwitchTranslatesThePageAndIsRemembered() {
		WebDriver page = open("/");
		page.findElement(By.id("lang-ja")).click();
		page.findElement(By.cssSelector("html[lang='ja']"));
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(expectedJapaneseHeading());
		open("/login");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("ログイン");
		page.findElement(By.id("lang-ko")).click();
		page.findElement(By.cssSelector("html[lang='ko']"));
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("로그인");
		open("/dev/mail");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("개발용 메일함");
		page.findElement(By.id("lang-en")).click();
		page.findElement(By.cssSelector("html[lang='en']"));
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Dev mailbox");
	}

	/**
	 * The landing page's heading in Japanese.
	 * @return the heading
	 */
	protected abstract String expectedJapaneseHeading();

}
