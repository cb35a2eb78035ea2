package org.husnu.symposium.core.affinity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The affinity's quality on the gold-standard expertise data (docs/affinity.md): the
 * TF-IDF baseline and every candidate method in the same run, the published matchers'
 * predictions scored by the same code, and a cross-validated figure for the tuned choice
 * (five folds over the researchers: the method is picked on four fifths and scored on the
 * fifth it never saw). Only with {@code -Pbench -Dsymposium.affinity.gold=<clone>}.
 */
@EnabledIfSystemProperty(named = "symposium.affinity.gold", matches = ".+")
class AffinityQualityBenchmark {

	private static final int FOLDS = 5;

	@Test
	void measuresLossAgainstTheGoldStandard() throws IOException {
		Path root = Path.of(System.getProperty("symposium.affinity.gold"));
		GoldStandardEvaluation evaluation = GoldStandardEvaluation.read(root);
		List<AffinityMethod> candidates = candidates();
		List<GoldStandardEvaluation.Loss[][]> parts = new ArrayList<>();
		StringBuilder table = new StringBuilder();
		table.append("| method | loss (all 58 researchers) |\n|---|---|\n");
		for (String algorithm : List.of("tpms", "elmo", "specter", "specter_mfr", "acl")) {
			double published = evaluation.publishedLoss(root, algorithm);
			if (!Double.isNaN(published)) {
				table.append(String.format(Locale.ROOT, "| published %s | %.4f |%n", algorithm, published));
			}
		}
		for (AffinityMethod candidate : candidates) {
			GoldStandardEvaluation.Loss[][] loss = evaluation.parts(candidate);
			parts.add(loss);
			table.append(String.format(Locale.ROOT, "| %s | %.4f |%n", describe(candidate),
					GoldStandardEvaluation.loss(loss, (r) -> true)));
		}
		double baseline = GoldStandardEvaluation.loss(parts.get(0), (r) -> true);
		double chosen = GoldStandardEvaluation.loss(parts.get(candidates.indexOf(AffinityMethod.CHOSEN)), (r) -> true);
		double crossValidated = crossValidated(parts, evaluation.reviewers().size(), table,
				candidates.stream().map(AffinityQualityBenchmark::describe).toList());
		table.append(String.format(Locale.ROOT,
				"%nTF-IDF baseline %.4f; chosen %.4f (ratio %.3f); chosen by 5-fold cross-validation over researchers,"
						+ " held-out loss %.4f%n",
				baseline, chosen, chosen / baseline, crossValidated));
		Path out = Path.of("target/bench/affinity-quality.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table);
		System.out.println(table);
		assertThat(chosen).isLessThan(baseline);
	}

	/**
	 * Picks the best candidate on the other folds, scores it on the fold; the held-out
	 * parts of all folds together give one loss.
	 */
	static double crossValidated(List<GoldStandardEvaluation.Loss[][]> parts, int reviewers, StringBuilder table,
			List<String> candidates) {
		int dataSets = parts.get(0).length;
		GoldStandardEvaluation.Loss[][] heldOut = new GoldStandardEvaluation.Loss[dataSets][reviewers];
		for (int fold = 0; fold < FOLDS; fold++) {
			int test = fold;
			int best = 0;
			double bestLoss = Double.MAX_VALUE;
			for (int c = 0; c < parts.size(); c++) {
				double loss = GoldStandardEvaluation.loss(parts.get(c), (r) -> r % FOLDS != test);
				if (loss < bestLoss) {
					bestLoss = loss;
					best = c;
				}
			}
			table.append(String.format(Locale.ROOT, "%nfold %d: picked %s (training loss %.4f)", fold,
					candidates.get(best), bestLoss));
			for (int d = 0; d < dataSets; d++) {
				for (int r = 0; r < reviewers; r++) {
					if (r % FOLDS == test) {
						heldOut[d][r] = parts.get(best)[d][r];
					}
				}
			}
		}
		table.append("\n");
		return GoldStandardEvaluation.loss(heldOut, (r) -> true);
	}

	/**
	 * The baseline first, then the grid the choice was made from.
	 */
	static List<AffinityMethod> candidates() {
		List<AffinityMethod> candidates = new ArrayList<>();
		candidates.add(AffinityMethod.TFIDF_BASELINE);
		candidates.add(new AffinityMethod(AffinityMethod.Weighting.LOG, 0, 0, 1, 1, 1, 0,
				AffinityMethod.Aggregation.PROFILE, 1, 0));
		candidates.add(new AffinityMethod(AffinityMethod.Weighting.BM25, 1.2, 0.75, 1, 1, 1, 0,
				AffinityMethod.Aggregation.PROFILE, 1, 0));
		candidates.add(new AffinityMethod(AffinityMethod.Weighting.BM25, 1.2, 0.75, 1, 1, 1, 0,
				AffinityMethod.Aggregation.MAX, 1, 0));
		candidates.add(new AffinityMethod(AffinityMethod.Weighting.BM25, 1.2, 0.75, 1, 1, 1, 0,
				AffinityMethod.Aggregation.MEAN, 1, 0));
		candidates.add(new AffinityMethod(AffinityMethod.Weighting.BM25, 1.2, 0.75, 1, 1, 1, 0,
				AffinityMethod.Aggregation.POWER_MEAN, 3, 0));
		candidates.add(new AffinityMethod(AffinityMethod.Weighting.LOG, 0, 0, 1, 1, 0.3, 0.7,
				AffinityMethod.Aggregation.TOP_K, 8, 0));
		candidates.add(new AffinityMethod(AffinityMethod.Weighting.BM25, 1.2, 0.5, 1, 1, 0.3, 0.7,
				AffinityMethod.Aggregation.TOP_K, 8, 0.3));
		for (double b : new double[] { 0.5, 0.75 }) {
			for (double titleWeight : new double[] { 1, 2 }) {
				for (double bigram : new double[] { 0, 0.7 }) {
					for (int k : new int[] { 3, 8, 12 }) {
						candidates.add(new AffinityMethod(AffinityMethod.Weighting.BM25, 1.2, b, titleWeight, 1, 0.3,
								bigram, AffinityMethod.Aggregation.TOP_K, k, 0));
					}
				}
			}
		}
		for (double concepts : new double[] { 0, 1 }) {
			candidates.add(new AffinityMethod(AffinityMethod.Weighting.BM25, 1.2, 0.75, 1, 1, concepts, 0.7,
					AffinityMethod.Aggregation.TOP_K, 8, 0));
		}
		if (!candidates.contains(AffinityMethod.CHOSEN)) {
			candidates.add(AffinityMethod.CHOSEN);
		}
		return candidates;
	}

	static String describe(AffinityMethod method) {
		String weighting = switch (method.weighting()) {
			case TPMS -> "TF-IDF (TPMS tf)";
			case LOG -> "log tf-idf";
			case BM25 -> String.format(Locale.ROOT, "BM25 k1=%.1f b=%.2f", method.k1(), method.b());
		};
		String aggregation = switch (method.aggregation()) {
			case PROFILE -> "whole archive";
			case MAX -> "best paper";
			case MEAN -> "mean of papers";
			case TOP_K -> "mean of top " + method.topK();
			case POWER_MEAN -> "power mean p=" + method.topK();
		};
		return String.format(
				Locale.ROOT, "%s, %s, title ×%.0f, bigrams ×%.1f, concepts ×%.1f%s%s", weighting, aggregation,
				method.titleWeight(), method.bigramWeight(), method.conceptWeight(), (method.profileShare() > 0)
						? String.format(Locale.ROOT, ", +%.1f whole archive", method.profileShare()) : "",
				method.equals(AffinityMethod.CHOSEN) ? " **(chosen)**" : "");
	}

}
