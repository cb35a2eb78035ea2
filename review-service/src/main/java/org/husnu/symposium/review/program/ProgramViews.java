package org.husnu.symposium.review.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.ProgramPublication;
import org.husnu.symposium.core.program.ProgramSession;
import org.husnu.symposium.core.program.ProgramWarning;
import org.husnu.symposium.core.program.Slot;
import org.husnu.symposium.core.program.SlotKind;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.review.program.ProgramView.ChairView;
import org.husnu.symposium.review.program.ProgramView.PersonView;
import org.husnu.symposium.review.program.ProgramView.SessionView;
import org.husnu.symposium.review.program.ProgramView.SlotView;
import org.husnu.symposium.review.program.ProgramView.TalkView;
import org.husnu.symposium.review.program.ProgramView.WarningView;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Builds {@link ProgramView}: names the talks and chairs, renders the warnings in the
 * request's language and lists the accepted talks that have no slot.
 */
@Component
class ProgramViews {

	private final MongoOperations mongo;

	private final AcceptedTalks acceptedTalks;

	private final AccountDirectory accounts;

	private final ProgramWarnings warnings;

	private final MessageSource messages;

	ProgramViews(MongoOperations mongo, AcceptedTalks acceptedTalks, AccountDirectory accounts,
			ProgramWarnings warnings, MessageSource messages) {
		this.mongo = mongo;
		this.acceptedTalks = acceptedTalks;
		this.accounts = accounts;
		this.warnings = warnings;
		this.messages = messages;
	}

	ProgramView of(Program program) {
		Map<UUID, AbstractSubmission> talks = new HashMap<>();
		List<TalkView> unplaced = new ArrayList<>();
		Set<UUID> placed = new HashSet<>(program.talks());
		for (AbstractSubmission submission : this.acceptedTalks.all()) {
			talks.put(submission.id(), submission);
			if (!placed.contains(submission.id())) {
				unplaced.add(talk(submission));
			}
		}
		List<UUID> missing = placed.stream().filter((id) -> !talks.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			// placed before it was withdrawn: still named, the save or publish refuses it
			this.mongo.find(Query.query(Criteria.where("_id").in(missing)), AbstractSubmission.class)
				.forEach((submission) -> talks.put(submission.id(), submission));
		}
		Set<UUID> chairIds = new HashSet<>();
		program.sessions().forEach((session) -> chairIds.addAll(session.sessionChairs()));
		Map<UUID, Account> chairs = new HashMap<>();
		this.accounts.findAllById(chairIds).forEach((account) -> chairs.put(account.id(), account));
		List<SessionView> sessions = new ArrayList<>();
		for (ProgramSession session : program.sessions()) {
			List<ChairView> sessionChairs = session.sessionChairs().stream().map((id) -> {
				Account account = chairs.get(id);
				return (account != null) ? new ChairView(id, name(account), account.institution())
						: new ChairView(id, id.toString(), null);
			}).toList();
			List<SlotView> slots = new ArrayList<>();
			for (Slot slot : session.slots()) {
				TalkView talk = null;
				if (slot.kind() == SlotKind.TALK) {
					AbstractSubmission submission = talks.get(slot.abstractId());
					talk = (submission != null) ? talk(submission)
							: new TalkView(slot.abstractId(), "?", "?", new PersonView("?", null));
				}
				slots.add(new SlotView(slot.kind(), slot.start(), slot.end(), talk, slot.label()));
			}
			sessions
				.add(new SessionView(session.id(), session.title(), session.topicCodes(), sessionChairs, session.room(),
						session.start(), session.end(), session.talkMinutes(), session.questionMinutes(), slots));
		}
		return new ProgramView(program.version(), sessions, render(this.warnings.of(program)), published(), unplaced);
	}

	List<WarningView> render(List<ProgramWarning> found) {
		Locale locale = LocaleContextHolder.getLocale();
		return found.stream()
			.map((warning) -> new WarningView(warning.code(),
					this.messages.getMessage("program.edit.warning." + warning.code(), warning.args().toArray(),
							warning.code() + " " + warning.args(), locale),
					warning.sessionId(), warning.abstractId()))
			.toList();
	}

	ProgramView.PublishedView published() {
		ProgramPublication latest = this.mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
				ProgramPublication.class);
		return (latest != null) ? new ProgramView.PublishedView(latest.number(), latest.publishedAt()) : null;
	}

	static String name(Account account) {
		return (account.name() != null && !account.name().isBlank()) ? account.name() : account.email();
	}

	private static TalkView talk(AbstractSubmission submission) {
		Author presenter = submission.authors().stream().filter(Author::presenting).findFirst().orElseThrow();
		return new TalkView(submission.id(), submission.number(), submission.title(),
				new PersonView(presenter.name(), presenter.institution()));
	}

}
