package org.husnu.symposium.core.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of the audit log, append-only. Either service appends; nobody edits.
 *
 * @param id stable id
 * @param at when it happened
 * @param actorId the account that acted, {@code null} for the system itself
 * @param actorEmail that account's address at the time, or {@code system}
 * @param action what happened, a stable code such as {@code login} or
 * {@code role.granted}
 * @param subject what it happened to, e.g. an account's address
 * @param details further facts, short strings
 * @param service the service that recorded it
 */
@Document(collection = CollectionNames.AUDIT_LOG)
public record AuditEntry(@Id UUID id, Instant at, UUID actorId, String actorEmail, String action, String subject,
		Map<String, String> details, String service) {

	public AuditEntry {
		DomainRuleException.require(id != null && at != null, "audit.fields", "An audit entry needs an id and a time");
		DomainRuleException.require(action != null && !action.isBlank(), "audit.action",
				"An audit entry needs an action");
		actorEmail = (actorEmail != null) ? actorEmail : "system";
		details = (details != null) ? Map.copyOf(details) : Map.of();
	}

}
