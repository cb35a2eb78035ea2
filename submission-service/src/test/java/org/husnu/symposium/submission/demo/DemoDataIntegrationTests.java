package org.husnu.symposium.submission.demo;

import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.PreRegistration;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.platform.demo.DemoPeople;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("demo")
@Import(EmbeddedStoreTestConfiguration.class)
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
	}

}
