package org.husnu.symposium.submission.people;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.platform.SymposiumProperties;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.mail.MailOutbox;
import org.husnu.symposium.platform.mail.OutgoingMail;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.submission.accounts.AccountRepository;

import org.springframework.stereotype.Service;

/**
 * Grants and revokes roles: checks who may hand out which role, keeps the last chair,
 * audits the change and tells the person by mail.
 */
@Service
class RoleService {

	private final AccountRepository accounts;

	private final AuditLog audit;

	private final MailOutbox outbox;

	private final SymposiumProperties properties;

	private final ChairRevocationLock chairRevocations;

	RoleService(AccountRepository accounts, AuditLog audit, MailOutbox outbox, SymposiumProperties properties,
			ChairRevocationLock chairRevocations) {
		this.accounts = accounts;
		this.audit = audit;
		this.outbox = outbox;
		this.properties = properties;
		this.chairRevocations = chairRevocations;
	}

	/**
	 * Grants or revokes a role. Who may hand out which role is the
	 * {@link AccessPolicy#mayChangeRole} rule (chairs make chairs, admins make admins); a
	 * refused attempt is audited. The last chair cannot lose the chair role, so the
	 * system never locks its chairs out: revocations of the chair role count and save
	 * under one {@link ChairRevocationLock}, so two at once cannot both pass the count.
	 * @param actor who changes it
	 * @param accountId whose role
	 * @param role the role
	 * @param grant {@code true} to grant, {@code false} to revoke
	 * @return the changed account
	 */
	Account changeRole(Actor actor, UUID accountId, Role role, boolean grant) {
		if (!AccessPolicy.mayChangeRole(actor, role)) {
			this.audit.record(actor, "role.change-refused", accountId.toString(),
					Map.of("role", role.name(), "change", grant ? "grant" : "revoke"));
			AccessPolicy.requireChangeRole(actor, role);
		}
		if (!grant && role == Role.CHAIR) {
			return this.chairRevocations.holding(() -> applyRoleChange(actor, accountId, role, false));
		}
		return applyRoleChange(actor, accountId, role, grant);
	}

	private Account applyRoleChange(Actor actor, UUID accountId, Role role, boolean grant) {
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException("No account with id " + accountId));
		if (grant == account.hasRole(role)) {
			return account;
		}
		if (!grant && role == Role.CHAIR) {
			long chairs = this.accounts.countByRoles(Role.CHAIR);
			DomainRuleException.require(chairs > 1, "account.roles.last-chair",
					account.email() + " is the last chair; make someone else chair first");
		}
		Account changed = this.accounts.save(grant ? account.grant(role) : account.revoke(role));
		this.audit.record(actor, grant ? "role.granted" : "role.revoked", changed.email(), Map.of("role", role.name()));
		if (grant && role != Role.AUTHOR) {
			Map<String, Object> model = new HashMap<>();
			model.put("name", changed.name());
			model.put("role", role.name());
			model.put("url", (role == Role.REVIEWER || role == Role.CHAIR) ? this.properties.links().reviewUrl()
					: this.properties.links().submissionUrl());
			this.outbox.enqueue(new OutgoingMail(changed.email(), changed.language(), "role-granted", model, null));
		}
		return changed;
	}

}
