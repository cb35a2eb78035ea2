package org.husnu.symposium.review;

import java.util.List;

import org.husnu.symposium.core.topics.TopicAreas;
import org.husnu.symposium.test.Browser;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
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
 * The pages of review-service as a person sees them, in headless Chromium.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(EmbeddedStoreTestConfiguration.class)
@TestInstance(Lifecycle.PER_CLASS)
class ReviewPagesBrowserTests {

	@Value("${local.server.port}")
	int port;

	private Browser browser;

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

	@Test
	void landingPageShowsTheTopicAreasInThreeLanguages() {
		WebDriver page = this.browser.open("http://127.0.0.1:" + this.port + "/");
		assertThat(page.getTitle()).contains("HU × SNU Medical AI");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Review and program");
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
	void headerLinksToBothServicesAndTheApi() {
		WebDriver page = this.browser.open("http://127.0.0.1:" + this.port + "/");
		List<String> links = page.findElements(By.cssSelector(".site-nav a"))
			.stream()
			.map((link) -> link.getDomAttribute("href"))
			.toList();
		assertThat(links).containsExactly("http://localhost:8081", "http://localhost:8082", "/swagger-ui/index.html");
	}

}
