package org.husnu.symposium.core.affinity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The reviewers' archives weighted against one corpus (archives and submissions), with an
 * inverted index over the archive papers, so all reviewers' affinities to a submission
 * cost one pass over the postings of the submission's terms rather than a comparison per
 * paper. Built once per assignment run (or per command run); immutable and thread-safe
 * after that. Every sum runs in a fixed order (terms by id, papers by position), so the
 * same input gives the same scores to the last bit.
 */
public final class AffinityIndex {

	private static final int EXPLAINED_TERMS = 5;

	private static final int EXPLAINED_PAPERS = 3;

	private final AffinityMethod method;

	private final TermStatistics statistics;

	private final List<ReviewerArchive> archives;

	private final int[] firstPaper;

	private final Units papers;

	private final Units profiles;

	private final double submissionLength;

	private AffinityIndex(AffinityMethod method, TermStatistics statistics, List<ReviewerArchive> archives,
			int[] firstPaper, Units papers, Units profiles, double submissionLength) {
		this.method = method;
		this.statistics = statistics;
		this.archives = archives;
		this.firstPaper = firstPaper;
		this.papers = papers;
		this.profiles = profiles;
		this.submissionLength = submissionLength;
	}

	/**
	 * Builds the index.
	 * @param archives the reviewers' archives, in the order scores are returned
	 * @param submissions the submissions to be scored (their terms count in the document
	 * frequencies; others may be scored too)
	 * @param method how to weight and compare
	 * @return the index
	 */
	public static AffinityIndex build(List<ReviewerArchive> archives, List<AffinityDocument> submissions,
			AffinityMethod method) {
		List<ReviewerArchive> kept = List.copyOf(archives);
		List<AffinityDocument> corpus = new ArrayList<>(submissions);
		int[] firstPaper = new int[kept.size() + 1];
		List<AffinityDocument> allPapers = new ArrayList<>();
		for (int r = 0; r < kept.size(); r++) {
			firstPaper[r] = allPapers.size();
			allPapers.addAll(kept.get(r).papers());
		}
		firstPaper[kept.size()] = allPapers.size();
		corpus.addAll(allPapers);
		TermStatistics statistics = TermStatistics.of(corpus);
		Weights weights = new Weights(method, statistics);
		List<Fields.Counts> paperCounts = new ArrayList<>(allPapers.size());
		for (AffinityDocument paper : allPapers) {
			paperCounts.add(weights.counts(paper));
		}
		Units papers = null;
		if (method.aggregation() != AffinityMethod.Aggregation.PROFILE) {
			papers = Units.of(weights, paperCounts, statistics.terms());
		}
		Units profiles = null;
		if (method.aggregation() == AffinityMethod.Aggregation.PROFILE || method.profileShare() > 0) {
			List<Fields.Counts> profileCounts = new ArrayList<>(kept.size());
			for (int r = 0; r < kept.size(); r++) {
				profileCounts.add(weights.sum(paperCounts.subList(firstPaper[r], firstPaper[r + 1])));
			}
			profiles = Units.of(weights, profileCounts, statistics.terms());
		}
		double submissionLength = 0;
		for (AffinityDocument submission : submissions) {
			submissionLength += weights.counts(submission).length();
		}
		submissionLength = submissions.isEmpty() ? 1 : submissionLength / submissions.size();
		return new AffinityIndex(method, statistics, kept, firstPaper, papers, profiles, Math.max(1, submissionLength));
	}

	/**
	 * How many reviewers the index has.
	 * @return the number of archives
	 */
	public int reviewers() {
		return this.archives.size();
	}

	/**
	 * Every reviewer's affinity to a submission.
	 * @param submission the analysed submission
	 * @return the scores, 0 to 1, in the order of the archives
	 */
	public double[] scores(AffinityDocument submission) {
		Vector query = submissionVector(submission);
		double[] scores = new double[this.archives.size()];
		double share = (this.method.aggregation() == AffinityMethod.Aggregation.PROFILE) ? 1
				: this.method.profileShare();
		if (this.papers != null) {
			double[] perPaper = this.papers.dot(query);
			double[] scratch = new double[maxArchive()];
			for (int r = 0; r < scores.length; r++) {
				scores[r] = (1 - share) * aggregate(perPaper, this.firstPaper[r], this.firstPaper[r + 1], scratch);
			}
		}
		if (this.profiles != null) {
			double[] perProfile = this.profiles.dot(query);
			for (int r = 0; r < scores.length; r++) {
				scores[r] += share * perProfile[r];
			}
		}
		for (int r = 0; r < scores.length; r++) {
			scores[r] = Math.min(1, Math.max(0, scores[r]));
		}
		return scores;
	}

	/**
	 * One reviewer's affinity to a submission, with the terms and papers that drove it:
	 * the five terms with the largest share of the counted papers' cosines, and up to
	 * three papers that match at least half as well as the best one.
	 * @param reviewer the reviewer's position in the archives
	 * @param submission the analysed submission
	 * @return the affinity and its explanation
	 */
	public Affinity explain(int reviewer, AffinityDocument submission) {
		return explain(reviewer, submissionVector(submission));
	}

