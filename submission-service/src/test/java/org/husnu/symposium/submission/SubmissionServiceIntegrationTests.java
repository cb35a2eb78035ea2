package org.husnu.symposium.submission;

import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.ServiceContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * submission-service started for real on a random port against the embedded store: what a
 * newcomer sees right after the run command.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(EmbeddedStoreTestConfiguration.class)
class SubmissionServiceIntegrationTests {

	@Value("${local.server.port}")
	int port;

	private ServiceContract service;

	@BeforeEach
	void connect() {
		this.service = new ServiceContract(this.port);
	}

	@Test
	void reportsHealthUp() {
		this.service.reportsHealthUp();
	}

	@Test
	void listsTheSixMhlwTopicAreasWithJapaneseNames() {
		this.service.listsTheSixMhlwTopicAreasWithJapaneseNames();
	}

	@Test
	void listsTheInstitutions() {
		this.service.listsHuAndSnuWithTheirDomains();
	}

	@Test
	void answersUnknownTopicAreaWithProblemDetail() {
		this.service.answersUnknownTopicWithProblemDetail();
	}

	@Test
	void answersUnknownPathsAndWrongMethodsWithProblemDetails() {
		this.service.answersUnknownApiPathAndWrongMethodWithProblemDetails();
	}

	@Test
	void publishesOpenApi() {
		this.service.publishesOpenApi("/api/topic-areas");
	}

	@Test
	void servesLandingPageWithTopicAreasInThreeLanguages() {
		String page = this.service.landingPage();
		assertThat(page).contains("submission-service", "手術支援", "수술 지원", "Surgical support", "JST");
	}

}
