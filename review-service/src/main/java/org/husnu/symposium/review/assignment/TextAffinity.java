package org.husnu.symposium.review.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.affinity.Affinity;
import org.husnu.symposium.core.affinity.AffinityDocument;
import org.husnu.symposium.core.affinity.AffinityIndex;
import org.husnu.symposium.core.affinity.AffinityMethod;
import org.husnu.symposium.core.affinity.HybridAffinity;
import org.husnu.symposium.core.affinity.ReviewerArchive;
import org.husnu.symposium.core.assignment.PairAffinity;
import org.husnu.symposium.core.reviewers.ReviewerPapers;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.review.affinity.AnalysedTexts;
import org.husnu.symposium.review.affinity.EmbeddedTexts;
import org.husnu.symposium.review.reviewers.ReviewerArchiveService;

import org.springframework.stereotype.Component;

/**
 * The text affinity of every (abstract, reviewer) pair of a proposal (docs/affinity.md):
 * each reviewer's archive is their own papers, the abstracts they wrote among those under
 * review, and their research statement with keywords; each abstract is its title, text
 * and keywords. Texts come analysed from {@link AnalysedTexts} and embedded from
 * {@link EmbeddedTexts}; the index and the scores are computed per proposal: the lexical
 * score mixed half-and-half with the mean cosine of the three best-matching papers
 * ({@link HybridAffinity#CHOSEN}), the lexical score alone where the abstract or all of
 * the reviewer's papers are not (mostly) English.
 */
@Component
class TextAffinity {

	/** What a proposal says of how text affinity entered its cost. */
	static final String NOTE = "BM25 over own papers, own abstracts and research statement, half-and-half with"
			+ " MiniLM sentence embeddings for English texts (docs/affinity.md)";

	/** Added to the note when some texts were not embedded yet. */
	static final String NOT_YET = "; %d of %d texts not embedded yet (the background warm-up does it within"
			+ " 5 minutes): lexical alone for them";

	/** Title under which the research statement shows in an explanation. */
	static final String STATEMENT = "Research statement and keywords";

	/** The most papers an explanation names. */
	static final int MAX_PAPERS = 3;

	private final ReviewerArchiveService archives;

	private final AnalysedTexts texts;

	private final EmbeddedTexts vectors;

	TextAffinity(ReviewerArchiveService archives, AnalysedTexts texts, EmbeddedTexts vectors) {
		this.archives = archives;
		this.texts = texts;
		this.vectors = vectors;
	}

	/**
	 * Scores every pair.
	 * @param submitted the abstracts, in the problem's order
	 * @param reviewers the reviewers, in the problem's order
	 * @return the scores, [abstract][reviewer], with what explains them
	 */
	Scores score(List<AbstractSubmission> submitted, List<ReviewerProfile> reviewers) {
		return score(submitted, reviewers, false);
	}

	/**
	 * Scores every pair, embedding what is not embedded yet (the background warm-up).
	 * @param submitted the abstracts
	 * @param reviewers the reviewers
	 */
	void embedAndScore(List<AbstractSubmission> submitted, List<ReviewerProfile> reviewers) {
		score(submitted, reviewers, true);
	}

