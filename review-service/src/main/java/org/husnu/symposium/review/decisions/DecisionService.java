package org.husnu.symposium.review.decisions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.decisions.DecisionState;
import org.husnu.symposium.core.decisions.EffectiveStatus;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.mail.MailPreview;
import org.husnu.symposium.platform.problems.ConflictException;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.problems.ProblemTypes;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The chairs' decisions: decide one or many (held), undo a held one, list them, preview
 * the mails a release would send. Releasing is {@link DecisionRelease}'s.
 */
@Service
public class DecisionService {

	/** Most abstracts one bulk decision may name. */
	static final int MAX_BULK = 1000;

	private final DecisionStore store;

	private final DecidableAbstracts abstracts;

	private final DecisionMails mails;

	private final AuditLog audit;

	private final Clock clock;

	DecisionService(DecisionStore store, DecidableAbstracts abstracts, DecisionMails mails, AuditLog audit,
			Clock clock) {
		this.store = store;
		this.abstracts = abstracts;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Decides one abstract; the decision is held. Changing a released decision holds it
	 * again.
	 * @param actor a chair
	 * @param abstractKey the abstract's id or number
	 * @param outcome the outcome's name
	 * @return the decision
	 */
	DecisionView decide(Actor actor, String abstractKey, String outcome) {
		AccessPolicy.requireDecide(actor);
		DecisionOutcome parsed = outcome(outcome);
		AbstractSubmission submission = decidable(abstractKey);
		return write(actor, submission, parsed, now());
	}

	/**
	 * Decides many abstracts at once, all or none: every abstract is checked first.
	 * @param actor a chair
	 * @param abstractKeys the abstracts' ids or numbers
	 * @param outcome the outcome's name
	 * @return the decisions
	 */
	public List<DecisionView> decideAll(Actor actor, List<String> abstractKeys, String outcome) {
		AccessPolicy.requireDecide(actor);
		DecisionOutcome parsed = outcome(outcome);
		if (abstractKeys == null || abstractKeys.isEmpty()) {
			throw new DomainRuleException("decision.bulk.empty", "Choose at least one abstract to decide on");
		}
		if (abstractKeys.size() > MAX_BULK) {
			throw new DomainRuleException("decision.bulk.size",
					"Decide on at most " + MAX_BULK + " abstracts at once (" + abstractKeys.size() + " were sent)");
		}
		Map<String, AbstractSubmission> found = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		List<String> notDecidable = new ArrayList<>();
		for (String key : abstractKeys) {
			Optional<AbstractSubmission> submission = this.abstracts.find(key);
			if (submission.isEmpty()) {
				unknown.add(String.valueOf(key));
			}
			else if (!EffectiveStatus.isDecidable(submission.get().status())) {
				notDecidable.add(submission.get().number());
			}
			else {
				found.putIfAbsent(submission.get().id().toString(), submission.get());
			}
		}
		if (!unknown.isEmpty() || !notDecidable.isEmpty()) {
			List<String> parts = new ArrayList<>();
			if (!unknown.isEmpty()) {
				parts.add("no abstract " + String.join(", ", unknown));
			}
			if (!notDecidable.isEmpty()) {
				parts.add(String.join(", ", notDecidable) + " not submitted or withdrawn");
			}
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.DOMAIN_RULE,
					"The request breaks a rule",
					"Nothing was decided: " + String.join("; ", parts)
							+ ". Remove these from the selection and decide again.")
				.with("code", "decision.bulk.invalid")
				.with("unknown", unknown)
				.with("notDecidable", notDecidable);
		}
		Instant at = now();
		return found.values().stream().map((submission) -> write(actor, submission, parsed, at)).toList();
	}

	/**
	 * Undoes a held decision; a released one cannot be undone, only changed.
	 * @param actor a chair
	 * @param abstractKey the abstract's id or number
	 */
	void undo(Actor actor, String abstractKey) {
		AccessPolicy.requireDecide(actor);
		AbstractSubmission submission = this.abstracts.find(abstractKey).orElseThrow(() -> unknown(abstractKey));
		Decision decision = this.store.find(submission.id())
			.orElseThrow(() -> new NotFoundException("There is no decision on " + submission.number() + " to undo")
				.with("code", "decision.none"));
		if (decision.state() == DecisionState.RELEASED || !this.store.removeHeld(submission.id())) {
			throw released(submission);
		}
		this.audit.record(actor, "decision.undone", submission.id().toString(),
				Map.of("number", submission.number(), "outcome", decision.outcome().name()));
	}

