package org.husnu.symposium.submission.accounts;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Eligibility;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.platform.SymposiumProperties;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.mail.MailOutbox;
import org.husnu.symposium.platform.mail.OutgoingMail;
import org.husnu.symposium.platform.security.LoginRedemption;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signs a person in from a redeemed login link, creating the account at first login when
 * the address is eligible (pre-registered or in a verified domain). A double click
 * creates one account: the unique index on the address decides, the loser reads the
 * winner's account.
 */
@Component
class AccountSignIn implements LoginRedemption {

	private final AccountDirectory accounts;

	private final AccountRepository store;

	private final AuditLog audit;

	private final MailOutbox outbox;

	private final SymposiumProperties properties;

	private final Clock clock;

	AccountSignIn(AccountDirectory accounts, AccountRepository store, AuditLog audit, MailOutbox outbox,
			SymposiumProperties properties, Clock clock) {
		this.accounts = accounts;
		this.store = store;
		this.audit = audit;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Account signIn(String email) {
		Optional<Account> existing = this.accounts.findByEmail(email);
		if (existing.isPresent()) {
			return existing.get();
		}
		Eligibility eligibility = this.accounts.eligibilityOf(email);
		DomainRuleException.require(eligibility.eligible(), "account.not-eligible",
				"This address is neither pre-registered nor at a member institution");
		Language language = Language.of(LocaleContextHolder.getLocale());
		Account account = new Account(Account.idFor(email), email, eligibility.name(), eligibility.institution(), null,
				eligibility.position(), language, EnumSet.of(Role.AUTHOR), this.clock.instant(), null);
		try {
			account = this.store.insert(account);
		}
		catch (DuplicateKeyException ex) {
			return this.accounts.findByEmail(email).orElseThrow(() -> ex);
		}
		this.audit.record(Actor.of(account), "account.created", account.email(),
				Map.of("source", eligibility.source().name(), "institution", eligibility.institution()));
		Map<String, Object> model = new HashMap<>();
		model.put("name", account.name());
		model.put("submissionUrl", this.properties.links().submissionUrl());
		model.put("reviewUrl", this.properties.links().reviewUrl());
		this.outbox.enqueue(new OutgoingMail(account.email(), language, "welcome", model, "welcome:" + account.id()));
		return account;
	}

	@Override
	public String targetAfterLogin(Account account, String continueUrl) {
		if (!account.isProfileComplete()) {
			UriComponentsBuilder profile = UriComponentsBuilder.fromPath("/profile").queryParam("welcome");
			if (continueUrl != null) {
				profile.queryParam("continue", continueUrl);
			}
			return profile.encode().build().toUriString();
		}
		return (continueUrl != null) ? continueUrl : "/";
	}

	/**
	 * Creates the configured bootstrap chairs that have no account yet. Existing accounts
	 * are left alone: a chair who was revoked stays revoked.
	 * @return how many were created
	 */
	int createBootstrapChairs() {
		int created = 0;
		for (String email : this.properties.bootstrap().chairs()) {
			if (email.isBlank() || this.accounts.findByEmail(email).isPresent()) {
				continue;
			}
			Eligibility eligibility = this.accounts.eligibilityOf(email);
			Account chair = new Account(Account.idFor(email), email, eligibility.name(), eligibility.institution(),
					null, eligibility.position(), Language.EN, Set.of(Role.CHAIR), this.clock.instant(), null);
			try {
				this.store.insert(chair);
				this.audit.record(null, "account.bootstrapped", chair.email(), Map.of("role", Role.CHAIR.name()));
				created++;
			}
			catch (DuplicateKeyException ex) {
				// another instance created it at the same moment
			}
		}
		return created;
	}

}
