package org.husnu.symposium.core.collaboration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.affinity.AffinityDocument;
import org.husnu.symposium.core.affinity.TextVectors;

/**
 * Pairs HU and SNU abstracts by closeness: the cosine of their BM25 term vectors over
 * title, text and keywords (the affinity's EN/JA/KO analysis and glossary, so a Japanese
 * and a Korean text on the same subject share concepts), multiplied by
 * {@code (1 + 0.5 · same primary topic + 0.2 · related topics) / 1.5}, so the score stays
 * in [0, 1] and a pair without a shared term never appears. Each abstract's cosines come
 * from one pass over the postings of its terms (no dense all-pairs products); only each
 * abstract's best {@code perAbstract} partners are kept. Built once per report; pure and
 * deterministic (ties by the input order).
 */
public final class CollaborationMatcher {

	/** Boost of a shared primary topic. */
	static final double SAME_TOPIC = 0.5;

	/** Boost of related topics. */
	static final double RELATED_TOPIC = 0.2;

	/** How many shared terms explain a pair. */
	static final int SHARED_TERMS = 5;

	private static final Comparator<Scored> ORDER = Comparator.comparingDouble((Scored s) -> -s.score)
		.thenComparingInt((s) -> s.hu)
		.thenComparingInt((s) -> s.snu);

	private final List<CollaborationCandidate> hu;

	private final List<CollaborationCandidate> snu;

	private final TextVectors vectors;

	private CollaborationMatcher(List<CollaborationCandidate> hu, List<CollaborationCandidate> snu,
			TextVectors vectors) {
		this.hu = hu;
		this.snu = snu;
		this.vectors = vectors;
	}

	/**
	 * Weights both sides' abstracts against all of them as corpus.
	 * @param hu the HU abstracts
	 * @param snu the SNU abstracts
	 * @return the matcher
	 */
	public static CollaborationMatcher of(List<CollaborationCandidate> hu, List<CollaborationCandidate> snu) {
		List<AffinityDocument> documents = new ArrayList<>(hu.size() + snu.size());
		hu.forEach((candidate) -> documents.add(candidate.document()));
		snu.forEach((candidate) -> documents.add(candidate.document()));
		return new CollaborationMatcher(List.copyOf(hu), List.copyOf(snu), TextVectors.of(documents));
	}

	/**
	 * The report: every pair that is among the {@code perAbstract} best of its HU or of
	 * its SNU abstract, best first.
	 * @param perAbstract partners kept per abstract, at least 1
	 * @param limit most pairs returned
	 * @return the pairs with their shared terms
	 */
	public List<CollaborationPair> pairs(int perAbstract, int limit) {
		int k = Math.max(1, perAbstract);
		int huCount = this.hu.size();
		int snuCount = this.snu.size();
		Best[] snuBest = new Best[snuCount];
		for (int j = 0; j < snuCount; j++) {
			snuBest[j] = new Best(k);
		}
		List<Scored> candidates = new ArrayList<>();
		for (int i = 0; i < huCount; i++) {
			double[] cosines = this.vectors.cosines(i);
			Best huBest = new Best(k);
			for (int j = 0; j < snuCount; j++) {
				double cosine = cosines[huCount + j];
				if (cosine <= 0) {
					continue;
				}
				double score = boosted(i, j, cosine);
				huBest.offer(score, i, j);
				snuBest[j].offer(score, i, j);
			}
			huBest.into(candidates);
		}
		for (Best best : snuBest) {
			best.into(candidates);
		}
		candidates.sort(ORDER);
		List<CollaborationPair> pairs = new ArrayList<>();
		Scored previous = null;
		for (Scored candidate : candidates) {
			if (pairs.size() == limit) {
				break;
			}
			if (previous != null && previous.hu == candidate.hu && previous.snu == candidate.snu) {
				continue;
			}
			pairs.add(pair(candidate.hu, candidate.snu));
			previous = candidate;
		}
		return pairs;
	}

	/**
	 * The abstracts of the other side closest to one abstract.
	 * @param abstractId an HU or SNU abstract of the matcher
	 * @param limit most partners
	 * @return the pairs, best first; empty if the abstract is not in the matcher
	 */
	public List<CollaborationPair> closestTo(UUID abstractId, int limit) {
		int huIndex = indexOf(this.hu, abstractId);
		int snuIndex = indexOf(this.snu, abstractId);
		if (huIndex < 0 && snuIndex < 0) {
			return List.of();
		}
		int huCount = this.hu.size();
		double[] cosines = this.vectors.cosines((huIndex >= 0) ? huIndex : huCount + snuIndex);
		List<Scored> candidates = new ArrayList<>();
		int others = (huIndex >= 0) ? this.snu.size() : huCount;
		for (int o = 0; o < others; o++) {
			int i = (huIndex >= 0) ? huIndex : o;
			int j = (huIndex >= 0) ? o : snuIndex;
			double cosine = cosines[(huIndex >= 0) ? huCount + o : o];
			if (cosine > 0) {
				candidates.add(new Scored(boosted(i, j, cosine), i, j));
			}
		}
		candidates.sort(ORDER);
		return candidates.stream().limit(Math.max(0, limit)).map((c) -> pair(c.hu, c.snu)).toList();
	}

	private static int indexOf(List<CollaborationCandidate> side, UUID id) {
		for (int i = 0; i < side.size(); i++) {
			if (side.get(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	private double boosted(int i, int j, double cosine) {
		CollaborationCandidate a = this.hu.get(i);
		CollaborationCandidate b = this.snu.get(j);
		double boost = 0;
		if (a.primaryTopic() != null && a.primaryTopic().equals(b.primaryTopic())) {
			boost = SAME_TOPIC;
		}
		else if (related(a, b)) {
			boost = RELATED_TOPIC;
		}
		return cosine * (1 + boost) / (1 + SAME_TOPIC);
	}

	private static boolean related(CollaborationCandidate a, CollaborationCandidate b) {
		return a.secondaryTopics().contains(b.primaryTopic()) || b.secondaryTopics().contains(a.primaryTopic())
				|| a.secondaryTopics().stream().anyMatch(b.secondaryTopics()::contains);
	}

	private CollaborationPair pair(int i, int j) {
		CollaborationCandidate a = this.hu.get(i);
		CollaborationCandidate b = this.snu.get(j);
		double cosine = this.vectors.cosine(i, this.hu.size() + j);
		boolean same = a.primaryTopic() != null && a.primaryTopic().equals(b.primaryTopic());
		return new CollaborationPair(a.id(), b.id(), boosted(i, j, cosine), cosine, same, !same && related(a, b),
				this.vectors.sharedTerms(i, this.hu.size() + j, SHARED_TERMS));
	}

	private record Scored(double score, int hu, int snu) {
	}

	/**
	 * The k best scores offered, kept in a small array (k is a handful).
	 */
	private static final class Best {

		private final Scored[] best;

		private int size;

		Best(int k) {
			this.best = new Scored[k];
		}

		void offer(double score, int hu, int snu) {
			Scored candidate = new Scored(score, hu, snu);
			if (this.size == this.best.length && ORDER.compare(candidate, this.best[this.size - 1]) >= 0) {
				return;
			}
			int at = Math.min(this.size, this.best.length - 1);
			while (at > 0 && ORDER.compare(candidate, this.best[at - 1]) < 0) {
				this.best[at] = this.best[at - 1];
				at--;
			}
			this.best[at] = candidate;
			this.size = Math.min(this.size + 1, this.best.length);
		}

		void into(List<Scored> all) {
			for (int i = 0; i < this.size; i++) {
				all.add(this.best[i]);
			}
		}

	}

}
