package org.husnu.symposium.review.collaboration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.collaboration.CollaborationCandidate;
import org.husnu.symposium.core.collaboration.CollaborationMatcher;
import org.husnu.symposium.core.collaboration.CollaborationPair;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.EffectiveStatus;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.review.affinity.AnalysedTexts;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The HU–SNU collaboration report. For the chairs: every submitted abstract that is not
 * withdrawn and not rejected by a released decision (status by {@link EffectiveStatus},
 * so a held rejection still counts), split by the presenter's institution, paired by
 * {@link CollaborationMatcher}. For a presenter: only accepted abstracts (oral or poster,
 * released) on both sides, because only accepted work is public; never e-mail addresses.
 * {@link #report} is the plain method the PDF and CSV are built from.
 */
@Service
public class CollaborationReport {

	/** Partners kept per abstract in the chairs' report. */
	static final int PER_ABSTRACT = 5;

	/** Partners shown per own abstract. */
	static final int MINE = 5;

	/** Most pairs in one report. */
	public static final int MAX_PAIRS = 5000;

	private final MongoOperations mongo;

	private final AnalysedTexts texts;

	CollaborationReport(MongoOperations mongo, AnalysedTexts texts) {
		this.mongo = mongo;
		this.texts = texts;
	}

	/**
	 * The chairs' report.
	 * @param actor a chair
	 * @param limit most pairs, {@code null} for 200
	 * @param topic only pairs where either abstract has this primary topic, or
	 * {@code null}
	 * @return the pairs, best first
	 */
	public List<Pair> report(Actor actor, Integer limit, String topic) {
		AccessPolicy.requireSeeCollaborationReport(actor);
		int max = Math.max(1, Math.min(MAX_PAIRS, (limit != null) ? limit : 200));
		Sides sides = sides((status) -> status != AbstractStatus.REJECTED);
		CollaborationMatcher matcher = sides.matcher(this.texts);
		List<Pair> pairs = new ArrayList<>();
		for (CollaborationPair pair : matcher.pairs(PER_ABSTRACT, Integer.MAX_VALUE)) {
			AbstractSubmission hu = sides.byId.get(pair.hu());
			AbstractSubmission snu = sides.byId.get(pair.snu());
			if (topic != null && !topic.isBlank() && !topic.equals(hu.primaryTopic())
					&& !topic.equals(snu.primaryTopic())) {
				continue;
			}
			pairs.add(new Pair(AbstractRef.of(hu), AbstractRef.of(snu), round(pair.score()), pair.sameTopic(),
					pair.sharedTerms()));
			if (pairs.size() == max) {
				break;
			}
		}
		return pairs;
	}

	/**
	 * For each of the actor's accepted abstracts, the closest accepted abstracts of the
	 * other university.
	 * @param actor any logged-in person
	 * @param only one of the actor's abstracts (id or number), or {@code null} for all;
	 * another's or an unaccepted one answers 404
	 * @return one entry per own accepted abstract
	 */
	public List<Mine> mine(Actor actor, String only) {
		Sides sides = sides(
				(status) -> status == AbstractStatus.ACCEPTED_ORAL || status == AbstractStatus.ACCEPTED_POSTER);
		List<AbstractSubmission> own = new ArrayList<>();
		for (AbstractSubmission submission : sides.all) {
			boolean mine = AccessPolicy.maySeeOwnCollaboration(actor, submission)
					&& (submission.submitterId().equals(actor.accountId()) || submission.hasAuthor(actor.email()));
			boolean wanted = only == null || only.isBlank() || submission.id().toString().equals(only.strip())
					|| submission.number().equalsIgnoreCase(only.strip());
			if (mine && wanted) {
				own.add(submission);
			}
		}
		if (only != null && !only.isBlank() && own.isEmpty()) {
			throw new NotFoundException("No accepted abstract of yours is " + only.strip()
					+ "; GET /api/collaboration/mine lists all of yours")
				.with("code", "collaboration.abstract.unknown");
		}
		if (own.isEmpty()) {
			return List.of();
		}
		CollaborationMatcher matcher = sides.matcher(this.texts);
		List<Mine> result = new ArrayList<>();
		for (AbstractSubmission submission : own) {
			List<Close> close = new ArrayList<>();
			for (CollaborationPair pair : matcher.closestTo(submission.id(), MINE)) {
				UUID other = submission.id().equals(pair.hu()) ? pair.snu() : pair.hu();
				AbstractSubmission theirs = sides.byId.get(other);
				Author presenter = theirs.presentingAuthor();
				close.add(new Close(theirs.id(), theirs.number(), theirs.title(), presenter.name(),
						presenter.affiliation(), presenter.institution(), theirs.primaryTopic(), round(pair.score()),
						pair.sharedTerms()));
			}
			result.add(new Mine(AbstractRef.of(submission), close));
		}
		return result;
	}

	private Sides sides(Predicate<AbstractStatus> shown) {
		List<AbstractSubmission> stored = this.mongo.find(
				Query.query(Criteria.where("status").nin(AbstractStatus.DRAFT, AbstractStatus.WITHDRAWN)),
				AbstractSubmission.class);
		Map<UUID, Decision> decisions = new HashMap<>();
		for (Decision decision : this.mongo.findAll(Decision.class)) {
			decisions.put(decision.abstractId(), decision);
		}
		Sides sides = new Sides();
		stored.sort(Comparator.comparing(AbstractSubmission::number));
		for (AbstractSubmission submission : stored) {
			AbstractStatus status = EffectiveStatus.of(submission, decisions.get(submission.id()));
			if (status == AbstractStatus.DRAFT || status == AbstractStatus.WITHDRAWN || !shown.test(status)) {
				continue;
			}
			String institution = submission.institution();
			if ("HU".equals(institution)) {
				sides.hu.add(submission);
			}
			else if ("SNU".equals(institution)) {
				sides.snu.add(submission);
			}
			else {
				continue;
			}
			sides.all.add(submission);
			sides.byId.put(submission.id(), submission);
		}
		return sides;
	}

	private static double round(double score) {
		return Math.round(score * 10000) / 10000.0;
	}

	private static final class Sides {

		private final List<AbstractSubmission> hu = new ArrayList<>();

		private final List<AbstractSubmission> snu = new ArrayList<>();

		private final List<AbstractSubmission> all = new ArrayList<>();

		private final Map<UUID, AbstractSubmission> byId = new HashMap<>();

		CollaborationMatcher matcher(AnalysedTexts texts) {
			return CollaborationMatcher.of(candidates(this.hu, texts), candidates(this.snu, texts));
		}

		private static List<CollaborationCandidate> candidates(List<AbstractSubmission> side, AnalysedTexts texts) {
			return side.parallelStream()
				.map((submission) -> new CollaborationCandidate(submission.id(), submission.primaryTopic(),
						submission.secondaryTopics(),
						texts.document(submission.id().toString(), submission.title(), submission.text(),
								String.join(", ", submission.keywords()))))
				.toList();
		}

	}

	/**
	 * An abstract in the report.
	 *
	 * @param id id
	 * @param number number
	 * @param title title
	 * @param presenter the presenting author's name
	 * @param topic primary topic code
	 */
	public record AbstractRef(UUID id, String number, String title, String presenter, String topic) {

		static AbstractRef of(AbstractSubmission submission) {
			return new AbstractRef(submission.id(), submission.number(), submission.title(),
					submission.presentingAuthor().name(), submission.primaryTopic());
		}

	}

	/**
	 * A pair of the chairs' report.
	 *
	 * @param hu the HU abstract
	 * @param snu the SNU abstract
	 * @param score 0 to 1
	 * @param sameTopic whether both have the same primary topic
	 * @param sharedTerms the terms that explain the pair
	 */
	public record Pair(AbstractRef hu, AbstractRef snu, double score, boolean sameTopic, List<String> sharedTerms) {

	}

	/**
	 * One of the presenter's accepted abstracts with the closest work of the other
	 * university.
	 *
	 * @param abstractRef the own abstract (JSON {@code abstract})
	 * @param closest the closest accepted abstracts of the other university
	 */
	public record Mine(@JsonProperty("abstract") AbstractRef abstractRef, List<Close> closest) {

	}

	/**
	 * An accepted abstract of the other university close to the presenter's.
	 *
	 * @param id id
	 * @param number number
	 * @param title title
	 * @param presenter the presenting author's name
	 * @param affiliation the presenting author's affiliation
	 * @param institution the presenting author's institution
	 * @param topic primary topic code
	 * @param score 0 to 1
	 * @param sharedTerms the terms both share
	 */
	public record Close(UUID id, String number, String title, String presenter, String affiliation, String institution,
			String topic, double score, List<String> sharedTerms) {

	}

}
