package org.husnu.symposium.platform.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.audit.AuditEntry;
import org.husnu.symposium.platform.SymposiumProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Appends who did what to the audit log. Appending never fails the action it records: a
 * failed append is logged, because refusing a login over an audit write would be worse.
 */
@Component
public class AuditLog {

	private static final Logger logger = LoggerFactory.getLogger(AuditLog.class);

	private static final String ACTION = "action";

	private final MongoOperations mongo;

	private final Clock clock;

	private final String service;

	public AuditLog(MongoOperations mongo, Clock clock, SymposiumProperties properties) {
		this.mongo = mongo;
		this.clock = clock;
		this.service = properties.serviceName();
	}

	/**
	 * Records an action.
	 * @param actor who acted, {@code null} for the system
	 * @param action stable action code, e.g. {@code role.granted}
	 * @param subject what it happened to
	 * @param details further facts
	 */
	public void record(Actor actor, String action, String subject, Map<String, String> details) {
		AuditEntry entry = new AuditEntry(UUID.randomUUID(), this.clock.instant(),
				(actor != null) ? actor.accountId() : null, (actor != null) ? actor.email() : null, action, subject,
				details, this.service);
		try {
			this.mongo.insert(entry);
		}
		catch (RuntimeException ex) {
			logger.error("Could not append to the audit log: {}", entry, ex);
		}
	}

	/**
	 * The newest entries a reader may see, optionally of one action. Chairs see every
	 * entry, admins without the chair role only those about accounts and access
	 * ({@link AccessPolicy#maySeeAuditAction}); the filter is part of the query, so a
	 * limit counts only entries the reader may see.
	 * @param reader who reads
	 * @param action action code, or {@code null} for all
	 * @param limit how many at most
	 * @return entries, newest first
	 * @throws org.husnu.symposium.core.access.AccessRefusedException when the reader may
	 * not read the audit log
	 */
	public List<AuditEntry> newest(Actor reader, String action, int limit) {
		AccessPolicy.requireReadAuditLog(reader);
		boolean oneAction = action != null && !action.isBlank();
		Query query;
		if (AccessPolicy.mayReadEveryAuditEntry(reader)) {
			query = oneAction ? Query.query(Criteria.where(ACTION).is(action)) : new Query();
		}
		else if (oneAction) {
			if (!AccessPolicy.maySeeAuditAction(reader, action)) {
				return List.of();
			}
			query = Query.query(Criteria.where(ACTION).is(action));
		}
		else {
			query = Query.query(Criteria.where(ACTION).in(AccessPolicy.ACCOUNT_AUDIT_ACTIONS));
		}
		return this.mongo.find(query.with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), AuditEntry.class)
			.stream()
			.filter((entry) -> AccessPolicy.maySeeAuditAction(reader, entry.action()))
			.toList();
	}

}
