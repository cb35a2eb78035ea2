package org.husnu.symposium.submission.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.AccessRefusedException;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last-chair guard under concurrency (issue 9, item 12): chairs revoking each other
 * at the same moment, on the service itself so nothing but the store serialises them.
 */
@SpringBootTest
@Import(EmbeddedStoreTestConfiguration.class)
class LastChairGuardIntegrationTests {

	private static final int CHAIRS = 4;

	@Autowired
	RoleService roles;

	@Autowired
	MongoOperations mongo;

	@Test
	void chairsRevokingEachOtherAtOnceAlwaysLeaveOneChair() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CHAIRS);
		try {
			for (int round = 0; round < 15; round++) {
				this.mongo.remove(new Query(), Account.class);
				List<Account> chairs = new ArrayList<>();
				for (int i = 0; i < CHAIRS; i++) {
					chairs.add(this.mongo.insert(new Account(UUID.randomUUID(),
							"chair" + round + "." + i + "@hokudai.ac.jp", "Chair " + i, "HU", null, null, Language.EN,
							Set.of(Role.AUTHOR, Role.CHAIR), Instant.now(), null)));
				}
				CyclicBarrier together = new CyclicBarrier(CHAIRS);
				List<Future<String>> outcomes = new ArrayList<>();
				for (int i = 0; i < CHAIRS; i++) {
					Actor actor = Actor.of(chairs.get(i));
					UUID target = chairs.get((i + 1) % CHAIRS).id();
					outcomes.add(pool.submit(() -> {
						together.await();
						try {
							this.roles.changeRole(actor, target, Role.CHAIR, false);
							return "revoked";
						}
						catch (DomainRuleException ex) {
							return ex.code();
						}
						catch (AccessRefusedException ex) {
							return "refused";
						}
					}));
				}
				List<String> results = new ArrayList<>();
				for (Future<String> outcome : outcomes) {
					results.add(outcome.get());
				}
				long left = this.mongo.count(Query.query(Criteria.where("roles").is(Role.CHAIR.name())), Account.class);
				assertThat(left).as("round %d: %s", round, results).isEqualTo(1);
				assertThat(results).filteredOn("revoked"::equals).hasSize(CHAIRS - 1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
