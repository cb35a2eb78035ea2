package org.husnu.symposium.submission.demo;

import java.time.Instant;
import java.util.List;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.PreRegistration;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.platform.demo.DemoPeople;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("demo")
@Import({ EmbeddedStoreTestConfiguration.class, DemoDataIntegrationTests.Clocks.class })
class DemoDataIntegrationTests {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	DemoData demoData;

	@Test
	void createsPreRegisteredAccountsForEveryDemoPersonOnce() {
		int people = DemoPeople.all().size();
		assertThat(this.mongo.count(new Query(), Account.class)).isEqualTo(people);
		assertThat(this.mongo.count(new Query(), PreRegistration.class)).isEqualTo(people);
		Account chair = this.mongo.findById(DemoPeople.idOf("chair.snu@snu.ac.kr"), Account.class);
		assertThat(chair).isNotNull();
		assertThat(chair.roles()).contains(Role.CHAIR, Role.REVIEWER);
		assertThat(chair.institution()).isEqualTo("SNU");

		this.demoData.afterSingletonsInstantiated();

		assertThat(this.mongo.count(new Query(), Account.class)).isEqualTo(people);
		assertThat(this.mongo.count(new Query(), PreRegistration.class)).isEqualTo(people);
		assertThat(this.mongo.count(new Query(), AbstractSubmission.class)).as("a second run adds no abstracts")
			.isEqualTo(40);
	}

	@Test
	void addsFortyCheckedAbstractsAcrossEveryTopicSomeInJapaneseAndKorean() {
		List<AbstractSubmission> abstracts = this.mongo.findAll(AbstractSubmission.class);
		assertThat(abstracts).hasSize(40);
		assertThat(abstracts).extracting(AbstractSubmission::primaryTopic)
			.containsAll(this.mongo.findAll(TopicArea.class).stream().map(TopicArea::code).toList());
		assertThat(abstracts).allSatisfy((submission) -> assertThat(submission.currentPdf()).isPresent());
		assertThat(abstracts).extracting(AbstractSubmission::status)
			.contains(AbstractStatus.DRAFT, AbstractStatus.SUBMITTED, AbstractStatus.WITHDRAWN);
		assertThat(abstracts).extracting(AbstractSubmission::title)
			.anyMatch((title) -> title.chars().anyMatch((c) -> c >= 0x3040 && c <= 0x30FF))
			.anyMatch((title) -> title.chars().anyMatch((c) -> c >= 0xAC00 && c <= 0xD7AF));
		assertThat(abstracts).extracting(AbstractSubmission::institution).contains("HU", "SNU");
		assertThat(abstracts)
			.allSatisfy((submission) -> assertThat(submission.authors()).extracting((author) -> author.institution())
				.containsExactlyInAnyOrder("HU", "SNU"));
	}

	@Test
	void runsInBlindReviewSoTheUploadedPdfsNameNoAuthor() {
		assertThat(this.mongo.findById(EventSettings.ID, EventSettings.class).blindReview()).isTrue();
		// every PDF passed the upload checks, which in blind review refuse a file naming
		// its authors
		assertThat(this.mongo.findAll(AbstractSubmission.class))
			.allSatisfy((submission) -> assertThat(submission.currentPdf()).isPresent());
		assertThat(DemoAbstracts.all()).as("what review-service's demo waits for").hasSize(DemoPeople.ABSTRACTS);
		assertThat(DemoAbstracts.all().stream().filter((spec) -> "DRAFT".equals(spec.status())))
			.hasSize(DemoPeople.DRAFTS);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock demoClock() {
			return new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
		}

	}

}