	/**
	 * Explanations of many reviewers' affinities to one submission, weighting the
	 * submission once.
	 * @param submission the analysed submission
	 * @return a function from the reviewer's position to the explained affinity
	 */
	public IntFunction<Affinity> explainer(AffinityDocument submission) {
		Vector query = submissionVector(submission);
		return (reviewer) -> explain(reviewer, query);
	}

	private Affinity explain(int reviewer, Vector query) {
		int from = this.firstPaper[reviewer];
		int to = this.firstPaper[reviewer + 1];
		double share = (this.method.aggregation() == AffinityMethod.Aggregation.PROFILE) ? 1
				: this.method.profileShare();
		double[] contributions = new double[query.size()];
		List<Integer> order = new ArrayList<>();
		double[] paperScores = new double[to - from];
		double score = 0;
		if (this.papers != null) {
			double[] perPaper = new double[to];
			for (int p = from; p < to; p++) {
				perPaper[p] = this.papers.dot(p, query, null, 0);
				paperScores[p - from] = perPaper[p];
				order.add(p);
			}
			score = (1 - share) * aggregate(perPaper, from, to, new double[to - from]);
			order.sort((a, b) -> (paperScores[a - from] != paperScores[b - from])
					? Double.compare(paperScores[b - from], paperScores[a - from]) : Integer.compare(a, b));
			int counted = switch (this.method.aggregation()) {
				case MAX -> 1;
				case TOP_K -> this.method.topK();
				default -> to - from;
			};
			for (int i = 0; i < Math.min(counted, order.size()); i++) {
				this.papers.dot(order.get(i), query, contributions, 1);
			}
		}
		if (this.profiles != null) {
			score += share * this.profiles.dot(reviewer, query, contributions, 1);
		}
		score = Math.min(1, Math.max(0, score));
		if (score <= 0) {
			return Affinity.NONE;
		}
		List<String> terms = topTerms(query, contributions);
		List<String> titles = new ArrayList<>();
		double best = order.isEmpty() ? 0 : paperScores[order.get(0) - from];
		for (int i = 0; i < order.size() && titles.size() < EXPLAINED_PAPERS; i++) {
			// papers that matched only faintly next to the best one explain nothing
			if (paperScores[order.get(i) - from] > 0 && paperScores[order.get(i) - from] >= best / 2) {
				titles.add(this.archives.get(reviewer).papers().get(order.get(i) - from).title());
			}
		}
		return new Affinity(score, terms, titles);
	}

	private List<String> topTerms(Vector query, double[] contributions) {
		Integer[] order = new Integer[query.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> (contributions[a] != contributions[b])
				? Double.compare(contributions[b], contributions[a]) : Integer.compare(a, b));
		List<String> terms = new ArrayList<>();
		for (Integer i : order) {
			if (contributions[i] <= 0 || terms.size() == EXPLAINED_TERMS) {
				break;
			}
			String display = query.display(i);
			boolean seen = terms.stream()
				.anyMatch((t) -> t.equalsIgnoreCase(display) || t.contains(display) || display.contains(t));
			if (!seen && display != null && !display.isBlank()) {
				terms.add(display);
			}
		}
		return terms;
	}

	private Vector submissionVector(AffinityDocument submission) {
		return new Weights(this.method, this.statistics).vector(submission, this.submissionLength);
	}

	private double aggregate(double[] perPaper, int from, int to, double[] scratch) {
		if (to == from) {
			return 0;
		}
		return switch (this.method.aggregation()) {
			case MAX -> max(perPaper, from, to);
			case MEAN -> powerMean(perPaper, from, to, 1);
			case TOP_K -> topK(perPaper, from, to, scratch);
			case POWER_MEAN -> powerMean(perPaper, from, to, this.method.topK());
			case PROFILE -> 0;
		};
	}

	private static double max(double[] perPaper, int from, int to) {
		double best = 0;
		for (int p = from; p < to; p++) {
			best = Math.max(best, perPaper[p]);
		}
		return best;
	}

	private static double powerMean(double[] perPaper, int from, int to, int power) {
		double sum = 0;
		for (int p = from; p < to; p++) {
			sum += (power == 1) ? perPaper[p] : Math.pow(perPaper[p], power);
		}
		double mean = sum / (to - from);
		return (power == 1) ? mean : Math.pow(mean, 1.0 / power);
	}

	private double topK(double[] perPaper, int from, int to, double[] scratch) {
		int n = to - from;
		System.arraycopy(perPaper, from, scratch, 0, n);
		Arrays.sort(scratch, 0, n);
		int k = Math.min(this.method.topK(), n);
		double sum = 0;
		for (int i = n - 1; i >= n - k; i--) {
			sum += scratch[i];
		}
		return sum / k;
	}

	private int maxArchive() {
		int max = 0;
		for (int r = 0; r < this.archives.size(); r++) {
			max = Math.max(max, this.firstPaper[r + 1] - this.firstPaper[r]);
		}
		return max;
	}

}
