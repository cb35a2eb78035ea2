package org.husnu.symposium.review.demo;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.demo.DemoPeople;
import org.husnu.symposium.platform.demo.DemoPeople.Person;
import org.husnu.symposium.review.reviewers.ReviewerProfileRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Demo data of review-service ({@code ./run.sh --demo}): reviewer profiles of the demo
 * reviewers. Their accounts are written by submission-service, which may start later, so
 * this checks every second (for two minutes at most) until the accounts are there,
 * without holding up start-up.
 */
@Component
@Profile("demo")
class DemoData implements SmartInitializingSingleton, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private static final int MAX_ATTEMPTS = 120;

	private final AccountDirectory accounts;

	private final ReviewerProfileRepository profiles;

	private final SimpleAsyncTaskScheduler scheduler = new SimpleAsyncTaskScheduler();

	DemoData(AccountDirectory accounts, ReviewerProfileRepository profiles) {
		this.accounts = accounts;
		this.profiles = profiles;
	}

	@Override
	public void afterSingletonsInstantiated() {
		AtomicInteger attempts = new AtomicInteger();
		AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
		task.set(this.scheduler.scheduleWithFixedDelay(() -> {
			boolean done = insertProfiles();
			if (done || attempts.incrementAndGet() >= MAX_ATTEMPTS) {
				if (!done) {
					logger.warn("Demo reviewer accounts did not appear; is submission-service running with --demo?");
				}
				ScheduledFuture<?> self = task.get();
				if (self != null) {
					self.cancel(false);
				}
				this.scheduler.close();
			}
		}, Duration.ofSeconds(1)));
	}

	@Override
	public void destroy() {
		// stop waiting for the accounts when the service stops first
		this.scheduler.close();
	}

	/**
	 * Inserts the profiles of demo reviewers whose accounts exist.
	 * @return whether every demo reviewer has a profile now
	 */
	boolean insertProfiles() {
		boolean complete = true;
		int inserted = 0;
		for (Person person : DemoPeople.all()) {
			if (!person.roles().contains(Role.REVIEWER)) {
				continue;
			}
			Account account = this.accounts.findByEmail(person.email()).orElse(null);
			if (account == null) {
				complete = false;
				continue;
			}
			try {
				this.profiles.insert(ReviewerProfile.invited(account.id(), account.email(), 5, account.createdAt())
					.withProfile(person.expertise(), "", List.of(), null, 5, null));
				inserted++;
			}
			catch (DuplicateKeyException ex) {
				// already there from an earlier run
			}
		}
		if (inserted > 0) {
			logger.info("Demo data: {} reviewer profiles inserted", inserted);
		}
		return complete;
	}

}
