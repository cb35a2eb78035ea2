package org.husnu.symposium.review.program;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.ProgramChecks;
import org.husnu.symposium.core.program.ProgramWarning;
import org.husnu.symposium.core.program.SpeakerInvitation;
import org.husnu.symposium.platform.accounts.AccountDirectory;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads what {@link ProgramChecks} needs from the store (the talks' authors, the session
 * chairs' accounts, the speakers' invitations) and runs the checks, so the editor, the
 * API and the publication all warn alike.
 */
@Component
class ProgramWarnings {

	private final MongoOperations mongo;

	private final AccountDirectory accounts;

	ProgramWarnings(MongoOperations mongo, AccountDirectory accounts) {
		this.mongo = mongo;
		this.accounts = accounts;
	}

	List<ProgramWarning> of(Program program) {
		List<UUID> talks = program.talks();
		Map<UUID, ProgramChecks.Presenter> presenters = new HashMap<>();
		Map<UUID, Set<String>> authorEmails = new HashMap<>();
		Map<UUID, String> labels = new HashMap<>();
		for (AbstractSubmission submission : this.mongo.find(Query.query(Criteria.where("_id").in(talks)),
				AbstractSubmission.class)) {
			labels.put(submission.id(), submission.number());
			Set<String> emails = new HashSet<>();
			for (Author author : submission.authors()) {
				emails.add(author.email());
				if (author.presenting()) {
					presenters.put(submission.id(),
							new ProgramChecks.Presenter(author.name(), author.email(), author.institution()));
				}
			}
			authorEmails.put(submission.id(), emails);
		}
		Set<UUID> chairs = new HashSet<>();
		program.sessions().forEach((session) -> chairs.addAll(session.sessionChairs()));
		Map<UUID, String> chairEmails = new HashMap<>();
		for (Account account : this.accounts.findAllById(chairs)) {
			chairEmails.put(account.id(), account.email());
		}
		Map<UUID, SpeakerInvitation> invitations = new HashMap<>();
		for (SpeakerInvitation invitation : this.mongo.find(Query.query(Criteria.where("_id").in(talks)),
				SpeakerInvitation.class)) {
			invitations.put(invitation.abstractId(), invitation);
		}
		return ProgramChecks.warnings(program,
				new ProgramChecks.Context(presenters, authorEmails, labels, chairEmails, invitations));
	}

}
