package org.husnu.symposium.submission.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the chairs named in {@code symposium.bootstrap.chairs} at start, before the web
 * server opens, so a fresh system has someone who can import the pre-registration list.
 */
@Component
class BootstrapChairs implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(BootstrapChairs.class);

	private final AccountSignIn signIn;

	BootstrapChairs(AccountSignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	public void afterSingletonsInstantiated() {
		int created = this.signIn.createBootstrapChairs();
		if (created > 0) {
			logger.info("Created {} bootstrap chair account(s) from symposium.bootstrap.chairs", created);
		}
	}

}