	private Scores score(List<AbstractSubmission> submitted, List<ReviewerProfile> reviewers, boolean embed) {
		// a proposal reads vectors from the cache only: embedding is 10–30 ms a text,
		// too slow for the request; texts not embedded yet count as having no vector
		int[] missing = new int[2];
		BiFunction<String, String, float[]> vector = (title, body) -> {
			float[] v = embed ? this.vectors.vector(title, body) : this.vectors.cached(title, body);
			synchronized (missing) {
				missing[1]++;
				if (v == null && !embed) {
					missing[0]++;
				}
			}
			return (v != null && v.length > 0) ? v : null;
		};
		// analysing is thread-safe and what a cold cache spends its time on: both cores
		List<AffinityDocument> submissions = submitted.parallelStream().map(this::document).toList();
		// embedding likewise (cached; the warm-up fills the cache in the background)
		float[][] submissionVectors = submitted.parallelStream()
			.map((submission) -> vector.apply(submission.title(), submission.text()))
			.toArray(float[][]::new);
		List<float[][]> paperVectors = new ArrayList<>(reviewers.size());
		Map<UUID, ReviewerPapers> stored = new HashMap<>();
		for (ReviewerPapers archive : this.archives.all()) {
			stored.put(archive.accountId(), archive);
		}
		List<ReviewerArchive> archives = new ArrayList<>(reviewers.size());
		for (ReviewerProfile reviewer : reviewers) {
			List<AffinityDocument> papers = new ArrayList<>();
			List<float[]> vectors = new ArrayList<>();
			ReviewerPapers own = stored.get(reviewer.accountId());
			if (own != null) {
				papers.addAll(own.papers()
					.parallelStream()
					.map((paper) -> this.texts.document(paper.id(), paper.title(), paper.text(), null))
					.toList());
				vectors.addAll(own.papers()
					.parallelStream()
					.map((paper) -> vector.apply(paper.title(), paper.text()))
					.toList());
			}
			for (int a = 0; a < submitted.size(); a++) {
				if (wrote(reviewer, submitted.get(a))) {
					papers.add(submissions.get(a));
					vectors.add(submissionVectors[a]);
				}
			}
			if (!reviewer.statement().isEmpty() || !reviewer.keywords().isEmpty()) {
				String keywords = String.join("; ", reviewer.keywords());
				papers.add(this.texts.document("statement", STATEMENT, reviewer.statement(), keywords));
				vectors.add(vector.apply(null, String.join(". ", reviewer.statement(), keywords)));
			}
			paperVectors.add(vectors.toArray(float[][]::new));
			archives.add(new ReviewerArchive(reviewer.accountId().toString(), papers));
		}
		AffinityIndex index = AffinityIndex.build(archives, submissions, AffinityMethod.CHOSEN);
		double[][] scores = new double[submissions.size()][];
		for (int a = 0; a < submissions.size(); a++) {
			scores[a] = index.scores(submissions.get(a));
		}
		// the mix (a dot product per abstract and paper) row by row on both cores; each
		// row is computed alone in a fixed order, so the result does not depend on the
		// threads
		IntStream.range(0, scores.length)
			.parallel()
			.forEach((a) -> scores[a] = HybridAffinity.CHOSEN.scores(scores[a], submissionVectors[a], paperVectors));
		String note = (missing[0] > 0) ? NOTE + String.format(Locale.ROOT, NOT_YET, missing[0], missing[1]) : NOTE;
		return new Scores(index, submissions, archives, scores, submissionVectors, paperVectors, new HashMap<>(), note);
	}

	private AffinityDocument document(AbstractSubmission submission) {
		return this.texts.document(submission.id().toString(), submission.title(), submission.text(),
				String.join("; ", submission.keywords()));
	}

	private static boolean wrote(ReviewerProfile reviewer, AbstractSubmission submission) {
		if (reviewer.accountId().equals(submission.submitterId())) {
			return true;
		}
		for (Author author : submission.authors()) {
			if (author.email().toLowerCase(Locale.ROOT).equals(reviewer.email())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The scores of one proposal's pairs.
	 *
	 * @param index the index they came from
	 * @param submissions the analysed abstracts, in the problem's order
	 * @param archives the reviewers' archives, in the problem's order
	 * @param scores [abstract][reviewer]
	 * @param submissionVectors the abstracts' embeddings ({@code null} where none)
	 * @param paperVectors per reviewer, their papers' embeddings, in the order of their
	 * archive's papers
	 * @param explainers per abstract, its weighted form for explanations (filled on use;
	 * one proposal's, not shared between threads)
	 * @param note how text affinity entered the cost, for the proposal
	 */
	record Scores(AffinityIndex index, List<AffinityDocument> submissions, List<ReviewerArchive> archives,
			double[][] scores, float[][] submissionVectors, List<float[][]> paperVectors,
			Map<Integer, IntFunction<Affinity>> explainers, String note) {

		double of(int abstractIndex, int reviewerIndex) {
			return this.scores[abstractIndex][reviewerIndex];
		}

		/**
		 * Why a pair has its affinity.
		 */
		PairAffinity explain(int abstractIndex, int reviewerIndex) {
			Affinity affinity = this.explainers
				.computeIfAbsent(abstractIndex, (a) -> this.index.explainer(this.submissions.get(a)))
				.apply(reviewerIndex);
			// the score the cost used (the hybrid); terms from the lexical part, papers
			// from both: those the embedding found closest follow the lexical ones
			List<String> papers = new ArrayList<>(affinity.papers());
			List<AffinityDocument> archive = this.archives.get(reviewerIndex).papers();
			for (int closest : HybridAffinity.CHOSEN.closest(this.submissionVectors[abstractIndex],
					this.paperVectors.get(reviewerIndex))) {
				String title = archive.get(closest).title();
				if (papers.size() < MAX_PAPERS && !papers.contains(title)) {
					papers.add(title);
				}
			}
			return new PairAffinity(this.archives.get(reviewerIndex).reviewer(),
					this.submissions.get(abstractIndex).id(), of(abstractIndex, reviewerIndex), affinity.terms(),
					List.copyOf(papers));
		}

	}

}
