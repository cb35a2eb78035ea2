package org.husnu.symposium.submission.accounts;

import java.util.Map;

import jakarta.validation.constraints.Size;
import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Position;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.referencedata.ReferenceData;

import org.springframework.stereotype.Service;

/**
 * Changes a person's own profile. Optimistic locking turns a concurrent change into a 409
 * instead of a lost update.
 */
@Service
class ProfileService {

	private final AccountDirectory accounts;

	private final AccountRepository store;

	private final ReferenceData referenceData;

	private final AuditLog audit;

	ProfileService(AccountDirectory accounts, AccountRepository store, ReferenceData referenceData, AuditLog audit) {
		this.accounts = accounts;
		this.store = store;
		this.referenceData = referenceData;
		this.audit = audit;
	}

	Account update(Actor actor, ProfileChange change) {
		Account account = this.accounts.findById(actor.accountId())
			.orElseThrow(() -> new NotFoundException("Your account no longer exists"));
		String institution = (change.institution() != null) ? change.institution().strip() : null;
		DomainRuleException.require(institution == null || institution.isEmpty()
				|| this.referenceData.institutions().stream().anyMatch((known) -> known.code().equals(institution)),
				"account.institution", "Unknown institution " + institution + "; choose one of the list");
		Account changed = account.withProfile(change.name(), institution, change.department(), change.position(),
				(change.language() != null) ? change.language() : account.language());
		changed = this.store.save(changed);
		this.audit.record(actor, "profile.updated", changed.email(), Map.of());
		return changed;
	}

	/**
	 * A profile change.
	 *
	 * @param name name
	 * @param institution institution code
	 * @param department department or lab
	 * @param position position
	 * @param language preferred language
	 */
	record ProfileChange(@Size(max = 200) String name, @Size(max = 20) String institution,
			@Size(max = 200) String department, Position position, Language language) {
	}

}
