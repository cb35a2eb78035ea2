package org.husnu.symposium.review.demo;

import java.time.Instant;

import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.reviewers.Expertise;
import org.husnu.symposium.core.reviewers.ReviewerPapers;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.demo.DemoPeople;
import org.husnu.symposium.platform.demo.DemoPeople.Person;
import org.husnu.symposium.review.reviewers.ReviewerArchiveRepository;
import org.husnu.symposium.review.reviewers.ReviewerProfileRepository;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@Import(EmbeddedStoreTestConfiguration.class)
class DemoDataIntegrationTests {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	ReviewerProfileRepository profiles;

	@Autowired
	ReviewerArchiveRepository archives;

	@Test
	void waitsForTheAccountsThenCreatesEachReviewerProfileOnce() {
		DemoData demoData = new DemoData(this.accounts, this.profiles, this.archives);
		assertThat(demoData.insertProfiles()).isFalse();
		assertThat(this.mongo.count(new Query(), ReviewerProfile.class)).isZero();

		// what submission-service's demo writes
		for (Person person : DemoPeople.all()) {
			this.mongo.insert(new Account(person.id(), person.email(), person.name(), person.institution(),
					person.department(), person.position(), person.language(), person.roles(), Instant.EPOCH, null));
		}

		assertThat(demoData.insertProfiles()).isTrue();
		assertThat(demoData.insertProfiles()).isTrue();
		long reviewers = DemoPeople.all().stream().filter((person) -> person.roles().contains(Role.REVIEWER)).count();
		assertThat(this.mongo.count(new Query(), ReviewerProfile.class)).isEqualTo(reviewers);
		ReviewerProfile vitalLab = this.mongo.findById(DemoPeople.idOf("jung@snu.ac.kr"), ReviewerProfile.class);
		assertThat(vitalLab.expertiseIn("PERIOPERATIVE_BIOSIGNALS")).isEqualTo(Expertise.EXPERT);
		assertThat(vitalLab.expertiseIn("GENOME_MEDICINE")).isEqualTo(Expertise.NONE);
		ReviewerPapers yamada = this.mongo.findById(DemoPeople.idOf("yamada@med.hokudai.ac.jp"), ReviewerPapers.class);
		assertThat(yamada.papers()).hasSize(2);
		assertThat(this.mongo.count(new Query(), ReviewerPapers.class)).as("not added twice").isEqualTo(4);
	}

}