	/**
	 * Every decision with its abstract, by abstract number.
	 * @param actor a chair
	 * @return the decisions
	 */
	List<DecisionView> list(Actor actor) {
		AccessPolicy.requireDecide(actor);
		List<Decision> decisions = this.store.all();
		Map<UUID, AbstractSubmission> submissions = submissionsOf(decisions);
		return decisions.stream()
			.map((decision) -> DecisionView.of(decision, submissions.get(decision.abstractId()), false))
			.sorted(Comparator.comparing(DecisionView::number, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/**
	 * The mails releasing now would send, per held decision.
	 * @param actor a chair
	 * @return per held decision its abstract's number and the mails
	 */
	Map<String, List<MailPreview>> preview(Actor actor) {
		AccessPolicy.requireDecide(actor);
		List<Decision> held = this.store.held();
		Map<UUID, AbstractSubmission> submissions = submissionsOf(held);
		Map<String, List<MailPreview>> previews = new TreeMap<>();
		for (Decision decision : held) {
			AbstractSubmission submission = submissions.get(decision.abstractId());
			if (submission != null && EffectiveStatus.isDecidable(submission.status())) {
				previews.put(submission.number(), this.mails.preview(decision, submission));
			}
		}
		return previews;
	}

	private DecisionView write(Actor actor, AbstractSubmission submission, DecisionOutcome outcome, Instant at) {
		Optional<Decision> existing = this.store.find(submission.id());
		// the same outcome again changes nothing, and never retracts a released decision
		if (existing.isPresent() && existing.get().outcome() == outcome) {
			return DecisionView.of(existing.get(), submission, false);
		}
		boolean heldAgain = existing.isPresent() && existing.get().state() == DecisionState.RELEASED;
		Decision decision = existing.map((current) -> current.change(outcome, actor.accountId(), at))
			.orElseGet(() -> Decision.held(submission.id(), outcome, actor.accountId(), at));
		Decision stored;
		try {
			stored = this.store.save(decision);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("Another chair decided on " + submission.number()
					+ " at the same moment; reload the decisions and apply your change again");
		}
		this.audit.record(actor, heldAgain ? "decision.changedAfterRelease" : "decision.held",
				submission.id().toString(), Map.of("number", submission.number(), "outcome", outcome.name()));
		return DecisionView.of(stored, submission, heldAgain);
	}

	private AbstractSubmission decidable(String abstractKey) {
		AbstractSubmission submission = this.abstracts.find(abstractKey).orElseThrow(() -> unknown(abstractKey));
		if (!EffectiveStatus.isDecidable(submission.status())) {
			throw new DomainRuleException("decision.abstract.notSubmitted",
					submission.number() + " is " + submission.status().name().toLowerCase(Locale.ROOT)
							+ "; only submitted abstracts are decided on");
		}
		return submission;
	}

	Map<UUID, AbstractSubmission> submissionsOf(List<Decision> decisions) {
		return this.abstracts.byIds(decisions.stream().map(Decision::abstractId).toList())
			.stream()
			.collect(Collectors.toMap(AbstractSubmission::id, Function.identity()));
	}

	private static DecisionOutcome outcome(String outcome) {
		return Arrays.stream(DecisionOutcome.values())
			.filter((candidate) -> candidate.name().equals(outcome))
			.findFirst()
			.orElseThrow(() -> new DomainRuleException("decision.outcome",
					"Choose the outcome ACCEPT_ORAL, ACCEPT_POSTER or REJECT"
							+ ((outcome != null) ? " (not " + outcome + ")" : "")));
	}

	private static NotFoundException unknown(String abstractKey) {
		return (NotFoundException) new NotFoundException("There is no abstract " + abstractKey).with("code",
				"decision.abstract.unknown");
	}

	private static ConflictException released(AbstractSubmission submission) {
		return (ConflictException) new ConflictException("The decision on " + submission.number()
				+ " was released, so it cannot be undone; choose another outcome to change it (that holds it again)")
			.with("code", "decision.released");
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
