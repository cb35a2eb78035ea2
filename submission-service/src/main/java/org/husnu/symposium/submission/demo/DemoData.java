package org.husnu.symposium.submission.demo;

import java.time.Clock;
import java.time.Instant;

import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.PreRegistration;
import org.husnu.symposium.platform.demo.DemoPeople;
import org.husnu.symposium.platform.demo.DemoPeople.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Demo data of submission-service ({@code ./run.sh --demo}): the demo people's
 * pre-registrations and accounts. Insert-only, so running the demo again changes nothing.
 * Runs once every bean (reference data and indexes included) is ready, before the web
 * server opens.
 */
@Component
@Profile("demo")
class DemoData implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private final MongoOperations mongo;

	private final Clock clock;

	DemoData(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Instant now = this.clock.instant();
		int inserted = 0;
		for (Person person : DemoPeople.all()) {
			inserted += insertIfAbsent(new PreRegistration(person.email(), person.name(), person.institution(),
					person.position(), now, null));
			inserted += insertIfAbsent(new Account(person.id(), person.email(), person.name(), person.institution(),
					person.department(), person.position(), person.language(), person.roles(), now, null));
		}
		logger.info("Demo data: {} pre-registrations and accounts inserted ({} people)", inserted,
				DemoPeople.all().size());
	}

	private int insertIfAbsent(Object document) {
		try {
			this.mongo.insert(document);
			return 1;
		}
		catch (DuplicateKeyException ex) {
			return 0;
		}
	}

}
